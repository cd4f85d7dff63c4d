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

/** What a reader returned: all of the file, or, when `budget` was cut, its text up to the limit. */
export function readUpTo(parts: AttachmentPart[], budget: TextBudget): AttachmentContent {
  if (!budget.cut) return readParts(parts);
  const withText = parts.filter((part) => part.text.length > 0);
  return withText.length > 0 ? { read: false, reason: "limit", parts: withText } : notRead("limit");
}

/**
 * Thrown by TextBudget.keep when the text reached the limit, to stop a streaming reader (and the inflating under it) at
 * once. A reader that catches it keeps the text it has; one that does not still ends as "limit".
 */
export class TextCut extends NotRead {
  constructor() {
    super("limit");
  }
}

/**
 * Counts the characters a reader keeps, so a document that is nothing but text stops at the limit. The text up to the
 * limit is kept and analysed; the attachment is then "limit" all the same, since the rest was not read.
 */
export class TextBudget {
  private used = 0;
  /** Set once text was cut short at the limit. */
  cut = false;
  constructor(private readonly maxChars: number) {}

  /** A budget of the same size for text a reader keeps aside, not as the file's text (a workbook's shared strings). */
  another(): TextBudget {
    return new TextBudget(this.maxChars);
  }

  /** The part of `text` that fits in what is left. */
  fit(text: string): string {
    const room = this.maxChars - this.used;
    if (text.length <= room) {
      this.used += text.length;
      return text;
    }
    this.cut = true;
    this.used = this.maxChars;
    return text.slice(0, Math.max(0, room));
  }

  /** Adds the part of `text` that fits to `pieces`, and throws TextCut once the limit is reached. */
  keep(text: string, pieces: string[]): void {
    const kept = this.fit(text);
    if (kept.length > 0) pieces.push(kept);
    if (this.cut) throw new TextCut();
  }
}
