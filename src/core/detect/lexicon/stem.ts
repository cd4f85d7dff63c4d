import { stemmer as danish } from "@orama/stemmers/danish";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as german } from "@orama/stemmers/german";
import shipped from "./data/stems.json";
import { foldText } from "./fold";
import type { LexiconLang } from "./types";

/*
 * Snowball stemmers from @orama/stemmers: one small ES module per language (about 5 KB each), where the
 * snowball-stemmers package ships all 24 languages in one 850 KB file that a bundler cannot split.
 */
const STEMMERS: Record<LexiconLang, (word: string) => string> = {
  da: danish,
  en: english,
  // German is stemmed folded (ä → ae): the German stemmer writes ä as a, and the stem "raumungsklag" shares only
  // "ra" with the folded "raeumungsklage", a pattern that ends inside a letter and so never matches.
  de: (word) => german(foldText(word)),
};

/** The stem of a lower-case word, folded like mail text (æ → ae, ø → oe, å → aa), computed afresh. */
export function stemOf(word: string, lang: LexiconLang): string {
  return foldText(STEMMERS[lang](word));
}

/** Bounded so a mail of a million distinct words cannot grow it without limit. */
const MEMO_LIMIT = 20_000;
/*
 * Starts with the stems of the shipped lexicons' words (data/stems.json, written by `npm run lexicon-stems`; a unit
 * test fails when it is stale): stemming those 700 words at every start took some 15–20 ms of the triage worker's
 * warm-up, the stems themselves cost nothing to read.
 */
const memo: Record<LexiconLang, Map<string, string>> = {
  da: new Map(Object.entries(shipped.da)),
  en: new Map(Object.entries(shipped.en)),
  de: new Map(Object.entries(shipped.de)),
};

/** The stem of a lower-case word, folded like mail text (æ → ae, ø → oe, å → aa). */
export function foldedStem(word: string, lang: LexiconLang): string {
  const cache = memo[lang];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemOf(word, lang);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
