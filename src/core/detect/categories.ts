import { CATEGORY_KINDS, type Location } from "../taxonomy";
import type { Finding } from "./finding";
import { lexiconFor, type CompiledLexicon } from "./lexicon/compile";
import { hasLetterSymbol } from "./lexicon/fold";
import { scanText, type WindowMatches } from "./lexicon/scan";
import { scoreSentence } from "./sentence-score";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "./settings";

export { CATEGORY_NAMES_DA } from "./sentence-score";

/** Per category: the chance that none of the sentence's terms applies; scratch space for worthScoring. */
const noTerm = new Float64Array(CATEGORY_KINDS.length);

/**
 * Whether some category could reach the threshold in this sentence: even with the strongest disclosure the
 * confidence is at most T, so a sentence whose terms alone stay below the threshold ("Vores læge …") is skipped
 * before any scoring work. Most sentences have no term at all and cost one table read per match.
 */
function worthScoring(window: WindowMatches, lexicon: CompiledLexicon, threshold: number): boolean {
  const { termCategory, weights } = lexicon;
  /** Bit c is set once category c has a term in this sentence, so noTerm needs no clearing. */
  let seen = 0;
  for (let k = 0; k < window.count; k++) {
    const index = window.pattern[k] ?? -1;
    const category = termCategory[index] ?? -1;
    if (category < 0) continue;
    const bit = 1 << category;
    const none = ((seen & bit) === 0 ? 1 : (noTerm[category] ?? 1)) * (1 - (weights[index] ?? 0));
    seen |= bit;
    noTerm[category] = none;
    if (1 - none >= threshold) return true;
  }
  return false;
}

/** What the category scan carries from one sentence to the next. */
interface CategoryScan {
  text: string;
  where: Location;
  lexicon: CompiledLexicon;
  threshold: number;
  findings: Finding[];
  previousSerial: number;
  /** The previous sentence's shared disclosure cues, flat: pattern, rawStart, rawEnd (reused: see count). */
  previousDisclosure: number[];
  previousDisclosureCount: number;
}

function onSentence(window: WindowMatches, scan: CategoryScan): void {
  const { lexicon, previousDisclosure } = scan;
  if (worthScoring(window, lexicon, scan.threshold)) {
    const adjacent = scan.previousSerial === window.serial - 1;
    scoreSentence(
      scan.text,
      scan.where,
      window,
      lexicon,
      previousDisclosure,
      adjacent ? scan.previousDisclosureCount : 0,
      scan.threshold,
      scan.findings,
    );
  }
  scan.previousSerial = window.serial;
  // Overwritten in place: shortening the array would free its storage, and every sentence would allocate anew.
  let count = 0;
  for (let k = 0; k < window.count; k++) {
    const index = window.pattern[k] ?? -1;
    if (lexicon.sharedDisclosure[index] === 1) {
      previousDisclosure[count++] = index;
      previousDisclosure[count++] = window.rawStart[k] ?? 0;
      previousDisclosure[count++] = window.rawEnd[k] ?? 0;
    }
  }
  scan.previousDisclosureCount = count;
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
  const scan: CategoryScan = {
    text,
    where,
    lexicon,
    threshold: settings.threshold,
    findings: [],
    previousSerial: -2,
    previousDisclosure: [],
    previousDisclosureCount: 0,
  };
  scanText(text, scan.lexicon, onSentence, scan);
  return scan.findings;
}
