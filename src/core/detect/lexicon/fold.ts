/**
 * Folding of the mail's characters into the small alphabet the lexicon automaton runs on: a–z, 0–9, one word
 * separator and one "other letter". Case and accents go, and æ/ø/å become ae/oe/aa, so "Kræft", "KRAEFT" and "kraeft"
 * are the same word to the matcher. Tables are filled lazily per UTF-16 code unit, so a scan costs a few array reads
 * per character.
 */

export const SYMBOL_COUNT = 38;
export const SEPARATOR_SYMBOL = 36;
export const OTHER_LETTER_SYMBOL = 37;
/** foldSecond[] value for a character that folds to one symbol. */
export const NO_SYMBOL = 255;

/** Character classes the scanner acts on; 0 means "not classified yet". */
export const CLASS_SEPARATOR = 1;
export const CLASS_SPACE = 2;
export const CLASS_NEWLINE = 3;
export const CLASS_PERIOD = 4;
export const CLASS_QUESTION = 5;
export const CLASS_EXCLAMATION = 6;
/** Word characters: letters and digits; CLASS_WORD_LOWER is a lower-case letter (matters after a full stop). */
export const CLASS_WORD = 7;
export const CLASS_WORD_LOWER = 8;

const UNITS = 0x10000;
export const charClass = new Uint8Array(UNITS);
export const foldFirst = new Uint8Array(UNITS);
export const foldSecond = new Uint8Array(UNITS);

const SPECIAL: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  å: "aa",
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  œ: "oe",
  þ: "th",
  ð: "d",
  ł: "l",
  đ: "d",
  ı: "i",
};

const PLAIN = /^[a-z0-9]{1,2}$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
const WHITESPACE = /\s/;

function symbolOf(folded: string): number {
  const c = folded.charCodeAt(0);
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  return OTHER_LETTER_SYMBOL;
}

/** The folded form of one character: "" for a separator, "*" for a letter outside the Latin alphabet. */
function foldCharacter(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  const base = lower.normalize("NFD").replace(MARKS, "");
  if (PLAIN.test(base)) return base;
  return LETTER_OR_DIGIT.test(ch) ? "*" : "";
}

/** Classifies a code unit on first sight and returns its class. */
export function classify(unit: number): number {
  const ch = String.fromCharCode(unit);
  let cls: number;
  if (unit === 10 || unit === 11 || unit === 12 || unit === 0x85 || unit === 0x2028 || unit === 0x2029) {
    cls = CLASS_NEWLINE;
  } else if (WHITESPACE.test(ch)) {
    cls = CLASS_SPACE;
  } else if (unit === 46) {
    cls = CLASS_PERIOD;
  } else if (unit === 63) {
    cls = CLASS_QUESTION;
  } else if (unit === 33) {
    cls = CLASS_EXCLAMATION;
  } else {
    const folded = foldCharacter(ch);
    if (folded === "") {
      cls = CLASS_SEPARATOR;
    } else {
      foldFirst[unit] = symbolOf(folded);
      foldSecond[unit] = folded.length > 1 ? symbolOf(folded.slice(1)) : NO_SYMBOL;
      const isLower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
      cls = isLower ? CLASS_WORD_LOWER : CLASS_WORD;
    }
  }
  charClass[unit] = cls;
  return cls;
}

/** Whether a symbol stands for a letter (a–z or another alphabet's), not a digit or the separator. */
function isLetterSymbol(symbol: number): boolean {
  return symbol < 26 || symbol === OTHER_LETTER_SYMBOL;
}

/** Whether a folded word or phrase (see foldText) holds a letter: one without cannot match inside a letterless text. */
export function foldedHasLetter(folded: string): boolean {
  for (const ch of folded) if (ch !== " " && isLetterSymbol(symbolOf(ch))) return true;
  return false;
}

/**
 * Whether the text has a character that folds to a letter. Text without one (a run of digits, a line of hyphens)
 * cannot hold a lexicon entry that has a letter, so it need not be scanned.
 */
export function hasLetterSymbol(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const cls = charClass[unit] || classify(unit);
    if (
      cls >= CLASS_WORD &&
      (isLetterSymbol(foldFirst[unit] ?? 0) || isLetterSymbol(foldSecond[unit] ?? NO_SYMBOL))
    )
      return true;
  }
  return false;
}

const SYMBOL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 *";

/**
 * Folds a word or phrase the way the scanner folds mail text: words joined by single spaces, no leading or trailing
 * space. "Vold i hjemmet" → "vold i hjemmet", "dna-prøve" → "dna proeve".
 */
export function foldText(text: string): string {
  let out = "";
  let separatorDue = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const cls = charClass[unit] || classify(unit);
    if (cls < CLASS_WORD) {
      separatorDue = out.length > 0;
      continue;
    }
    if (separatorDue) out += " ";
    separatorDue = false;
    out += SYMBOL_CHARS[foldFirst[unit] ?? OTHER_LETTER_SYMBOL] ?? "*";
    const second = foldSecond[unit] ?? NO_SYMBOL;
    if (second !== NO_SYMBOL) out += SYMBOL_CHARS[second] ?? "*";
  }
  return out;
}

/** The automaton symbols of a folded string (see foldText). */
export function symbolsOf(folded: string): Uint8Array {
  const symbols = new Uint8Array(folded.length);
  for (let i = 0; i < folded.length; i++) symbols[i] = symbolAt(folded, i);
  return symbols;
}

/** symbolsOf(folded)[i], without making the others. */
export function symbolAt(folded: string, i: number): number {
  const ch = folded[i] ?? " ";
  return ch === " " ? SEPARATOR_SYMBOL : symbolOf(ch);
}
