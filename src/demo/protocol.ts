/**
 * Messages between the demo page (playing Outlook) and the Office.js stand-in inside the pane's iframe. Real Outlook
 * on the web talks to office.js across the iframe boundary with postMessage as well, so the pane cannot tell the
 * difference. Everything here is plain data that survives structured cloning.
 */

/** One mail as Outlook would hand it to an add-in; built from a sample mail by the demo mailbox. */
export interface DemoItem {
  id: string;
  subject: string;
  from: Office.EmailAddressDetails;
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  /** ISO 8601 */
  dateTimeCreated: string;
  itemClass: string;
  textBody: string;
  htmlBody: string;
  /** The raw header block, as getAllInternetHeadersAsync gives it. */
  internetHeaders: string;
  attachments: Office.AttachmentDetails[];
  /** Each attachment's bytes, base64-encoded, by attachment id: what getAttachmentContentAsync hands out. */
  attachmentContent: Record<string, string>;
}

/** A reply being written in the demo's compose form: what Outlook would hand an add-in in compose mode. */
export interface DemoDraft {
  id: string;
  /** The item this replies to. */
  replyTo: string;
  subject: string;
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  bcc: Office.EmailAddressDetails[];
  /** What the user wrote above the quote. */
  text: string;
  /** The original as Outlook quotes it below a reply; empty once the user deletes it. */
  quoted: string;
}

/** What the add-in filled a new message form with. */
export interface NewMessageForm {
  to: string[];
  subject: string;
  html: string;
}

/** The draft's body as text, as body.getAsync(text) gives it: the reply, then the quoted original. */
export function draftText(draft: DemoDraft): string {
  return draft.quoted === "" ? draft.text : `${draft.text}\n\n${draft.quoted}`;
}

/** The Office calls the demo page answers itself, because their state outlives the pane (as Exchange's does). */
export type HostMethod =
  | "categories.get"
  | "categories.add"
  | "categories.remove"
  | "masterCategories.get"
  | "masterCategories.add"
  | "customProperties.load"
  | "customProperties.save"
  | "displayReplyForm"
  /** mailbox.displayNewMessageForm: a new message, nothing quoted (args: one NewMessageForm). */
  | "displayNewMessageForm"
  /** The draft being written (compose mode), as it stands now. */
  | "draft.get"
  | "draft.setBody";

/** Office calls the demo can be told to fail, to show how the pane copes. */
export const SIMULATED_FAILURES = [
  "none",
  "body",
  "headers",
  "categories",
  "customProperties",
  "reply",
  "no-answer",
] as const;
export type SimulatedFailure = (typeof SIMULATED_FAILURES)[number];

/** How the selected item's mailbox is shared with the user. */
export interface Sharing {
  owner: string;
  /** Office.MailboxEnums.DelegatePermissions bits. */
  delegatePermissions: number;
}

const CHANNEL = "kanalvagt-demo";

/** From the demo page to the pane: Outlook selected this item (null: nothing selected). */
export interface SelectMessage {
  channel: typeof CHANNEL;
  type: "select";
  item: DemoItem | null;
  /** Set while the user writes a reply: the add-in then sees that draft (compose mode) instead of `item`. */
  draftId?: string;
  sharing: Sharing;
  failure: SimulatedFailure;
}

/** From the pane to the demo page: the stand-in is listening; send the current selection. */
export interface ReadyMessage {
  channel: typeof CHANNEL;
  type: "ready";
}

/** From the pane to the demo page: an Office call on an item or the mailbox. */
export interface CallMessage {
  channel: typeof CHANNEL;
  type: "call";
  id: number;
  method: HostMethod;
  itemId: string;
  args: unknown[];
}

/** From the demo page to the pane: the answer to one call. */
export interface ResultMessage {
  channel: typeof CHANNEL;
  type: "result";
  id: number;
  ok: boolean;
  value?: unknown;
  error?: Office.Error;
}

export function selectMessage(
  item: DemoItem | null,
  sharing: Sharing,
  failure: SimulatedFailure,
  draftId?: string,
): SelectMessage {
  return { channel: CHANNEL, type: "select", item, sharing, failure, ...(draftId ? { draftId } : {}) };
}

export function readyMessage(): ReadyMessage {
  return { channel: CHANNEL, type: "ready" };
}

export function callMessage(id: number, method: HostMethod, itemId: string, args: unknown[]): CallMessage {
  return { channel: CHANNEL, type: "call", id, method, itemId, args };
}

export function resultMessage(
  id: number,
  outcome: { ok: true; value?: unknown } | { ok: false; error: Office.Error },
): ResultMessage {
  return { channel: CHANNEL, type: "result", id, ...outcome };
}

function isDemoMessage(data: unknown, type: string): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { channel?: unknown }).channel === CHANNEL &&
    (data as { type?: unknown }).type === type
  );
}

export function isSelectMessage(data: unknown): data is SelectMessage {
  return isDemoMessage(data, "select");
}

export function isReadyMessage(data: unknown): data is ReadyMessage {
  return isDemoMessage(data, "ready");
}

export function isCallMessage(data: unknown): data is CallMessage {
  return isDemoMessage(data, "call");
}

export function isResultMessage(data: unknown): data is ResultMessage {
  return isDemoMessage(data, "result");
}
