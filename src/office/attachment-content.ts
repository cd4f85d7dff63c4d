import { decodeBase64 } from "../core/classify/base64";
import type { FetchedAttachment } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import type { OfficeApi } from "./office-api";
import { callOffice } from "./office-call";

/** Office.MailboxEnums.AttachmentContentFormat's run-time strings (Mailbox 1.8). */
const FORMAT = { base64: "base64", eml: "eml", iCalendar: "iCalendar", url: "url" } as const;

/** The limits that decide whether an attachment is fetched at all; the reader applies the rest. */
export type FetchLimits = Pick<AttachmentLimits, "maxAttachments" | "maxBytes">;

/** Asks Outlook for one attachment's content by its id. */
export type ContentFetch = (id: string) => Promise<Office.AttachmentContent>;

/** An item whose attachments can be fetched: a mail read, or one being written (its details from getAttachmentsAsync). */
export interface AttachmentSource {
  attachments?: readonly Office.AttachmentDetails[] | readonly Office.AttachmentDetailsCompose[];
  /** Mailbox 1.8, in read and compose mode alike. */
  getAttachmentContentAsync?: (
    id: string,
    callback: (result: Office.AsyncResult<Office.AttachmentContent>) => void,
  ) => void;
}

/**
 * Fetches the content of each attachment of `item` with getAttachmentContentAsync (Mailbox 1.8), one at a time so a
 * mail of many large files does not hold them all in flight: a file attachment arrives as base64, an attached mail as
 * .eml text and an attached meeting as iCalendar text, both read as bytes; a cloud attachment is only a link and
 * stays unread. Index i is attachment i's. A file larger than the limit is not fetched at all; one Outlook refuses
 * is "damaged" ("could not be fetched") and the others are still read. `stillWanted` is asked before each call, so
 * the reading stops as soon as staff move to another mail.
 */
export async function fetchAttachmentContent(
  office: OfficeApi,
  item: AttachmentSource,
  limits: FetchLimits,
  stillWanted: () => boolean,
  timeoutMs?: number,
): Promise<FetchedAttachment[]> {
  const details = item.attachments ?? [];
  const read = item.getAttachmentContentAsync;
  if (typeof read !== "function" || !office.context.requirements.isSetSupported("Mailbox", "1.8")) {
    return details.map(() => ({ notRead: "unsupported" }));
  }
  const fetch: ContentFetch = (id) =>
    callOffice<Office.AttachmentContent>(
      office,
      "item.getAttachmentContentAsync",
      (callback) => read.call(item, id, callback),
      timeoutMs,
    );
  const fetched: FetchedAttachment[] = [];
  await fetchEach(details, limits, fetch, stillWanted, (one) => void fetched.push(one));
  return fetched;
}

/**
 * Each attachment's content through `fetch`, handed to `use` one at a time and in order, while `stillWanted` says so
 * (the rest are then never fetched). The pane's reader and the send guard's share it; they differ in how they call
 * Outlook and in what they do with each file.
 */
export async function fetchEach(
  details: readonly Office.AttachmentDetails[] | readonly Office.AttachmentDetailsCompose[],
  limits: FetchLimits,
  fetch: ContentFetch,
  stillWanted: () => boolean,
  use: (fetched: FetchedAttachment, index: number) => Promise<void> | void,
): Promise<void> {
  for (const [i, attachment] of details.entries()) {
    if (!stillWanted()) break;
    await use(await fetchOne(fetch, attachment, i < limits.maxAttachments, limits), i);
  }
}

async function fetchOne(
  fetch: ContentFetch,
  attachment: Pick<Office.AttachmentDetails, "id" | "size" | "attachmentType">,
  withinCount: boolean,
  limits: FetchLimits,
): Promise<FetchedAttachment> {
  if (String(attachment.attachmentType) === "cloud") return { notRead: "cloud" };
  if (!withinCount) return { notRead: "limit" };
  if (attachment.size > limits.maxBytes) return { notRead: "too-large" };
  try {
    return contentBytes(await fetch(attachment.id));
  } catch {
    // The error names only the call and Office's code; the attachment itself is listed as not fetched.
    return { notRead: "damaged" };
  }
}

function contentBytes(content: Office.AttachmentContent): FetchedAttachment {
  switch (String(content.format)) {
    case FORMAT.base64:
      return { bytes: decodeBase64(content.content.replace(/\s+/g, "")) };
    case FORMAT.eml:
      return { bytes: new TextEncoder().encode(content.content), contentType: "message/rfc822" };
    case FORMAT.iCalendar:
      return { bytes: new TextEncoder().encode(content.content), contentType: "text/calendar" };
    case FORMAT.url:
      return { notRead: "cloud" };
    default:
      return { notRead: "unsupported" };
  }
}
