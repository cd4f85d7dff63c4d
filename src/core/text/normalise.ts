/**
 * Unicode normalisation that defeats the usual ways of hiding a number from a scanner (zero-width characters inside
 * it, full-width digits, non-breaking or typographic hyphens and spaces), while keeping a map back to the original
 * text so a finding in normalised text can still point at what the sender wrote.
 *
 * What changes:
 * - NFKC (full-width digits and letters, compatibility spaces, ligatures, composed accents);
 * - every format character (Unicode category Cf: zero-width characters, the soft hyphen, left-to-right and
 *   right-to-left marks, directional embeddings, overrides and isolates, word joiners, tags), the combining grapheme
 *   joiner U+034F and every variation selector (U+FE00–U+FE0F, U+E0100–U+E01EF, the Mongolian U+180B–U+180D,
 *   U+180F) are removed: none of them is visible, so a number with one inside reads the same to a person;
 * - every decimal digit (category Nd: Arabic-Indic, Devanagari, Bengali, Thai …) becomes its ASCII digit;
 * - odd spaces become " " (NFKC already maps most; U+1680 it does not);
 * - hyphens and dashes (U+2010–U+2015, U+2043, U+2212, U+FE58, U+FE63, U+FF0D) become "-";
 * - line endings become "\n" (CRLF, CR, NEL U+0085, U+2028, U+2029).
 *
 * NFKC is applied per cluster (a character and the combining marks after it), not across the whole string, so each
 * output character can be traced to its source. That differs from whole-string NFKC only for compositions between
 * two starters (Hangul jamo, a few Indic vowel signs), which do not occur in the Danish, English and German mail
 * this engine reads.
 */

export interface NormalisedText {
  /** The normalised text the detectors read. */
  text: string;
  /** Offset in the original text of the character at `offset` in the normalised text (or of the end, at length). */
  toOriginal(offset: number): number;
  /** The original span that produced normalised [start, end); never empty when the normalised span is not. */
  originalSpan(start: number, end: number): { start: number; end: number };
}

/**
 * Characters that may change: anything outside ASCII and the Latin-1 letters (À–ÿ are NFKC-stable), any character
 * followed by combining marks, and CR (for line endings). Most Danish mail matches this only at a few places.
 */
// eslint-disable-next-line no-control-regex -- the class names the ASCII range on purpose
const MAY_CHANGE = /\r\n?|[^\x00-\x7F\u00C0-\u00FF]\p{M}*|[\x00-\x7F\u00C0-\u00FF]\p{M}+/gu;

const INVISIBLE = /[\p{Cf}\u034F\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/gu;
const ODD_SPACE = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const DASH = /[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/gu;
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/gu;

/** Results for single characters, which is what almost every cluster is: the same few turn up again and again. */
const singleCharacters = new Map<string, string>();
const MAX_REMEMBERED = 4096;

function normaliseCluster(cluster: string): string {
  const isSingle = cluster.length === 1 || (cluster.length === 2 && (cluster.codePointAt(0) ?? 0) > 0xffff);
  if (!isSingle) return normaliseUncached(cluster);
  let result = singleCharacters.get(cluster);
  if (result === undefined) {
    result = normaliseUncached(cluster);
    if (singleCharacters.size < MAX_REMEMBERED) singleCharacters.set(cluster, result);
  }
  return result;
}

function normaliseUncached(cluster: string): string {
  return cluster
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACE, " ")
    .replace(DASH, "-")
    .replace(LINE_BREAK, "\n")
    .replace(NON_ASCII_DIGIT, asciiDigit);
}

function isDecimalDigit(codePoint: number): boolean {
  return DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));
}

/**
 * The ASCII digit of any decimal digit. Unicode encodes every decimal digit system as one contiguous run 0–9 (a
 * stability policy), and adjacent systems (the mathematical digits) as whole runs of ten, so a digit's value is its
 * distance from the start of the contiguous block of digits it stands in, modulo 10. That covers the systems Unicode
 * adds later without a table to keep.
 */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0) ?? 0;
  let zero = codePoint;
  while (isDecimalDigit(zero - 1)) zero--;
  return String((codePoint - zero) % 10);
}

/**
 * Changed clusters, in order. Outside them the texts agree character for character, shifted by the difference in
 * length accumulated so far.
 */
interface ChangedSpans {
  normStart: number[];
  normEnd: number[];
  origStart: number[];
  origEnd: number[];
}

/** Index of the last changed span whose normalised start is <= offset, or -1. */
function lastSpanAtOrBefore(spans: ChangedSpans, offset: number): number {
  let lo = 0;
  let hi = spans.normStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans.normStart[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function at(values: number[], index: number): number {
  return values[index] ?? 0;
}

export function normaliseText(original: string): NormalisedText {
  const spans: ChangedSpans = { normStart: [], normEnd: [], origStart: [], origEnd: [] };
  const parts: string[] = [];
  let copiedUpTo = 0;
  let normLength = 0;
  MAY_CHANGE.lastIndex = 0;
  for (let m = MAY_CHANGE.exec(original); m !== null; m = MAY_CHANGE.exec(original)) {
    const cluster = m[0];
    const replacement = normaliseCluster(cluster);
    if (replacement === cluster) continue;
    parts.push(original.slice(copiedUpTo, m.index), replacement);
    normLength += m.index - copiedUpTo;
    copiedUpTo = m.index + cluster.length;
    // One character for one (a full-width digit, a non-breaking space) keeps every offset where it was.
    if (cluster.length !== 1 || replacement.length !== 1) {
      spans.normStart.push(normLength);
      spans.origStart.push(m.index);
      spans.normEnd.push(normLength + replacement.length);
      spans.origEnd.push(copiedUpTo);
    }
    normLength += replacement.length;
  }
  if (parts.length === 0) {
    return { text: original, toOriginal: (offset) => offset, originalSpan: (start, end) => ({ start, end }) };
  }
  parts.push(original.slice(copiedUpTo));
  const text = parts.join("");

  const toOriginal = (offset: number): number => {
    const i = lastSpanAtOrBefore(spans, offset);
    if (i < 0) return offset;
    if (offset < at(spans.normEnd, i)) return at(spans.origStart, i);
    return at(spans.origEnd, i) + (offset - at(spans.normEnd, i));
  };
  const originalEnd = (end: number): number => {
    // The end of a span is the end of the source of its last character.
    if (end <= 0) return toOriginal(end);
    const i = lastSpanAtOrBefore(spans, end - 1);
    if (i >= 0 && end - 1 < at(spans.normEnd, i)) return at(spans.origEnd, i);
    return toOriginal(end - 1) + 1;
  };
  return {
    text,
    toOriginal,
    originalSpan: (start, end) =>
      end <= start
        ? { start: toOriginal(start), end: toOriginal(start) }
        : { start: toOriginal(start), end: originalEnd(end) },
  };
}
