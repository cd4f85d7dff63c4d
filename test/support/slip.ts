/** The kinds of slip of the finger the typo-tolerant matchers accept: a letter dropped, added, changed, or swapped. */
export const SLIP_KINDS = 4;

/**
 * `word` with one slip of kind 0..3 at `at` (after the first letter): `letter` is the one added or typed instead.
 * For property tests of the matchers that tolerate one slip.
 */
export function slipped(word: string, kind: number, at: number, letter: string): string {
  const slips = [
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + letter + word.slice(at),
    word.slice(0, at) + letter + word.slice(at + 1),
    word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2),
  ];
  return slips[kind] ?? word;
}
