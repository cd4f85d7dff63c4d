import { draftText, type DemoDraft, type HostMethod, type NewMessageForm } from "../protocol";
import { officeErrors } from "../office-standin/async-result";

/**
 * A form Outlook opened for the add-in beside a mail: a reply (what the add-in inserted, above the quote Outlook adds)
 * or a new message (recipient, subject and text as the add-in gave them, nothing quoted).
 */
export type OpenReply =
  | { kind: "reply"; itemId: string; html: string }
  | ({ kind: "new-message"; itemId: string } & NewMessageForm);

/** What Exchange keeps for the demo's shared mailbox during the session. */
export interface ExchangeState {
  master: Office.CategoryDetails[];
  /** Categories on each item, by item id. */
  categories: Readonly<Record<string, readonly string[]>>;
  /** The add-in's custom properties on each item, by item id. */
  properties: Readonly<Record<string, Readonly<Record<string, string>>>>;
  reply?: OpenReply;
  /** The reply the user is writing in the compose form, if any. */
  draft?: DemoDraft;
  /** The replies sent this session, oldest first: the Sent Items folder. */
  sent: readonly DemoDraft[];
}

/** The draft as the compose item's getAsync calls read it. */
export interface DraftContent {
  subject: string;
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  bcc: Office.EmailAddressDetails[];
  text: string;
}

export type CallOutcome = { ok: true; value?: unknown } | { ok: false; error: Office.Error };

/**
 * The server side of the demo: categories, the master list, custom properties and reply forms, kept per item for
 * the session. It answers as Exchange would for a delegate of a shared mailbox: the master list can be read but
 * not added to, and nothing can be changed without edit rights.
 */
export class DemoExchange {
  private state: ExchangeState;
  private readonly listeners = new Set<() => void>();

  constructor(master: Office.CategoryDetails[]) {
    this.state = { master, categories: {}, properties: {}, sent: [] };
  }

  getState = (): ExchangeState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  closeReply(): void {
    this.update({ ...this.state, reply: undefined });
  }

  openDraft(draft: DemoDraft): void {
    this.update({ ...this.state, draft });
  }

  /** The user typed in the compose form, or deleted the quote. */
  changeDraft(change: Partial<Pick<DemoDraft, "text" | "quoted">>): void {
    if (this.state.draft) this.update({ ...this.state, draft: { ...this.state.draft, ...change } });
  }

  closeDraft(): void {
    this.update({ ...this.state, draft: undefined });
  }

  /** Outlook sent the draft: it leaves the compose form for Sent Items. A draft discarded meanwhile stays unsent. */
  sendDraft(draftId: string): void {
    const { draft } = this.state;
    if (draft?.id === draftId)
      this.update({ ...this.state, draft: undefined, sent: [...this.state.sent, draft] });
  }

  answer(method: HostMethod, itemId: string, args: unknown[], mayEdit: boolean): CallOutcome {
    const { state } = this;
    const refused: CallOutcome = { ok: false, error: officeErrors.permissionDenied };
    switch (method) {
      case "masterCategories.get":
        return { ok: true, value: state.master.map((c) => ({ ...c })) };
      case "masterCategories.add":
        // Delegates can read a shared mailbox's master list but never add to it.
        return refused;
      case "categories.get": {
        const names = state.categories[itemId] ?? [];
        return { ok: true, value: state.master.filter((c) => names.includes(c.displayName)) };
      }
      case "categories.add": {
        if (!mayEdit) return refused;
        const names = stringList(args[0]);
        if (names.some((name) => !state.master.some((c) => c.displayName === name))) {
          return { ok: false, error: officeErrors.invalidCategory };
        }
        const now = state.categories[itemId] ?? [];
        this.update({
          ...state,
          categories: { ...state.categories, [itemId]: [...new Set([...now, ...names])] },
        });
        return { ok: true };
      }
      case "categories.remove": {
        if (!mayEdit) return refused;
        const names = stringList(args[0]);
        const now = state.categories[itemId] ?? [];
        this.update({
          ...state,
          categories: { ...state.categories, [itemId]: now.filter((name) => !names.includes(name)) },
        });
        return { ok: true };
      }
      case "customProperties.load":
        return { ok: true, value: { ...(state.properties[itemId] ?? {}) } };
      case "customProperties.save": {
        if (!mayEdit) return refused;
        const values = Object.fromEntries(
          Object.entries((args[0] ?? {}) as Record<string, unknown>).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        );
        this.update({ ...state, properties: { ...state.properties, [itemId]: values } });
        return { ok: true };
      }
      case "displayReplyForm":
        this.update({
          ...state,
          reply: { kind: "reply", itemId, html: typeof args[0] === "string" ? args[0] : "" },
        });
        return { ok: true };
      case "displayNewMessageForm": {
        const form = (args[0] ?? {}) as Partial<NewMessageForm>;
        this.update({
          ...state,
          reply: {
            kind: "new-message",
            itemId,
            to: stringList(form.to),
            subject: typeof form.subject === "string" ? form.subject : "",
            html: typeof form.html === "string" ? form.html : "",
          },
        });
        return { ok: true };
      }
      case "draft.get": {
        const { draft } = state;
        if (draft?.id !== itemId) return { ok: false, error: officeErrors.itemChanged };
        const { subject, to, cc, bcc } = draft;
        return { ok: true, value: { subject, to, cc, bcc, text: draftText(draft) } satisfies DraftContent };
      }
      case "draft.setBody": {
        // body.setAsync replaces the whole body, quote and all.
        if (state.draft?.id !== itemId) return { ok: false, error: officeErrors.itemChanged };
        this.changeDraft({ text: typeof args[0] === "string" ? args[0] : "", quoted: "" });
        return { ok: true };
      }
    }
  }

  private update(next: ExchangeState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
