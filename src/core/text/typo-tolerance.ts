/**
 * Tolerance of one slip of the finger (a letter dropped, added, changed, or two neighbours swapped) in the folded
 * words a configured keyword or a strong sensitive-data term (detect/lexicon/slip.ts) is matched against:
 * "boligstøtte" written "boligsøtte" or "bolgistøtte" still names the housing benefit, "diabtes" diabetes. Only
 * words of TYPO_MIN_LENGTH letters or more tolerate a slip: with 6, one letter made another word too often in the
 * corpus's own mails ("klager" and "klarer", "kinder" and "kunder").
 *
 * Candidates are found with a symmetric-delete index on the first letters: a keyword is filed under its first
 * KEY_LENGTH + 1 letters with one of them left out, and a word is looked up the same way, so a slip anywhere finds
 * the keyword with a few map lookups; the candidates are then checked exactly.
 */

export const TYPO_MIN_LENGTH = 7;
const KEY_LENGTH = TYPO_MIN_LENGTH - 1;

const FOLDED_PAIR = /ae|oe|aa/g;

/**
 * Letters of a folded word as written: folding makes æ, ø, å two letters each, and "træner" is one slip from
 * "trainer" only folded. What TYPO_MIN_LENGTH is judged on.
 */
export function writtenLength(folded: string): number {
  return folded.length - (folded.match(FOLDED_PAIR)?.length ?? 0);
}

/**
 * The keys a word is filed and looked up under: its first KEY_LENGTH + 1 letters with one left out, or the word
 * itself when it has only KEY_LENGTH. One slip in a word and the keyword it was meant to be always leaves a key the
 * two share.
 */
export function slipKeys(word: string): string[] {
  if (word.length < KEY_LENGTH) return [];
  if (word.length === KEY_LENGTH) return [word];
  const keys: string[] = [];
  for (let i = 0; i <= KEY_LENGTH; i++) {
    // Leaving out any letter of a run of equal letters gives the same key: only the run's first one is kept. No set,
    // as the engine files the keys of some thousand keywords at start.
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
    keys.push(word.slice(0, i) + word.slice(i + 1, KEY_LENGTH + 1));
  }
  return keys;
}

/** Whether a[aFrom, aEnd) equals b[bFrom, bEnd), compared in place: these run for words of every mail. */
function restEqual(a: string, aEnd: number, b: string, bEnd: number, aFrom: number, bFrom: number): boolean {
  if (aEnd - aFrom !== bEnd - bFrom) return false;
  for (let i = aFrom, j = bFrom; i < aEnd; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Whether a[0, aEnd) and `b` differ by at most one slip: optimal string alignment distance ≤ 1. */
function prefixWithinOneSlip(a: string, aEnd: number, b: string): boolean {
  const lb = b.length;
  if (Math.abs(aEnd - lb) > 1) return false;
  let start = 0;
  while (start < aEnd && start < lb && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start === aEnd && start === lb) return true;
  // After the first difference the rest must line up again, with one letter skipped, changed or swapped.
  if (aEnd === lb) {
    if (restEqual(a, aEnd, b, lb, start + 1, start + 1)) return true;
    return (
      a.charCodeAt(start) === b.charCodeAt(start + 1) &&
      a.charCodeAt(start + 1) === b.charCodeAt(start) &&
      restEqual(a, aEnd, b, lb, start + 2, start + 2)
    );
  }
  return aEnd > lb
    ? restEqual(a, aEnd, b, lb, start + 1, start)
    : restEqual(a, aEnd, b, lb, start, start + 1);
}

/** Whether `a` and `b` differ by at most one slip: optimal string alignment distance ≤ 1. */
export function withinOneSlip(a: string, b: string): boolean {
  return prefixWithinOneSlip(a, a.length, b);
}

/** Whether `word` begins with `prefix` but for one slip, as "boligsøtten" begins with "boligstøtte". */
export function startsWithinOneSlip(word: string, prefix: string): boolean {
  for (let length = prefix.length - 1; length <= prefix.length + 1; length++) {
    if (length <= word.length && prefixWithinOneSlip(word, length, prefix)) return true;
  }
  return false;
}
