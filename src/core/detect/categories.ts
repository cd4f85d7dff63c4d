import type { Location } from "../taxonomy";
import type { Finding } from "./finding";
import { lexiconFor } from "./lexicon/compile";
import { hasLetterSymbol } from "./lexicon/fold";
import { scanText, type WindowMatches } from "./lexicon/scan";
import { SentenceScorer } from "./sentence-score";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "./settings";

/** One function for every scan, with the scan's scorer as context: a closure per scan would cost the scanner its optimised code. */
function readSentence(window: WindowMatches, scorer: SentenceScorer): void {
  scorer.read(window);
}

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
  const scorer = new SentenceScorer(text, where, lexicon, settings.threshold);
  scanText(text, lexicon, readSentence, scorer);
  return scorer.findings;
}
