import type { MailRead } from "../office/mailbox-port";
import { isRefusal } from "../office/office-call";
import type { Status } from "./components/StatusLine";
import type { CategoryChoice, PaneTemplate, PaneTriage } from "./engine/pane-triage";
import type { PaneTexts } from "./i18n";
import type { StoredTriage } from "./stored-record";

/** What staff can do to the mail from the pane; each resolves with what to tell them, never throws. */
export interface WriteBack {
  applyCategories: () => Promise<Status>;
  markAnswered: () => Promise<Status>;
  /** Stores the record of a corrected triage. */
  storeCorrection: (triage: PaneTriage) => Promise<Status>;
  /** Opens the template in Outlook: as a new message to the sender, or as a reply (see SendForm). */
  send: (template: PaneTemplate) => Promise<Status>;
}

/** Whether Outlook can open `template` here: the form it needs exists and, for a new message, there is a sender. */
export function canSend(read: MailRead, template: PaneTemplate): boolean {
  if (template.form === "new-message") return read.actions.can.newMessageForm && read.mail.from !== undefined;
  return template.form === "reply" && read.actions.can.replyForm;
}

function failure(error: unknown, t: PaneTexts): Status {
  if (isRefusal(error)) return { tone: "error", text: t.writeBackRefused };
  return {
    tone: "error",
    text: t.actionFailed,
    detail: error instanceof Error ? error.message : String(error),
  };
}

export function writeBack(
  read: MailRead,
  triage: PaneTriage,
  t: PaneTexts,
  onStored: (stored: StoredTriage) => void,
): WriteBack {
  const { actions } = read;

  const storeRecord = async (of: PaneTriage): Promise<boolean> => {
    if (!actions.can.customProperties) return false;
    await actions.saveTriageRecord(of.record);
    onStored({ at: new Date().toISOString(), ...(of.correction ? { correction: of.correction } : {}) });
    return true;
  };

  const apply = async (categories: CategoryChoice[], done: string): Promise<Status> => {
    if (!actions.can.categories && !actions.can.customProperties) {
      return {
        tone: "warning",
        text: read.shared && !read.shared.canEdit ? t.sharedReadOnly : t.writeBackUnavailable,
      };
    }
    try {
      const notes: string[] = [];
      let tone: Status["tone"] = "success";
      let applied = !actions.can.categories;
      if (actions.can.categories) {
        const outcome = await actions.applyCategories(categories);
        applied = outcome.applied.length > 0;
        if (outcome.created.length > 0) notes.push(t.categoriesCreated(outcome.created.join(", ")));
        if (outcome.missing.length > 0) {
          tone = "warning";
          const names = outcome.missing.map((name) => `«${name}»`).join(", ");
          notes.push(
            read.shared ? t.categoriesMissingShared(names, read.shared.owner) : t.categoriesMissing(names),
          );
        }
      }
      const stored = await storeRecord(triage);
      const lead = applied ? done : stored ? t.recordStoredNow : "";
      return { tone, text: [lead, ...notes].filter(Boolean).join(" ") };
    } catch (error) {
      return failure(error, t);
    }
  };

  return {
    applyCategories: () => apply(triage.categories, t.categoriesApplied),
    markAnswered: () => apply([triage.answeredCategory], t.answeredMarked),
    async storeCorrection(corrected) {
      try {
        return (await storeRecord(corrected))
          ? { tone: "success", text: t.correctionSaved }
          : { tone: "warning", text: t.correctionNotStored };
      } catch (error) {
        return { ...failure(error, t), text: t.correctionNotStored };
      }
    },
    async send(template) {
      const to = read.mail.from;
      try {
        if (template.form === "new-message" && to) {
          await actions.openNewMessage({ to, subject: template.subject, html: template.html });
          return { tone: "success", text: t.newMessageOpened };
        }
        await actions.openReply(template.html);
        return { tone: "success", text: t.replyOpened };
      } catch (error) {
        return failure(error, t);
      }
    },
  };
}
