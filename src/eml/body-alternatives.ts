import { htmlToText } from "../core/text/html-to-text";

/** Letters-and-digits words, lower-cased: what two renderings of one mail should share. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the HTML's words that the plain text may lack before the two count as different mails. */
const MISSING_SHARE = 0.2;

/**
 * Whether the HTML alternative says materially more than the plain one: a number of four or more digits the plain
 * text lacks (a CPR or account number), or over a fifth of its words missing there ("Denne mail kræver HTML" beside
 * the real letter). Line breaks, entities and punctuation are not differences.
 */
function saysMore(htmlText: string, plain: string): boolean {
  const known = new Set(words(plain));
  const htmlWords = words(htmlText);
  const missing = htmlWords.filter((word) => !known.has(word));
  if (missing.some((word) => /^\p{N}{4,}$/u.test(word))) return true;
  return missing.length > MISSING_SHARE * htmlWords.length;
}

/**
 * The text the engine reads from a mail with text/plain and text/html alternatives. Usually they are one letter
 * twice and the plain part is read; when the HTML says materially more (a plain part that only asks for HTML, a
 * number only in the HTML), both are read, plain first, so nothing sensitive in either is missed.
 */
export function bodyText(plain: string, html: string): string {
  const htmlText = htmlToText(html);
  if (plain.trim() === "") return htmlText;
  return saysMore(htmlText, plain) ? `${plain.trimEnd()}\n\n${htmlText}` : plain;
}
