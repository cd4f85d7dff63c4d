import type { NotReadReason } from "../attachment";
import type { Mail } from "../mail";
import { maskCprInText } from "../privacy/mask-cpr-in-text";

/** An attachment going out whose content the send guard could not read: it is named, never passed over in silence. */
export interface UncheckedAttachment {
  /** The attachment's name with CPR numbers masked. */
  name: string;
  reason: NotReadReason;
}

/**
 * The attachments a face tried to read and could not. An inline picture is left out: it is part of how the mail looks
 * (a signature's logo, which nearly every mail to a citizen has), and no face reads pictures; counting it would put a
 * notice on every mail and teach staff to click past it. A picture attached as a file is named.
 */
export function uncheckedAttachments(mail: Mail): UncheckedAttachment[] {
  return mail.attachments.flatMap(({ name, isInline, content }) => {
    if (!content || content.read) return [];
    if (isInline && content.reason === "image") return [];
    return [{ name: maskCprInText(name), reason: content.reason }];
  });
}
