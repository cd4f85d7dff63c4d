import { TRIAGE_RECORD_NAME } from "../core/triage-record-name";
import type {
  CategoryOutcome,
  CategoryWish,
  ItemActions,
  ItemCapabilities,
  NewMessage,
  SharedMailbox,
} from "./mailbox-port";
import type { OfficeApi, OfficeCustomProperties, OfficeItemRead } from "./office-api";
import { callOffice, isDuplicateCategory } from "./office-call";
import { fetchAttachmentContent } from "./attachment-content";

/** Office limits a reply or new message form's HTML to 32 KB; a longer body would be cut by Outlook without warning. */
export const REPLY_HTML_LIMIT = 32 * 1024;
/** Office limits a new message form's subject to 255 characters. */
export const SUBJECT_LIMIT = 255;

function checkFormHtml(html: string): void {
  if (new TextEncoder().encode(html).length > REPLY_HTML_LIMIT) {
    throw new RangeError("The text is longer than the 32 KB Outlook accepts in a mail form.");
  }
}

/** What this Outlook lets Kanalvagt do to `item`, from its requirement sets and the user's rights. */
export function itemCapabilities(
  office: OfficeApi,
  item: OfficeItemRead,
  shared: SharedMailbox | undefined,
): ItemCapabilities {
  const supports = (version: string): boolean =>
    office.context.requirements.isSetSupported("Mailbox", version);
  const mayEdit = shared === undefined || shared.canEdit;
  const master = office.context.mailbox?.masterCategories;
  return {
    categories: supports("1.8") && item.categories !== undefined && mayEdit,
    // Delegates may read a shared mailbox's master list but never add to it.
    masterCategories: !supports("1.8") || !master ? "none" : shared ? "read" : "manage",
    customProperties: typeof item.loadCustomPropertiesAsync === "function" && mayEdit,
    replyForm:
      (supports("1.9") && typeof item.displayReplyFormAsync === "function") ||
      typeof item.displayReplyForm === "function",
    newMessageForm:
      (supports("1.9") && typeof office.context.mailbox?.displayNewMessageFormAsync === "function") ||
      (supports("1.6") && typeof office.context.mailbox?.displayNewMessageForm === "function"),
  };
}

/** The write-back calls for one item, bound to it so a late call can never act on the next mail. */
export function itemActions(
  office: OfficeApi,
  item: OfficeItemRead,
  can: ItemCapabilities,
  timeoutMs?: number,
): ItemActions {
  const call = <T>(name: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
    callOffice<T>(office, name, start, timeoutMs);

  const require = (capable: boolean, what: string): void => {
    if (!capable) throw new Error(`Outlook does not let Kanalvagt ${what} on this mail.`);
  };

  const loadProperties = (): Promise<OfficeCustomProperties> =>
    call<OfficeCustomProperties>("item.loadCustomPropertiesAsync", (callback) =>
      item.loadCustomPropertiesAsync(callback),
    );

  return {
    can,

    async applyCategories(wishes: CategoryWish[]): Promise<CategoryOutcome> {
      require(can.categories, "set categories");
      const categories = item.categories!;
      const master = office.context.mailbox?.masterCategories;
      const known = master
        ? new Set(
            (
              await call<Office.CategoryDetails[]>("mailbox.masterCategories.getAsync", (callback) =>
                master.getAsync(callback),
              )
            ).map((c) => c.displayName),
          )
        : undefined;
      const absent = known ? wishes.filter((w) => !known.has(w.name)) : [];
      const created: string[] = [];
      if (absent.length > 0 && can.masterCategories === "manage" && master) {
        try {
          await call<void>("mailbox.masterCategories.addAsync", (callback) =>
            master.addAsync(
              absent.map((w) => ({
                displayName: w.name,
                // office.js takes the preset's name ("Preset7"); the typings declare an enum of those strings.
                color: w.color as unknown as Office.MailboxEnums.CategoryColor,
              })),
              callback,
            ),
          );
        } catch (error) {
          if (!isDuplicateCategory(error)) throw error;
        }
        created.push(...absent.map((w) => w.name));
      }
      const missing = absent.map((w) => w.name).filter((name) => !created.includes(name));
      const applicable = wishes.map((w) => w.name).filter((name) => !missing.includes(name));
      if (applicable.length > 0) {
        await call<void>("item.categories.addAsync", (callback) => categories.addAsync(applicable, callback));
      }
      return { applied: applicable, created, missing };
    },

    async readTriageRecord(): Promise<string | undefined> {
      require(can.customProperties, "read its custom properties");
      const value: unknown = (await loadProperties()).get(TRIAGE_RECORD_NAME);
      return typeof value === "string" && value !== "" ? value : undefined;
    },

    async saveTriageRecord(json: string): Promise<void> {
      require(can.customProperties, "store custom properties");
      const properties = await loadProperties();
      properties.set(TRIAGE_RECORD_NAME, json);
      await call<void>("item.customProperties.saveAsync", (callback) => properties.saveAsync(callback));
    },

    async openReply(html: string): Promise<void> {
      require(can.replyForm, "open a reply");
      checkFormHtml(html);
      if (supports19(office)) {
        await call<void>("item.displayReplyFormAsync", (callback) =>
          item.displayReplyFormAsync(html, callback),
        );
      } else {
        // Mailbox 1.1 to 1.8 only have the synchronous form; it throws rather than calls back on failure.
        item.displayReplyForm(html);
      }
    },

    readAttachmentContent: (limits, stillWanted) =>
      fetchAttachmentContent(office, item, limits, stillWanted, timeoutMs),

    async openNewMessage({ to, subject, html }: NewMessage): Promise<void> {
      require(can.newMessageForm, "open a new message");
      checkFormHtml(html);
      const mailbox = office.context.mailbox;
      // The address alone: Outlook resolves the name, and a display name is text the sender controls.
      const form: Office.MessageForm = {
        toRecipients: [to.address],
        subject: subject.slice(0, SUBJECT_LIMIT),
        htmlBody: html,
      };
      const openAsync = mailbox?.displayNewMessageFormAsync;
      if (supports19(office) && openAsync) {
        await call<void>("mailbox.displayNewMessageFormAsync", (callback) =>
          openAsync.call(mailbox, form, callback),
        );
      } else {
        // Mailbox 1.6 to 1.8 only have the synchronous form; it throws rather than calls back on failure.
        mailbox?.displayNewMessageForm?.(form);
      }
    },
  };
}

function supports19(office: OfficeApi): boolean {
  return office.context.requirements.isSetSupported("Mailbox", "1.9");
}
