import PostalMime from "postal-mime";
import type { Address as ParsedAddress, Attachment, Email, Header } from "postal-mime";
import type { Address, AttachmentInfo, Mail } from "../core/mail";
import { bodyText } from "./body-alternatives";
import { errorMessage } from "./error-text";
import { repairMissingBoundary } from "./mime-repair";
import { declaresOnlyUtf7, decodeUtf7 } from "./utf7";

/**
 * The outcome of reading one .eml: a Mail, or a sentence saying what is wrong with the bytes. `attachmentBytes`
 * holds each attachment's decoded content, in the order of `mail.attachments`, for the attachment readers.
 */
export type EmlResult =
  { ok: true; mail: Mail; attachmentBytes: Uint8Array[] } | { ok: false; error: string };

/**
 * Header names that every real message carries at least one of. Arbitrary bytes also split into "header lines"
 * (postal-mime is lenient), so finding none of these is how we tell a mail from something that is not one.
 */
const MESSAGE_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "received",
  "return-path",
  "sender",
  "reply-to",
  "delivered-to",
]);

/**
 * postal-mime keeps every line of an unencoded (7bit/8bit) part as its own piece until the part ends, so its time
 * and memory grow with the number of lines more than with the bytes: a few microseconds and some hundred bytes a
 * line. A million lines is far beyond any mail a person writes (about 70 MB of ordinary text) and bounds one
 * hostile file to seconds and a few hundred megabytes instead of minutes and gigabytes.
 */
export const MAX_EML_LINES = 1_000_000;

/** RFC 5322 field names are printable US-ASCII without the colon; anything else is noise from a broken file. */
const FIELD_NAME = /^[!-9;-~]+$/;

/**
 * Parses the bytes of an .eml file (RFC 5322 / MIME) into the engine's Mail. Never throws: malformed input gives
 * `{ ok: false, error }` with a reason a person can act on.
 */
export async function parseEml(bytes: Uint8Array): Promise<EmlResult> {
  if (bytes.byteLength === 0) return { ok: false, error: "the file is empty" };
  if (hasMoreLinesThan(bytes, MAX_EML_LINES)) {
    return {
      ok: false,
      error: `the file has more than ${MAX_EML_LINES.toLocaleString("en")} lines, more than any mail a person writes`,
    };
  }
  let email: Email;
  try {
    email = await PostalMime.parse(repairMissingBoundary(bytes));
  } catch (err) {
    return { ok: false, error: `the MIME structure cannot be read (${errorMessage(err)})` };
  }
  const headers = collectHeaders(email.headers);
  if (!Object.keys(headers).some((name) => MESSAGE_HEADERS.has(name))) {
    return {
      ok: false,
      error:
        "no e-mail header (From, To, Subject, Date, Content-Type …) was found: this is not an .eml message",
    };
  }
  if (declaresOnlyUtf7(bytes)) {
    if (email.text !== undefined) email.text = decodeUtf7(email.text);
    if (email.html !== undefined) email.html = decodeUtf7(email.html);
  }
  return { ok: true, mail: toMail(email, headers), attachmentBytes: email.attachments.map(contentBytes) };
}

function hasMoreLinesThan(bytes: Uint8Array, limit: number): boolean {
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) {
    if (++lines > limit) return true;
  }
  return false;
}

function toMail(email: Email, headers: Record<string, string>): Mail {
  const mail: Mail = {
    subject: email.subject ?? "",
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    headers,
    attachments: email.attachments.map(attachmentInfo),
  };
  const from = mailboxes(email.from ? [email.from] : undefined)[0];
  if (from) mail.from = from;
  const date = isoDate(email.date);
  if (date) mail.date = date;
  if (email.text !== undefined) mail.textBody = email.text;
  if (email.html !== undefined) mail.htmlBody = email.html;
  // postal-mime renders a missing alternative from the other, so both are set for most mail; bodyText decides.
  if (email.text !== undefined && email.html !== undefined) mail.textBody = bodyText(email.text, email.html);
  return mail;
}

/** Lower-cased names (postal-mime already lowers them); repeated headers joined with ", " as Mail documents. */
function collectHeaders(list: Header[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, value } of list) {
    if (!FIELD_NAME.test(key)) continue;
    const name = key.toLowerCase();
    const earlier = headers[name];
    headers[name] = earlier === undefined ? value.trim() : `${earlier}, ${value.trim()}`;
  }
  return headers;
}

/** Groups ("Undisclosed recipients: a@x, b@y;") are flattened: the engine wants people, not list names. */
function mailboxes(list: ParsedAddress[] | undefined): Address[] {
  const result: Address[] = [];
  for (const entry of list ?? []) {
    for (const box of entry.group ?? [entry]) {
      if (!box.address && !box.name) continue;
      result.push(box.name ? { name: box.name, address: box.address ?? "" } : { address: box.address ?? "" });
    }
  }
  return result;
}

/** postal-mime hands back the raw header when the date does not parse; Mail.date promises ISO 8601 or nothing. */
function isoDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function attachmentInfo(attachment: Attachment): AttachmentInfo {
  const info: AttachmentInfo = {
    name: attachment.filename ?? "",
    contentType: attachment.mimeType,
    size: contentSize(attachment.content),
  };
  if (attachment.disposition === "inline" || attachment.related === true) info.isInline = true;
  return info;
}

function contentSize(content: Attachment["content"]): number {
  return typeof content === "string" ? content.length : content.byteLength;
}

/** postal-mime gives an ArrayBuffer by default (a string only when asked for base64 or UTF-8, which we never do). */
function contentBytes({ content }: Attachment): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
