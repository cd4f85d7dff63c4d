import { foldText } from "../detect/lexicon/fold";

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Classification reads at most this much of each part of a mail. What a mail is about shows at its start; a 10 MB
 * body must not cost more than its first pages.
 */
export const MAX_CLASSIFIED_CHARS = 20_000;

/** The folded, lower-case words of a text, in order. */
export function foldedWords(text: string, maxChars = MAX_CLASSIFIED_CHARS): string[] {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const out: string[] = [];
  for (const match of source.toLowerCase().matchAll(WORD)) out.push(foldText(match[0]));
  return out;
}

export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
