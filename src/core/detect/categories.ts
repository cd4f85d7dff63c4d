import type { Location } from "../taxonomy";
import type { Finding } from "./finding";
import { lexiconFor, type CompiledLexicon } from "./lexicon/compile";
import { hasLetterSymbol } from "./lexicon/fold";
import { scanText, type WindowMatches } from "./lexicon/scan";
import { SentenceScorer } from "./sentence-score";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "./settings";

/** One function for every scan, with the scan's scorer as context: a closure per scan would cost the scanner its optimised code. */
function readSentence(window: WindowMatches, scorer: SentenceScorer): void {
  scorer.read(window);
}

/**
 * Scorers between scans. A scorer holds some sixty working lists and a pool of hits; building one for every text of
 * every mail made a typical mail's analysis a sixth slower. A scan takes an idle one, or a new one when none is idle
 * (a scan inside a scan), and gives it back.
 */
const idleScorers: SentenceScorer[] = [];

/**
 * Finds sensitive categories (health, social, criminal matters and the other art. 9 kinds) in one text of a mail:
 * one finding per category per sentence whose confidence reaches the threshold. The finding spans the category's
 * words in that sentence; `value` lists them, `masked` is the category's Danish name, and the reasons name the
 * lexicon terms and cues that decided. Sentences without a term cost no more than the scan.
 */
export function detectCategories(
  text: string,
  where: Location,
  settings: DetectionSettings = DEFAULT_DETECTION_SETTINGS,
): Finding[] {
  const lexicon = lexiconFor(settings);
  if (lexicon.everyPatternHasLetter && !hasLetterSymbol(text)) return [];
  const scorer = idleScorers.pop() ?? new SentenceScorer();
  try {
    scorer.start(text, where, lexicon, settings.threshold);
    scanText(text, lexicon, readSentence, scorer);
    return scorer.finish();
  } finally {
    idleScorers.push(scorer);
  }
}

interface TermSearch {
  lexicon: CompiledLexicon;
  threshold: number;
  found: boolean;
}

/** Sets `found` at the first term strong enough to be a finding alone; cues and excludes do not count. */
function noteStrongTerm(window: WindowMatches, search: TermSearch): void {
  const { termCategory, weights } = search.lexicon;
  for (let k = 0; k < window.count && !search.found; k++) {
    const pattern = window.pattern[k] ?? -1;
    search.found = (termCategory[pattern] ?? -1) >= 0 && (weights[pattern] ?? 0) >= search.threshold;
  }
}

/**
 * Whether `text` holds a word of the sensitive-data lexicon whose own weight reaches the threshold ("hiv", "kræft",
 * "muslim"), with or without the context a finding needs. For a short text such as a person's name, where context
 * cues are beside the point. Weaker terms are words with everyday meanings the lexicon itself rates as weak evidence
 * ("syg"; "christian", a common first name).
 */
export function holdsStrongLexiconTerm(
  text: string,
  settings: DetectionSettings = DEFAULT_DETECTION_SETTINGS,
): boolean {
  const lexicon = lexiconFor(settings);
  if (lexicon.everyPatternHasLetter && !hasLetterSymbol(text)) return false;
  const search: TermSearch = { lexicon, threshold: settings.threshold, found: false };
  scanText(text, lexicon, noteStrongTerm, search);
  return search.found;
}
