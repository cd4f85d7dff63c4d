import * as fold from "../detect/lexicon/fold";

/**
 * Classification reads at most this much of each part of a mail. What a mail is about shows at its start; a 10 MB
 * body must not cost more than its first pages.
 */
export const MAX_CLASSIFIED_CHARS = 20_000;

const SYMBOL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 *";
// The folding tables, read once when the module loads (as in lexicon/scan.ts): a loader that does not bundle reads an
// imported name through a getter at each use, and this loop reads them for every character of every mail.
const { charClass, foldFirst, foldSecond, CLASS_WORD, NO_SYMBOL, OTHER_LETTER_SYMBOL } = fold;
const classifyUnit = fold.classify;

function isPlain(unit: number): boolean {
  return (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57);
}

function foldRun(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    out += SYMBOL_CHARS[foldFirst[unit] ?? OTHER_LETTER_SYMBOL] ?? "*";
    const second = foldSecond[unit] ?? NO_SYMBOL;
    if (second !== NO_SYMBOL) out += SYMBOL_CHARS[second] ?? "*";
  }
  return out;
}

/**
 * The folded, lower-case words of a text, in order: runs of letters and digits, folded as the lexicon folds them
 * (æ → ae, accents and case gone). Every mail passes through here, so plain a–z/0–9 words are sliced, not rebuilt.
 */
export function foldedWords(text: string, maxChars = MAX_CLASSIFIED_CHARS): string[] {
  const end = Math.min(text.length, maxChars);
  const out: string[] = [];
  let start = -1;
  let plain = true;
  for (let i = 0; i <= end; i++) {
    const unit = i < end ? text.charCodeAt(i) : 32;
    const word = i < end && (charClass[unit] || classifyUnit(unit)) >= CLASS_WORD;
    if (word) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (plain && !isPlain(unit)) plain = false;
    } else if (start >= 0) {
      out.push(plain ? text.slice(start, i) : foldRun(text, start, i));
      start = -1;
    }
  }
  return out;
}

export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
