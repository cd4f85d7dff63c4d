import type { Finding } from "./finding";
import { HEADER_REACH } from "./cpr-context";

/** How a long text is cut: slices of about `length` characters, each read with `margin` characters either side. */
export interface Slicing {
  length: number;
  margin: number;
}

/**
 * Text longer than `length` is read a slice at a time, so the detectors' working memory (a candidate, a finding and
 * a few table entries per number) stays bounded however long a mail is: a 49 MB mail of CPR numbers once needed
 * 2.5 GB. Text people write is far shorter and is read whole, as before.
 *
 * The margin covers what the detectors look at around a spot: at most 300 characters around a number (its context),
 * two sentences of at most 500 characters (a disclosure cue counts for the sentence after it), and a table's header
 * row up to HEADER_REACH above a number, so a finding is the same as in a whole read. (With a margin of 2,000 the
 * property test found numbers whose "CPR-nr." column header stood 2,000-4,000 characters up, found whole but not
 * sliced.) Only a line longer than the margin is cut where a whole read would not cut it.
 */
export const SLICING: Slicing = { length: 1 << 18, margin: HEADER_REACH + 500 };

/** Where the slice from `start` ends: at the first line end after `length` characters if near, else right there. */
function sliceEnd(text: string, start: number, { length, margin }: Slicing): number {
  const target = start + length;
  if (target >= text.length) return text.length;
  const lineEnd = text.indexOf("\n", target);
  return lineEnd >= 0 && lineEnd - target <= margin ? lineEnd + 1 : target;
}

/** Where the read for the slice at `start` begins: `margin` before it, moved back to its line's start if near. */
function readFrom(text: string, start: number, { margin }: Slicing): number {
  const from = start - margin;
  if (from <= 0) return 0;
  const lineStart = text.lastIndexOf("\n", from) + 1;
  return from - lineStart <= margin ? lineStart : from;
}

/**
 * Runs `detect` on `text` and hands each finding to `found`, in the order `detect` gives them. A long text is read
 * in slices; a finding belongs to the slice its start lies in, with offsets into `text`.
 */
export function detectBySlice(
  text: string,
  detect: (part: string) => Finding[],
  found: (finding: Finding) => void,
  slicing: Slicing = SLICING,
): void {
  if (text.length <= slicing.length) {
    for (const finding of detect(text)) found(finding);
    return;
  }
  for (let start = 0; start < text.length;) {
    const end = sliceEnd(text, start, slicing);
    const from = readFrom(text, start, slicing);
    for (const finding of detect(text.slice(from, Math.min(text.length, end + slicing.margin)))) {
      const at = finding.start + from;
      if (at < start || at >= end) continue;
      // The read's own objects, made for this call: moved in place, as a copy of each would double the garbage.
      finding.start = at;
      finding.end += from;
      found(finding);
    }
    start = end;
  }
}
