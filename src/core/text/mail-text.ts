import type { AttachmentText, MailText } from "../analysis";
import type { Mail } from "../mail";
import { htmlToText } from "./html-to-text";
import { normaliseText } from "./normalise";
import { splitQuoted } from "./quoted";

/**
 * The text the detectors read, split by where it stands in the mail. Every string is normalised (normalise.ts), so
 * findings' offsets point into these strings; normaliseText() gives the map back to the source for callers that need
 * offsets in the original.
 *
 * The body is the plain-text part when it has any text, else the HTML part converted to text (some clients send an
 * empty text/plain beside the real HTML).
 */
export function extractMailText(mail: Mail): MailText {
  const plain = mail.textBody ?? "";
  const source = plain.trim().length > 0 ? plain : htmlToText(mail.htmlBody ?? "");
  const { body, quoted } = splitQuoted(normaliseText(source).text);
  return {
    senderName: oneLine(normaliseText(mail.from?.name ?? "").text),
    subject: oneLine(normaliseText(mail.subject).text),
    body,
    quoted,
    attachmentNames: mail.attachments.map((a) => oneLine(normaliseText(a.name).text)).join("\n"),
    attachments: attachmentTexts(mail),
  };
}

/**
 * Each page or part an adapter read from an attachment, normalised like the body; of a file cut short at a limit, the
 * text before it.
 */
function attachmentTexts(mail: Mail): AttachmentText[] {
  return mail.attachments.flatMap(({ name, content }) =>
    (content?.parts ?? []).map(({ text, page }) => {
      const part: AttachmentText = { name, text: normaliseText(text).text };
      if (page !== undefined) part.page = page;
      return part;
    }),
  );
}

/** Folded header lines and stray breaks become spaces, one for one, so the text stays a single line. */
function oneLine(text: string): string {
  return text.replace(/[\n\t]/g, " ");
}
