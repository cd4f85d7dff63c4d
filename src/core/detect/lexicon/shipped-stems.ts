import { BASE_CATEGORY_LEXICONS, BASE_CUES } from "./data";
import { stemmedWord } from "./patterns";
import { stemOf } from "./stem";
import { LEXICON_LANGS, type LexiconLang, type TermsByLang } from "./types";

export type StemTable = Record<LexiconLang, Record<string, string>>;

/**
 * What data/stems.json holds: by language, the stem of each shipped lexicon entry's stemmed word, sorted. Cues are
 * stemmed only when they say so; having their stems too costs a few lines and keeps this list free of that rule.
 */
export function shippedStems(): StemTable {
  const lists: (TermsByLang | undefined)[] = [
    BASE_CUES.disclosure,
    BASE_CUES.generalQuestion,
    ...Object.values(BASE_CATEGORY_LEXICONS).flatMap((l) => [
      l.terms,
      l.personTerms,
      l.disclosure,
      l.generalQuestion,
    ]),
  ];
  const table: StemTable = { da: {}, en: {}, de: {} };
  for (const lang of LEXICON_LANGS) {
    const words = [
      ...lists.flatMap((list) => (list?.[lang] ?? []).map((entry) => stemmedWord(entry.term))),
      ...(BASE_CUES.person[lang] ?? []).map(stemmedWord),
    ];
    for (const word of [...new Set(words)].sort()) table[lang][word] = stemOf(word, lang);
  }
  return table;
}
