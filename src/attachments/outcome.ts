import type { AttachmentContent, AttachmentPart, NotReadReason } from "../core/attachment";

/**
 * Thrown deep inside a reader (the zip inflater, the XML reader) to stop at once; extractAttachment turns it into
 * `{ read: false, reason }`. A reader never lets any other error escape as "read".
 */
export class NotRead extends Error {
  constructor(readonly reason: NotReadReason) {
    super(`attachment not read: ${reason}`);
    this.name = "NotRead";
  }
}

export function notRead(reason: NotReadReason): AttachmentContent {
  return { read: false, reason };
}

export function readParts(parts: AttachmentPart[]): AttachmentContent {
  return { read: true, parts };
}

/** Counts the characters a reader keeps, so a document that is nothing but text still stops at the limit. */
export class TextBudget {
  private used = 0;
  constructor(private readonly maxChars: number) {}

  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.maxChars) throw new NotRead("limit");
  }
}
