const FOLDS: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  å: "aa",
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  é: "e",
  è: "e",
  ê: "e",
  á: "a",
  à: "a",
  ó: "o",
  ò: "o",
  í: "i",
  ú: "u",
  ç: "c",
  ñ: "n",
};

const NON_ASCII = /[^ -~\t\n\r]/;
const FOLDABLE = /[æøåäöüßéèêáàóòíúçñ]/g;

/**
 * Spells a lower-case word without Danish and German letters (ø → oe, å → aa), so "boligstøtte" and the
 * "boligstoette" of a keyboard without æøå meet.
 */
export function foldWord(word: string): string {
  return NON_ASCII.test(word) ? word.replace(FOLDABLE, (c) => FOLDS[c] ?? c) : word;
}
