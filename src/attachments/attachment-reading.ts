import type { AttachmentContent, FetchedAttachment } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import type { AttachmentInfo, Mail } from "../core/mail";
import { htmlToText } from "../core/text/html-to-text";
import type { parseEml } from "../eml/parse-eml";
import { isMessage, type AttachmentExtractor } from "./extractor";
import { notRead, readParts } from "./outcome";

/** An attachment as a face found it, with its decoded bytes or why it could not fetch them. */
export type AttachmentWithBytes = { info: AttachmentInfo } & FetchedAttachment;

/**
 * The readers a face brings: the format extractor, and the .eml reader for attached mails. The send guard has no .eml
 * reader (postal-mime needs Blob, which classic Outlook's JavaScript-only runtime lacks), so there an attached mail
 * goes to the extractor, which lists it as "unsupported".
 */
export interface AttachmentReaders {
  extract: AttachmentExtractor;
  parseMessage?: typeof parseEml;
}

/** Separates an attached mail's name from the names of the attachments inside it. */
export const NESTED_NAME_SEPARATOR = " › ";

/**
 * Reads every attachment of a mail into `content`. An attached mail (message/rfc822, an Outlook item read as .eml)
 * counts as an attachment whose text is its subject and body, followed by its own attachments, named
 * "forwarded.eml › lønseddel.pdf", down to `maxDepth` levels. Past `maxAttachments` in all, the rest are marked
 * "limit" unread. Never throws.
 */
export async function readAttachmentsWith(
  readers: AttachmentReaders,
  attachments: AttachmentWithBytes[],
  limits: AttachmentLimits,
): Promise<AttachmentInfo[]> {
  return new AttachmentReading(readers, limits).read(attachments, 0, "");
}

/** The mail with its attachments' content read: what a face hands to the engine. `fetched[i]` is attachment i's. */
export async function withAttachmentContentWith(
  readers: AttachmentReaders,
  mail: Mail,
  fetched: FetchedAttachment[],
  limits: AttachmentLimits,
): Promise<Mail> {
  const attachments = mail.attachments.map((info, i): AttachmentWithBytes => {
    const one = fetched[i] ?? { bytes: new Uint8Array() };
    // An Outlook item is known as mail or a meeting only once fetched; its details carry no content type.
    if ("bytes" in one && one.contentType) return { info: { ...info, contentType: one.contentType }, ...one };
    return { info, ...one };
  });
  return { ...mail, attachments: await readAttachmentsWith(readers, attachments, limits) };
}

class AttachmentReading {
  private count = 0;

  constructor(
    private readonly readers: AttachmentReaders,
    private readonly limits: AttachmentLimits,
  ) {}

  async read(attachments: AttachmentWithBytes[], depth: number, prefix: string): Promise<AttachmentInfo[]> {
    const result: AttachmentInfo[] = [];
    for (const attachment of attachments) {
      const { info } = attachment;
      const name = prefix + info.name;
      if (++this.count > this.limits.maxAttachments) {
        result.push({ ...info, name, content: notRead("limit") });
      } else if ("notRead" in attachment) {
        result.push({ ...info, name, content: notRead(attachment.notRead) });
      } else if (
        this.readers.parseMessage &&
        isMessage(info) &&
        attachment.bytes.byteLength <= this.limits.maxBytes
      ) {
        result.push(...(await this.message(this.readers.parseMessage, info, name, attachment.bytes, depth)));
      } else {
        result.push({
          ...info,
          name,
          content: await this.readers.extract(attachment.bytes, info, this.limits),
        });
      }
    }
    return result;
  }

  private async message(
    parseEml: NonNullable<AttachmentReaders["parseMessage"]>,
    info: AttachmentInfo,
    name: string,
    bytes: Uint8Array,
    depth: number,
  ): Promise<AttachmentInfo[]> {
    const unread = (content: AttachmentContent): AttachmentInfo[] => [{ ...info, name, content }];
    if (depth >= this.limits.maxDepth) return unread(notRead("limit"));
    const parsed = await parseEml(bytes);
    if (!parsed.ok) return unread(notRead("damaged"));
    const text = messageText(parsed.mail);
    if (text.length > this.limits.maxTextChars) return unread(notRead("limit"));
    const inner = parsed.mail.attachments.map((innerInfo, i) => ({
      info: innerInfo,
      bytes: parsed.attachmentBytes[i] ?? new Uint8Array(),
    }));
    return [
      { ...info, name, content: readParts([{ text }]) },
      ...(await this.read(inner, depth + 1, name + NESTED_NAME_SEPARATOR)),
    ];
  }
}

/** What a reader of an attached mail sees: its subject and its body. */
function messageText(mail: Mail): string {
  const plain = mail.textBody ?? "";
  const body = plain.trim().length > 0 ? plain : htmlToText(mail.htmlBody ?? "");
  return `${mail.subject}\n\n${body}`;
}
