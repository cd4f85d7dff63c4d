import {
  slipKeys,
  startsWithinOneSlip,
  TYPO_MIN_LENGTH,
  withinOneSlip,
  writtenLength,
} from "../../text/typo-tolerance";
import { foldFirst, foldSecond, foldText, NO_SYMBOL, SYMBOL_COUNT, symbolAt, symbolsOf } from "./fold";
import type { Pattern } from "./patterns";
import { foldedStem } from "./stem";
import type { LexiconLang } from "./types";

/**
 * The category terms a word of the mail may name with one slip of the finger ("diabtes", "sygemledt",
 * "Krankenhuas"), by the rule the classifier's keywords follow (text/typo-tolerance.ts): single-word terms of
 * TYPO_MIN_LENGTH letters or more, the first letter as written, and only for words that match no lexicon entry as
 * written. Shorter terms stay exact: one letter off "gravid" or "astma" is too often another word.
 */
interface Tolerant {
  pattern: number;
  /** The term's word, folded. */
  word: string;
  /** For a term that may go on ("prefix", "any"): its folded start, when long enough to be matched with a slip. */
  start: string | null;
  /** For a stemmed term: its folded stem, which the stem of a slipped inflection may be one slip from. */
  stem: string | null;
  lang: LexiconLang;
  /** The word's slip keys, worked out the first time a word of a mail is looked up under one of their bits. */
  keys?: readonly string[];
}

const NONE: readonly number[] = [];
/** Bounded so a mail of a million distinct long words cannot grow it without limit. */
const MEMO_LIMIT = 20_000;
const DIGIT = /\d/;
/**
 * Only terms at least this strong tolerate a slip. Weaker ones are often everyday words, and everyday words lie one
 * slip from each other: in the corpus's own mails "flytning" (moving) is one letter from "flygtning", "Kirsten" from
 * "kristen", "skyldner" from "skylder".
 */
const STRONG_WEIGHT = 0.7;
/** A stem shorter than this ("diabet") is one slip from too many other words' stems to compare with a slip. */
const STEM_MIN_LENGTH = TYPO_MIN_LENGTH;

/**
 * A cheap test every long word that matched nothing passes through before the keys are looked at, on its first
 * symbols w0..w4 and each term's t0..t5. A slip after the third symbol leaves the first three as they are: (w0, w1,
 * w2) is some term's (t0, t1, t2). A slip at the second or third leaves the first and, shifted by what the slip
 * did, two later ones: (w0, w3, w4) is (t0, t4, t5) after a dropped letter, (t0, t2, t3) after an added one,
 * (t0, t3, t4) after a changed or swapped one, or (t0, t2, t4) after swapping the third and fourth. The triples are
 * flags in one table indexed by three symbols; a few percent of a mail's words pass.
 */
const START_FLAG = 1;
const SHIFTED_FLAG = 2;
const tripleAt = (a: number, b: number, c: number): number => (a * SYMBOL_COUNT + b) * SYMBOL_COUNT + c;

/**
 * The second test, for the words that pass the first: the keys themselves (slipKeys: a word's first KEY_SYMBOLS
 * symbols with one left out), hashed as polynomials in BASE over their symbols (each plus one) modulo 2^32, as bits of
 * a filter. The key without the symbol at k is then (hash of those before k) × BASE^(KEY_SYMBOLS − 1 − k) + (the
 * rest's part), so all of a word's keys cost one pass each way over its start.
 */
const KEY_SYMBOLS = TYPO_MIN_LENGTH;
const KEY_BITS = 18;
const BASE = 0x01000193;
const POWERS = Int32Array.from({ length: KEY_SYMBOLS }, (_, m) => {
  let power = 1;
  for (let i = 0; i < m; i++) power = Math.imul(power, BASE);
  return power;
});
const bitOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - KEY_BITS);

/** A key's polynomial, as the index files it, from the key's folded characters. */
function keyHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash, BASE) + symbolAt(key, i) + 1;
  return hash | 0;
}

/** keyHash() of a word's first KEY_SYMBOLS symbols with the one at `out` left out (none: −1). */
function keyHashWithout(symbols: ArrayLike<number>, out: number): number {
  const n = Math.min(symbols.length, KEY_SYMBOLS);
  let hash = 0;
  for (let i = 0; i < n; i++) if (i !== out) hash = Math.imul(hash, BASE) + (symbols[i] ?? 0) + 1;
  return hash | 0;
}

/** The folded symbols of a word's start and the hashes of their prefixes and suffixes (one scan at a time). */
const head = new Int32Array(KEY_SYMBOLS);
const prefixHash = new Int32Array(KEY_SYMBOLS + 1);
/** suffixHash[KEY_SYMBOLS] stays 0. */
const suffixHash = new Int32Array(KEY_SYMBOLS + 1);

export class SlipIndex {
  /**
   * The terms by the filter bit of each of their keys (see KEY_SYMBOLS), in pattern order. Filed by bit rather than
   * by the key itself: the keys of a thousand terms as strings cost some 10 ms of the worker's start, and a word of
   * a mail is rarely looked up; a lookup keeps only the terms that have the key itself.
   */
  private readonly byBit = new Map<number, Tolerant[]>();
  /**
   * The triples of the terms' first symbols (see START_FLAG). The scanner asks for every long word that matched
   * nothing, so most answers must cost a few table reads, not a string and a map lookup.
   */
  private readonly triples = new Uint8Array(SYMBOL_COUNT * SYMBOL_COUNT * SYMBOL_COUNT);
  /** Every key's bit (see KEY_SYMBOLS). */
  private readonly keyFilter = new Uint32Array(1 << (KEY_BITS - 5));
  /** The patterns each word of the mail (as written) names with a slip, mostly none: mails repeat their words. */
  private readonly memo = new Map<string, readonly number[]>();

  constructor(patterns: readonly Pattern[]) {
    patterns.forEach((pattern, index) => {
      if (pattern.role !== "term" || pattern.weight < STRONG_WEIGHT || pattern.folded.includes(" ")) return;
      const word = foldText(pattern.code);
      if (word.includes(" ") || DIGIT.test(word) || writtenLength(word) < TYPO_MIN_LENGTH) return;
      const tolerant: Tolerant = {
        pattern: index,
        word,
        start:
          pattern.mode !== "none" && writtenLength(pattern.folded) >= TYPO_MIN_LENGTH ? pattern.folded : null,
        stem:
          pattern.lastStem !== null && writtenLength(pattern.lastStem) >= STEM_MIN_LENGTH
            ? pattern.lastStem
            : null,
        lang: pattern.lang,
      };
      const symbols = symbolsOf(word);
      this.fileTriples(symbols);
      this.fileKeys(symbols, tolerant);
    });
  }

  /** Files the term under the bit of each of its keys: slipKeys() of its word, hashed from its folded symbols. */
  private fileKeys(symbols: Uint8Array, tolerant: Tolerant): void {
    if (symbols.length < KEY_SYMBOLS - 1) return;
    // A word of KEY_SYMBOLS − 1 symbols is its own key.
    if (symbols.length === KEY_SYMBOLS - 1) {
      this.fileKey(keyHashWithout(symbols, -1), tolerant);
      return;
    }
    for (let out = 0; out < KEY_SYMBOLS; out++) {
      // Leaving out any symbol of a run of equal ones gives the same key, as in slipKeys().
      if (out > 0 && symbols[out] === symbols[out - 1]) continue;
      this.fileKey(keyHashWithout(symbols, out), tolerant);
    }
  }

  private fileKey(hash: number, tolerant: Tolerant): void {
    const bit = bitOf(hash);
    this.keyFilter[bit >>> 5] = (this.keyFilter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    const list = this.byBit.get(bit);
    if (list === undefined) this.byBit.set(bit, [tolerant]);
    else if (list[list.length - 1] !== tolerant) list.push(tolerant);
  }

  private fileTriples(t: Uint8Array): void {
    const [t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0] = t;
    const flag = (at: number, value: number): void => {
      this.triples[at] = (this.triples[at] ?? 0) | value;
    };
    flag(tripleAt(t0, t1, t2), START_FLAG);
    for (const [a, b] of [
      [t4, t5],
      [t2, t3],
      [t3, t4],
      [t2, t4],
    ] as const)
      flag(tripleAt(t0, a, b), SHIFTED_FLAG);
  }

  /** The patterns the word text[start, end) (a word of the mail no entry matched) names with one slip. */
  patternsAt(text: string, start: number, end: number): readonly number[] {
    let n = 0;
    for (let i = start; i < end && n < KEY_SYMBOLS; i++) {
      const unit = text.charCodeAt(i);
      head[n++] = foldFirst[unit] ?? 0;
      const second = foldSecond[unit] ?? NO_SYMBOL;
      if (second !== NO_SYMBOL && n < KEY_SYMBOLS) head[n++] = second;
    }
    if (n < KEY_SYMBOLS - 1) return NONE;
    const first = head[0] ?? 0;
    const near =
      ((this.triples[tripleAt(first, head[1] ?? 0, head[2] ?? 0)] ?? 0) & START_FLAG) !== 0 ||
      ((this.triples[tripleAt(first, head[3] ?? 0, head[4] ?? 0)] ?? 0) & SHIFTED_FLAG) !== 0;
    return near && this.mayHaveKey(n) ? this.patternsOf(text.slice(start, end)) : NONE;
  }

  /** Whether one of the keys of the word whose first n symbols are in `head` may be filed. */
  private mayHaveKey(n: number): boolean {
    for (let k = 0; k < n; k++) prefixHash[k + 1] = Math.imul(prefixHash[k] ?? 0, BASE) + (head[k] ?? 0) + 1;
    // A word of KEY_SYMBOLS − 1 symbols is its own key.
    if (n < KEY_SYMBOLS) return this.hasKey(prefixHash[n] ?? 0);
    for (let k = KEY_SYMBOLS - 1; k >= 0; k--)
      suffixHash[k] =
        (suffixHash[k + 1] ?? 0) + Math.imul((head[k] ?? 0) + 1, POWERS[KEY_SYMBOLS - 1 - k] ?? 0);
    // The key without the first symbol is never needed: a slip leaves the first letter as it is (fits), and the key
    // a slip after it shares with the term leaves out a later one.
    for (let k = 1; k < KEY_SYMBOLS; k++) {
      if (
        this.hasKey(
          Math.imul(prefixHash[k] ?? 0, POWERS[KEY_SYMBOLS - 1 - k] ?? 0) + (suffixHash[k + 1] ?? 0),
        )
      )
        return true;
    }
    return false;
  }

  private hasKey(hash: number): boolean {
    const bit = bitOf(hash | 0);
    return ((this.keyFilter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  /** The patterns the word `written` names with one slip. */
  private patternsOf(written: string): readonly number[] {
    let found = this.memo.get(written);
    if (found === undefined) {
      found = this.lookUp(written);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(written, found);
    }
    return found;
  }

  private lookUp(written: string): readonly number[] {
    if (DIGIT.test(written)) return NONE;
    const word = foldText(written);
    let found: number[] | undefined;
    for (const key of slipKeys(word)) {
      for (const tolerant of this.byBit.get(bitOf(keyHash(key))) ?? NONE_TOLERANT) {
        if (
          found?.includes(tolerant.pattern) ||
          !hasKey(tolerant, key) ||
          !this.fits(tolerant, word, written)
        )
          continue;
        (found ??= []).push(tolerant.pattern);
      }
    }
    return found ?? NONE;
  }

  private fits(tolerant: Tolerant, word: string, written: string): boolean {
    // A slip in the first letter is rare (people see the start of what they type), as for the keywords.
    if (word.charCodeAt(0) !== tolerant.word.charCodeAt(0)) return false;
    if (withinOneSlip(word, tolerant.word)) return true;
    if (tolerant.start !== null && startsWithinOneSlip(word, tolerant.start)) return true;
    return (
      tolerant.stem !== null && withinOneSlip(foldedStem(written.toLowerCase(), tolerant.lang), tolerant.stem)
    );
  }
}

const NONE_TOLERANT: readonly Tolerant[] = [];

/** Whether the term is filed under the key itself, not only under its bit. */
function hasKey(tolerant: Tolerant, key: string): boolean {
  tolerant.keys ??= slipKeys(tolerant.word);
  return tolerant.keys.includes(key);
}
