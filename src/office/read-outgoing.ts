import type { Address, AttachmentInfo } from "../core/mail";
import type { EncryptionState, OutgoingMail } from "../core/send-guard/decide";
import { OfficeCallError } from "./office-call";

/**
 * The mail being written, as Office.js offers it in compose mode (Office.MessageCompose), typed against
 * @types/office-js. Optional members are the ones older clients lack; they are used only where the requirement set
 * says they work. Read by the send guard when the user presses Send and by the task pane beside the compose form.
 */
export interface ComposeItem {
  subject: Pick<Office.Subject, "getAsync">;
  body: Pick<Office.Body, "getAsync">;
  to: Pick<Office.Recipients, "getAsync">;
  cc: Pick<Office.Recipients, "getAsync">;
  bcc: Pick<Office.Recipients, "getAsync">;
  /** Mailbox 1.8. */
  getAttachmentsAsync?: Office.MessageCompose["getAttachmentsAsync"];
  /** Mailbox 1.8. */
  getAttachmentContentAsync?: Office.MessageCompose["getAttachmentContentAsync"];
  /** Mailbox 1.14. */
  getItemClassAsync?: Office.MessageCompose["getItemClassAsync"];
  /** Mailbox 1.13; fails when the item is not in a shared folder or mailbox. */
  getSharedPropertiesAsync?: Office.MessageCompose["getSharedPropertiesAsync"];
}

/** The rest of Office.js that reading a compose item needs. */
export interface ComposeOffice {
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  CoercionType: Pick<typeof Office.CoercionType, "Text">;
  MailboxEnums?: { BodyMode?: Pick<typeof Office.MailboxEnums.BodyMode, "FullBody"> };
  context: { requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> };
}

/** Whether the mail is composed in a shared mailbox (or folder); "unknown" where Outlook cannot say. */
export type MailboxContext = "shared" | "own" | "unknown";

export interface OutgoingRead {
  outgoing: OutgoingMail;
  mailbox: MailboxContext;
  /** What Outlook said of each attachment, in the order of `outgoing.mail.attachments`: the ids to fetch them by. */
  attachmentDetails: Office.AttachmentDetailsCompose[];
}

/**
 * One callback-style Office.js call as a promise that rejects with an OfficeCallError naming the call. No timer per
 * call: the handler's one deadline covers a call that never answers, and the JavaScript-only runtime of classic Outlook
 * need not offer timers at all.
 */
export function composeCall<T>(
  office: ComposeOffice,
  name: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(name, result.error?.code, result.error?.message || "unknown error"));
      });
    } catch (error) {
      reject(new OfficeCallError(name, undefined, error instanceof Error ? error.message : String(error)));
    }
  });
}

function supports(office: ComposeOffice, version: string): boolean {
  return office.context.requirements.isSetSupported("Mailbox", version);
}

function toAddress(details: Office.EmailAddressDetails): Address {
  const address = details.emailAddress?.trim() ?? "";
  const name = details.displayName?.trim() ?? "";
  return name === "" || name === address ? { address } : { name, address };
}

function recipients(
  office: ComposeOffice,
  field: "to" | "cc" | "bcc",
  item: ComposeItem,
): Promise<Address[]> {
  return composeCall<Office.EmailAddressDetails[]>(office, `item.${field}.getAsync`, (callback) =>
    item[field].getAsync(callback),
  ).then((list) => (list ?? []).map(toAddress));
}

function body(office: ComposeOffice, item: ComposeItem): Promise<string> {
  // FullBody is the default too; saying so keeps Outlook on the web from leaving out the quoted history in
  // conversation view, which a reply by e-mail sends all the same.
  const fullBody = office.MailboxEnums?.BodyMode?.FullBody;
  return composeCall<string>(office, "item.body.getAsync(text)", (callback) =>
    fullBody === undefined
      ? item.body.getAsync(office.CoercionType.Text, callback)
      : item.body.getAsync(office.CoercionType.Text, { bodyMode: fullBody }, callback),
  );
}

/** Attachment names may carry a CPR number too; without Mailbox 1.8, or when the call fails, there are none to read. */
async function attachments(
  office: ComposeOffice,
  item: ComposeItem,
): Promise<Office.AttachmentDetailsCompose[]> {
  const getAttachments = item.getAttachmentsAsync;
  if (!getAttachments || !supports(office, "1.8")) return [];
  try {
    const list = await composeCall<Office.AttachmentDetailsCompose[]>(
      office,
      "item.getAttachmentsAsync",
      (callback) => getAttachments.call(item, callback),
    );
    return list ?? [];
  } catch {
    return [];
  }
}

function attachmentInfo(details: Office.AttachmentDetailsCompose): AttachmentInfo {
  return { name: details.name, size: details.size, isInline: details.isInline };
}

/**
 * Office.js has no "is this mail S/MIME-encrypted" for compose. The item class (Mailbox 1.14) is the one signal:
 * IPM.Note.SMIME is an encrypted (or opaque-signed) item; IPM.Note.SMIME.MultipartSigned is signed only, and plain
 * IPM.Note proves nothing (classic Outlook reports it for S/MIME mail too). So the answer is "encrypted" or "unknown".
 */
async function encryption(office: ComposeOffice, item: ComposeItem): Promise<EncryptionState> {
  const getItemClass = item.getItemClassAsync;
  if (!getItemClass || !supports(office, "1.14")) return "unknown";
  try {
    const itemClass = await composeCall<string>(office, "item.getItemClassAsync", (callback) =>
      getItemClass.call(item, callback),
    );
    return /^IPM\.Note\.SMIME$/i.test(itemClass?.trim() ?? "") ? "encrypted" : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Microsoft documents no Smart Alerts behaviour in shared-mailbox compose, so the guard notes where it runs and checks
 * the mail the same way. getSharedPropertiesAsync fails on an item that is not shared: that failure means "own".
 */
async function mailboxContext(office: ComposeOffice, item: ComposeItem): Promise<MailboxContext> {
  const getShared = item.getSharedPropertiesAsync;
  if (!getShared || !supports(office, "1.13")) return "unknown";
  try {
    await composeCall<Office.SharedProperties>(office, "item.getSharedPropertiesAsync", (callback) =>
      getShared.call(item, callback),
    );
    return "shared";
  } catch {
    return "own";
  }
}

/**
 * Reads the mail being sent: subject, body as text with the quoted history, To, Cc and Bcc (all required: a failure
 * rejects), and, where the client offers them, attachment names, the S/MIME signal and the shared-mailbox context.
 */
export async function readOutgoing(
  office: ComposeOffice,
  item: ComposeItem | null | undefined,
): Promise<OutgoingRead> {
  if (!item)
    throw new OfficeCallError("Office.context.mailbox.item", undefined, "there is no item being sent");
  const [subject, textBody, to, cc, bcc, attached, encrypted, mailbox] = await Promise.all([
    composeCall<string>(office, "item.subject.getAsync", (callback) => item.subject.getAsync(callback)),
    body(office, item),
    recipients(office, "to", item),
    recipients(office, "cc", item),
    recipients(office, "bcc", item),
    attachments(office, item),
    encryption(office, item),
    mailboxContext(office, item),
  ]);
  return {
    outgoing: {
      mail: {
        subject: subject ?? "",
        to,
        cc,
        headers: {},
        textBody: textBody ?? "",
        attachments: attached.map(attachmentInfo),
      },
      bcc,
      encryption: encrypted,
    },
    mailbox,
    attachmentDetails: attached,
  };
}
