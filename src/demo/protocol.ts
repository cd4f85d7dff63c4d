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
}

const CHANNEL = "kanalvagt-demo";

/** From the demo page to the pane: Outlook selected this item (null: nothing selected). */
export interface SelectMessage {
  channel: typeof CHANNEL;
  type: "select";
  item: DemoItem | null;
}

/** From the pane to the demo page: the stand-in is listening; send the current selection. */
export interface ReadyMessage {
  channel: typeof CHANNEL;
  type: "ready";
}

export function selectMessage(item: DemoItem | null): SelectMessage {
  return { channel: CHANNEL, type: "select", item };
}

export function readyMessage(): ReadyMessage {
  return { channel: CHANNEL, type: "ready" };
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
