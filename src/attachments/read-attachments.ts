import type { FetchedAttachment } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import type { AttachmentInfo, Mail } from "../core/mail";
import { parseEml } from "../eml/parse-eml";
import {
  readAttachmentsWith,
  withAttachmentContentWith,
  type AttachmentWithBytes,
} from "./attachment-reading";
import { extractAttachment } from "./extract";

/** Every format, PDF and attached mails included: the pane's worker, the CLI and bulk triage. */
const EVERY_FORMAT = { extract: extractAttachment, parseMessage: parseEml };

export function readAttachments(
  attachments: AttachmentWithBytes[],
  limits: AttachmentLimits,
): Promise<AttachmentInfo[]> {
  return readAttachmentsWith(EVERY_FORMAT, attachments, limits);
}

export function withAttachmentContent(
  mail: Mail,
  fetched: FetchedAttachment[],
  limits: AttachmentLimits,
): Promise<Mail> {
  return withAttachmentContentWith(EVERY_FORMAT, mail, fetched, limits);
}
