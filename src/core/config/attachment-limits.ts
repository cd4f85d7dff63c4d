import { z } from "../zod-jitless";
import { DEFAULT_ATTACHMENT_LIMITS } from "./attachment-limit-defaults";

/**
 * Limits on reading attachment content (docs/configuration.md, docs/admin-guide.md). A file beyond one is marked
 * "not read" with the reason "limit" (or "too-large"), and the rest of the mail is still analysed. The defaults take
 * every ordinary payslip, application and spreadsheet a citizen sends, and stop a hostile file (a zip bomb, a PDF of
 * ten thousand pages, mail nested in mail) long before it costs a second or a hundred megabytes.
 */
export const attachmentLimitsSchema = z.strictObject({
  /** Attachments read per mail; the ones after are marked "limit". */
  maxAttachments: z.number().int().min(0).max(500),
  /** Bytes of one attachment as it arrives; larger ones are "too-large". */
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(150 * 1024 * 1024),
  /** Bytes inflated from one zip-based document (Word, Excel, PowerPoint, OpenDocument), counted while inflating. */
  maxInflatedBytes: z
    .number()
    .int()
    .min(1024 * 1024)
    .max(1024 * 1024 * 1024),
  /** Inflated bytes per compressed byte of one zip entry (ordinary documents stay below 30, zip bombs reach 1000). */
  maxInflateRatio: z.number().min(10).max(2000),
  /** Entries in one zip container (a Word document has about 20). */
  maxZipEntries: z.number().int().min(10).max(100_000),
  /** Pages of one PDF. */
  maxPages: z.number().int().min(1).max(100_000),
  /** Attached mails inside attached mails: how deep they are read. */
  maxDepth: z.number().int().min(0).max(20),
  /** Characters of text from one attachment. */
  maxTextChars: z.number().int().min(1000).max(100_000_000),
});

export type AttachmentLimits = z.infer<typeof attachmentLimitsSchema>;

export { DEFAULT_ATTACHMENT_LIMITS };
