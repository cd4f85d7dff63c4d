const DOTTED_CAPITAL_I = /\u0130/;
const ALL_BUT_DOTTED_CAPITAL_I = /[^\u0130]+/g;

/**
 * The text in lower case, one UTF-16 unit for one, so offsets into it are offsets into the text. A case-sensitive
 * search of a lower-case pattern in it finds what a case-insensitive ("i" flag) search finds in the text, and is
 * faster. The one character whose lower case is longer, "İ" (U+0130, lower case "i̇"), is kept as it is: a
 * case-insensitive search matches it only to itself too. The text is NFKC-normalised (normalise.ts), which leaves no
 * other difference that matters to Latin-script words (ſ and the Kelvin sign are folded there).
 */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length || !DOTTED_CAPITAL_I.test(text)) return lower;
  return text.replace(ALL_BUT_DOTTED_CAPITAL_I, (run) => run.toLowerCase());
}
