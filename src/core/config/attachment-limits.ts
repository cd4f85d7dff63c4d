import { z } from "../zod-jitless";
import {
  ATTACHMENT_LIMIT_RANGES,
  DEFAULT_ATTACHMENT_LIMITS,
  type LimitRange,
} from "./attachment-limit-defaults";

function limit({ min, max, whole }: LimitRange): z.ZodNumber {
  return (whole ? z.number().int() : z.number()).min(min).max(max);
}

/**
 * Limits on reading attachment content (docs/configuration.md, docs/admin-guide.md). A file beyond one is marked
 * "not read" with the reason "limit" (or "too-large"), and the rest of the mail is still analysed. The defaults take
 * every ordinary payslip, application and spreadsheet a citizen sends, and stop a hostile file (a zip bomb, a PDF of
 * ten thousand pages, mail nested in mail) long before it costs a second or a hundred megabytes.
 */
export const attachmentLimitsSchema = z.strictObject({
  /** Attachments read per mail; the ones after are marked "limit". */
  maxAttachments: limit(ATTACHMENT_LIMIT_RANGES.maxAttachments),
  /** Bytes of one attachment as it arrives; larger ones are "too-large". */
  maxBytes: limit(ATTACHMENT_LIMIT_RANGES.maxBytes),
  /** Bytes inflated from one zip-based document (Word, Excel, PowerPoint, OpenDocument), counted while inflating. */
  maxInflatedBytes: limit(ATTACHMENT_LIMIT_RANGES.maxInflatedBytes),
  /** Inflated bytes per compressed byte of one zip entry (ordinary documents stay below 30, zip bombs reach 1000). */
  maxInflateRatio: limit(ATTACHMENT_LIMIT_RANGES.maxInflateRatio),
  /** Entries in one zip container (a Word document has about 20). */
  maxZipEntries: limit(ATTACHMENT_LIMIT_RANGES.maxZipEntries),
  /** Pages of one PDF. */
  maxPages: limit(ATTACHMENT_LIMIT_RANGES.maxPages),
  /** Attached mails inside attached mails: how deep they are read. */
  maxDepth: limit(ATTACHMENT_LIMIT_RANGES.maxDepth),
  /** Characters of text from one attachment. */
  maxTextChars: limit(ATTACHMENT_LIMIT_RANGES.maxTextChars),
});

export type AttachmentLimits = z.infer<typeof attachmentLimitsSchema>;

export { DEFAULT_ATTACHMENT_LIMITS };
