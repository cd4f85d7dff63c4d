/**
 * What an adapter read from an attachment's content (issue 12). Extraction needs bytes and libraries (zip, PDF), so it
 * happens in the adapters; the engine gets the text and analyses it like the body.
 */

/** Why an attachment's content was not read; each one is shown to staff as "ikke læst" with what to do. */
export const NOT_READ_REASONS = [
  "image",
  "encrypted",
  "too-large",
  "unsupported",
  "damaged",
  "limit",
  /** A link to a file in OneDrive or SharePoint ("cloud attachment"): the file itself is not in the mail. */
  "cloud",
] as const;
export type NotReadReason = (typeof NOT_READ_REASONS)[number];

/** A stretch of an attachment's text: one page of a PDF or one slide, or the whole text of a format without pages. */
export interface AttachmentPart {
  text: string;
  /** 1-based page or slide number where the format has pages. */
  page?: number;
}

/**
 * A file not read in full may still bring `parts`: the text before a limit stopped it (a workbook of 100,000 pupils
 * past its characters). The engine analyses that text like the rest; the file stays "not read", since the rest was not.
 */
export type AttachmentContent =
  { read: true; parts: AttachmentPart[] } | { read: false; reason: NotReadReason; parts?: AttachmentPart[] };

/**
 * An attachment as a face fetched it: its bytes, or why it has none (a cloud link, a file too large to fetch, Outlook
 * refusing to hand it over). Index i belongs to the mail's attachment i.
 */
export type FetchedAttachment =
  /** `contentType` when the fetch told what the content is (an Outlook item arrives as .eml or iCalendar text). */
  { bytes: Uint8Array; contentType?: string } | { notRead: NotReadReason };
