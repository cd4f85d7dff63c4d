import { startsWithinOneSlip, TYPO_MIN_LENGTH, withinOneSlip } from "../text/typo-tolerance";
import type { IdentifierKeywords, KeywordHit } from "./identifier-context";

/**
 * Labels of other numbers read through one slip of the finger, by the rule of the keywords and the lexicon
 * (text/typo-tolerance.ts): "Fatkuranr. 0101901234" is an invoice number as much as "Fakturanr." is, and its number
 * is not a CPR number. Only the labels of other numbers (cprNegative) tolerate a slip; a slip may never make a word
 * into one of them when it could as well be a CPR or person word ("personummer"), so the slip can only lower a
 * number's score where the writer meant a label that lowers it.
 *
 * A word is such a label with a slip when, compared without separators ("fakturanr" for "Faktura-nr."):
 * - it has TYPO_MIN_LENGTH letters or more and is one slip from a whole label ("kvitterinsgnummer"), or begins
 *   within one slip of an open one that long ("fatkura…" for "faktura*"), and keeps two letters or more of the
 *   label's number word: "aftalen" (the agreement) is one letter from "aftale-nr", and is not that label;
 * - or it ends in a word for "number" ("nr", "nummer", "no", "id") and the rest is one slip from the label's part
 *   before such a word, or from an open label, of MIN_STEM letters or more: "odrenr" for "ordre*", "biletnr" for
 *   "billet*", "sgasnr" for "sags-nr". A word that ends in "nr" is a label of some number whatever its slip, so
 *   shorter stems are safe there;
 * - and its first letter is the label's: people see the start of what they type.
 * Besides, any compound of a word and "nummer" or "nr" that is not a CPR or person word is such a label
 * ("Målernummer 0101901234"), as written or not.
 */

/** A label's part before its number word; shorter parts ("ref", "ean") are one slip from too many words. */
const MIN_STEM = 4;
/**
 * The fewest letters of a label with a slip: its part before the number word and the shortest number word ("nr").
 * A whole label with a slip has TYPO_MIN_LENGTH or more, which is more.
 */
const MIN_WORD = MIN_STEM + 2;
const NUMBER_WORD = /(?:nummer|numre|number|nr|no|id)$/;
/** Bounded so a mail of a million distinct words cannot grow it without limit. */
const MEMO_LIMIT = 20_000;

interface Label {
  /** The label without separators; for an open one ("faktura*") its start. */
  key: string;
  open: boolean;
  /** The part before a number word at its end ("sags" of "sagsnr"), or the open label's start; null if none. */
  stem: string | null;
}

/** Lower case without separators: "CPR. nr" and "cpr-nr" are both "cprnr". */
export function canonical(word: string): string {
  return word.toLowerCase().replace(/[ .*-]+/g, "");
}

/**
 * Endings that make an open label's stem into a word for a person or a trade, not a number's label: "journal*" is
 * "journalnr." and "journalen", not "journalist" or "journalistik"; "kontrakt*" is not "kontraktør", "contract*" not
 * "contractor", "auftrag*" not "Auftraggeber".
 */
const NOT_A_LABEL_ENDING = /^(?:ist|or|ør|geber)/u;

/** Whether `word`, past an open label's first `stemLength` letters, goes on as that label's word (see above). */
function goesOnAsLabel(word: string, stemLength: number): boolean {
  return !NOT_A_LABEL_ENDING.test(word.slice(stemLength));
}

/** Whether `word` (lower case) starts with the open label `stem` and goes on as that label's word. */
export function startsAsLabel(word: string, stem: string): boolean {
  return word.startsWith(stem) && goesOnAsLabel(word, stem.length);
}

/**
 * A Danish or German compound of some word and "nummer" ("Målernummer", "Zählernummer", "Elevnr"): a number of that
 * thing, and no CPR number unless it is one of the CPR or person words (checked by the caller: "personnummer",
 * "sygesikringsnummer"). Only right before a number, as every label read here.
 */
const COMPOUND_NUMBER_WORDS = ["nummer", "nummeret", "nummern", "nr"] as const;
const NUMBER_COMPOUND = new RegExp(`^\\p{L}{3,}(?:${COMPOUND_NUMBER_WORDS.join("|")})$`, "u");

function isNumberCompound(word: string): boolean {
  return NUMBER_COMPOUND.test(word);
}

/** Whether the word ending at `end` may be such a compound: a test without cutting the word out. */
function endsInNumberWord(lowerCase: string, end: number): boolean {
  for (const numberWord of COMPOUND_NUMBER_WORDS) if (lowerCase.endsWith(numberWord, end)) return true;
  return false;
}

function stemOf(key: string): string | null {
  const match = NUMBER_WORD.exec(key);
  return match === null || key.length - match[0].length < MIN_STEM ? null : key.slice(0, -match[0].length);
}

function labelOf(keyword: string): Label | undefined {
  const key = canonical(keyword);
  if (key.length === 0) return undefined;
  const open = keyword.trim().endsWith("*");
  return { key, open, stem: open ? (key.length >= MIN_STEM ? key : null) : stemOf(key) };
}

/** `items` by the first letter of each one's key: a word is compared only with those that start as it does. */
export function byFirstLetter<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const letter = keyOf(item).charAt(0);
    const list = map.get(letter);
    if (list) list.push(item);
    else map.set(letter, [item]);
  }
  return map;
}

function labelsByFirstLetter(keywords: readonly string[]): Map<string, Label[]> {
  const labels = keywords.map(labelOf).filter((label): label is Label => label !== undefined);
  return byFirstLetter(labels, (label) => label.key);
}

/** Whether the word (canonical) is one of the labels, or one slip from one. */
function matchesWithSlip(word: string, labels: Map<string, Label[]>): boolean {
  const candidates = labels.get(word.charAt(0));
  if (candidates === undefined) return false;
  const stem = stemOf(word);
  for (const label of candidates) {
    // A slip may not leave one letter of a label's number word: "aftalen" (the agreement) is not "aftale-nr".
    const numberWordKept = label.open || label.stem === null || word.length >= label.stem.length + 2;
    if (word.length >= TYPO_MIN_LENGTH && label.key.length >= TYPO_MIN_LENGTH && numberWordKept) {
      const slipped = label.open
        ? startsWithinOneSlip(word, label.key) && goesOnAsLabel(word, label.key.length)
        : withinOneSlip(word, label.key);
      if (slipped) return true;
    }
    if (stem !== null && label.stem !== null && withinOneSlip(stem, label.stem)) return true;
  }
  return false;
}

/** A label read with a slip, and where it stands. */
export interface SlippedLabel {
  start: number;
  end: number;
  hit: KeywordHit;
}

export class LabelSlips {
  private readonly negative: Map<string, Label[]>;
  /** The first letters of `negative`'s labels: a word that starts otherwise is none of them. */
  private readonly firstLetters: ReadonlySet<string>;
  /** CPR and person words: a word that may be one of them is never read as a label of another number. */
  private readonly personal: Map<string, Label[]>;
  /**
   * The CPR and person words that end in a word for "number" ("personnummer", "cprnr"): a compound that ends in one
   * ("Erstatningspersonnummer", a substitute CPR number) is one of them, not another number's label.
   */
  private readonly personalNumberWords: readonly string[];
  /** Per word as written: its hit when it is such a label, else null. Mail repeats its words. */
  private readonly memo = new Map<string, KeywordHit | null>();

  constructor(keywords: IdentifierKeywords) {
    this.negative = labelsByFirstLetter(keywords.cprNegative ?? []);
    this.firstLetters = new Set(this.negative.keys());
    const personal = [...(keywords.cprContext ?? []), ...(keywords.cprPerson ?? [])];
    this.personal = labelsByFirstLetter(personal);
    this.personalNumberWords = personal
      .map(canonical)
      .filter((key) => key.length >= MIN_WORD && endsInNumberWord(key, key.length));
  }

  /**
   * The labels with a slip among the words of `lowerCase` (lower-case text, letters outside the Latin alphabets
   * as "x"; it starts at `offset` of the mail) that start within [from, to), in order. Words that match a keyword as
   * written are found here too: the caller keeps the keyword instead.
   *
   * A word is a run of letters with a separator a label may have inside ("faktura-nr"), not right after a letter or
   * a digit. Read with a loop over a table rather than a regex: a long mail has hundreds of thousands of words near
   * numbers, and a match object and a string for each cost more than the rest of the look-up. Only a word that may
   * be such a label is cut out and looked up: one of MIN_WORD letters or more (see MIN_WORD), whose first letter
   * starts a label or that ends as a compound with "nummer" or "nr" does (isNumberCompound).
   */
  labelsIn(lowerCase: string, offset: number, from: number, to: number): SlippedLabel[] {
    const found: SlippedLabel[] = [];
    const length = lowerCase.length;
    const last = to - offset;
    let i = Math.max(0, from - offset);
    while (i < length && i < last) {
      if (
        kindOf(lowerCase.charCodeAt(i)) !== LETTER ||
        (i > 0 && kindOf(lowerCase.charCodeAt(i - 1)) !== OTHER)
      ) {
        i++;
        continue;
      }
      const start = i;
      // "İ" is the one letter whose lower case (in canonical()) is two characters long.
      let dottedCapitalI = false;
      for (;;) {
        for (; i < length; i++) {
          const unit = lowerCase.charCodeAt(i);
          if (kindOf(unit) !== LETTER) break;
          if (unit === DOTTED_CAPITAL_I) dottedCapitalI = true;
        }
        const unit = lowerCase.charCodeAt(i);
        if ((unit !== DOT && unit !== HYPHEN) || kindOf(lowerCase.charCodeAt(i + 1)) !== LETTER) break;
        i++;
      }
      if (
        (i - start >= MIN_WORD || dottedCapitalI) &&
        (this.firstLetters.has(lowerCase.charAt(start).toLowerCase().charAt(0)) ||
          endsInNumberWord(lowerCase, i))
      ) {
        const written = lowerCase.slice(start, i);
        const hit = this.labelOf(written);
        if (hit !== null) found.push({ start: offset + start, end: offset + i, hit });
      }
    }
    return found;
  }

  private labelOf(written: string): KeywordHit | null {
    let known = this.memo.get(written);
    if (known === undefined) {
      const word = canonical(written);
      const label =
        word.length > MIN_STEM &&
        (matchesWithSlip(word, this.negative) || isNumberCompound(word)) &&
        !matchesWithSlip(word, this.personal) &&
        !this.personalNumberWords.some((key) => word.endsWith(key));
      known = label ? { word: written, categories: ["cprNegative"] } : null;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(written, known);
    }
    return known;
  }
}

/** The letters of the Latin alphabets, as a regex class body: the keywords' text has no others (identifier-context). */
export const LATIN_LETTER = "a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f";
const LATIN_LETTER_CHAR = new RegExp(`^[${LATIN_LETTER}]$`);
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** For each UTF-16 unit below BEYOND_TABLE: LETTER (LATIN_LETTER), DIGIT (0-9) or OTHER. */
const BEYOND_TABLE = 0x250;
const KINDS = Uint8Array.from({ length: BEYOND_TABLE }, (_, unit) => {
  const char = String.fromCharCode(unit);
  if (LATIN_LETTER_CHAR.test(char)) return LETTER;
  return unit >= 0x30 && unit <= 0x39 ? DIGIT : OTHER;
});
const kindOf = (unit: number): number => (unit < BEYOND_TABLE ? (KINDS[unit] ?? OTHER) : OTHER);
const DOT = 0x2e;
const HYPHEN = 0x2d;
const DOTTED_CAPITAL_I = 0x130;

const cache = new WeakMap<IdentifierKeywords, LabelSlips>();

/** The slip reader of a configuration's keywords, made once per keywords object. */
export function labelSlipsFor(keywords: IdentifierKeywords): LabelSlips {
  let slips = cache.get(keywords);
  if (slips === undefined) {
    slips = new LabelSlips(keywords);
    cache.set(keywords, slips);
  }
  return slips;
}
