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
] as const;
export type NotReadReason = (typeof NOT_READ_REASONS)[number];

/** A stretch of an attachment's text: one page of a PDF or one slide, or the whole text of a format without pages. */
export interface AttachmentPart {
  text: string;
  /** 1-based page or slide number where the format has pages. */
  page?: number;
}

export type AttachmentContent =
  { read: true; parts: AttachmentPart[] } | { read: false; reason: NotReadReason };
