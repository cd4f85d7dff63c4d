import type { Mail } from "../../src/core/mail";
import { htmlToText } from "../../src/core/text/html-to-text";
import { fnv1a } from "../lib/corpus-split";
import type { StyleRewrite } from "./style-rewrites";

/** The mail's text as the engine reads it first: the plain part when it has text, else the HTML part as text. */
function plainBody(mail: Mail): string {
  const plain = mail.textBody ?? "";
  return plain.trim().length > 0 ? plain : htmlToText(mail.htmlBody ?? "");
}

/**
 * The mail with its subject and body rewritten (the body becomes plain text; headers, sender and attachments stay).
 * A mail with no readable text (encrypted, opaque-signed) is returned as it is: there is nothing to rewrite. The
 * seed comes from the file name, so a mail gets the same typos on every run.
 */
export function shiftedMail(mail: Mail, rewrite: StyleRewrite | undefined, file: string): Mail {
  const body = plainBody(mail);
  if (body.trim().length === 0) return mail;
  const surface =
    rewrite === undefined
      ? { subject: mail.subject, body }
      : rewrite.apply({ subject: mail.subject, body }, fnv1a(file));
  const { htmlBody: _html, ...rest } = mail;
  return { ...rest, subject: surface.subject, textBody: surface.body };
}
