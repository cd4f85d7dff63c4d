import { stemmer } from "@orama/stemmers/danish";
import { foldWord } from "./fold";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The Danish Snowball stem of a folded word (see fold.ts): "boligstoette" → "boligstoet". The Danish suffixes the
 * stemmer removes are plain ASCII, so a folded word stems as its spelling with æøå would.
 */
export function stemWord(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = foldWord(stemmer(word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
