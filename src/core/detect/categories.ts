import { CATEGORY_KINDS, type CategoryKind, type Location } from "../taxonomy";
import type { Finding } from "./finding";
import { reasonCode } from "./reason-code";
import { lexiconFor, type CompiledLexicon } from "./lexicon/compile";
import { hasLetterSymbol } from "./lexicon/fold";
import type { Pattern } from "./lexicon/patterns";
import { scanText, type WindowMatches } from "./lexicon/scan";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "./settings";

/** The category's name in Danish: what the pane and the CLI show instead of the matched words. */
export const CATEGORY_NAMES_DA: Readonly<Record<CategoryKind, string>> = {
  helbred: "helbredsoplysninger",
  fagforening: "fagforeningsmedlemskab",
  religion: "religiøs overbevisning",
  etnisk: "etnisk oprindelse",
  politisk: "politisk overbevisning",
  seksuel: "seksuelle forhold eller seksuel orientering",
  genetisk_biometrisk: "genetiske eller biometriske data",
  social: "sociale forhold",
  strafbare_forhold: "strafbare forhold",
};

/*
 * Scoring of one sentence for one category:
 *   terms      T = 1 − ∏(1 − w) over the category's distinct terms (one per word: the heaviest);
 *   disclosure D = the same over cues that tie the sentence to a person (shared and the category's own), plus the
 *                  shared cues of the sentence just before at half weight ("Min søn er 7. Han har ADHD.");
 *   general    G = the same over general-question cues ("hvornår", "regler for", a closing "?").
 *   confidence = T × (NEUTRAL + DISCLOSURE_GAIN × D − GENERAL_DAMPING × G × (1 − D)).
 * So one strong term with no cue stays below the default threshold 0.5 (0.85 × 0.55 ≈ 0.47), a strong term about
 * "min søn" clears it, and a general question pulls it down unless a person is named as well.
 */
const NEUTRAL = 0.55;
const DISCLOSURE_GAIN = 0.45;
const GENERAL_DAMPING = 0.45;
const PREVIOUS_SENTENCE_FACTOR = 0.5;

type Cues = Map<string, number>;

/** 1 − ∏(1 − w) over the weights of the cue sets, in order. */
function combine(...cueSets: Cues[]): number {
  let none = 1;
  for (const cues of cueSets) for (const w of cues.values()) none *= 1 - w;
  return 1 - none;
}

interface Hit {
  pattern: Pattern;
  /** The whole words the match stands in. */
  start: number;
  end: number;
  /** The pattern's own characters. */
  rawStart: number;
  rawEnd: number;
  word: number;
}

interface Group {
  terms: Hit[];
  disclosure: Hit[];
  general: Hit[];
  excludes: Hit[];
}

const emptyGroup = (): Group => ({ terms: [], disclosure: [], general: [], excludes: [] });

const CATEGORY_INDEX = Object.fromEntries(CATEGORY_KINDS.map((kind, i) => [kind, i])) as Record<
  CategoryKind,
  number
>;

/**
 * Drops a hit that lies inside another: "syge meldt" counts once, not also as "syg"; "min søn" not also as "min".
 * Of two hits on the same characters the heavier stays. One sort and one sweep.
 */
function outermost(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  sortByPlace(hits);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.rawEnd <= reach) continue;
    kept.push(hit);
    reach = hit.rawEnd;
  }
  return kept;
}

/** Earlier first; of two starting together, the longer, then the heavier; otherwise as they were. */
function comesBefore(a: Hit, b: Hit): boolean {
  if (a.rawStart !== b.rawStart) return a.rawStart < b.rawStart;
  if (a.rawEnd !== b.rawEnd) return a.rawEnd > b.rawEnd;
  return a.pattern.weight > b.pattern.weight;
}

/**
 * Sorts in place by comesBefore, keeping the order of equals. Insertion sort: a sentence has a handful of hits, and
 * Array.prototype.sort would copy each list into a temporary array first.
 */
function sortByPlace(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    let j = i - 1;
    while (j >= 0 && comesBefore(hit, hits[j] as Hit)) {
      hits[j + 1] = hits[j] as Hit;
      j--;
    }
    hits[j + 1] = hit;
  }
}

/** One term per word: the compound "kræftpatient" is one piece of evidence, the heaviest of its parts. */
function heaviestPerWord(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const best = new Map<number, Hit>();
  for (const hit of hits) {
    const known = best.get(hit.word);
    const heavier =
      known === undefined ||
      hit.pattern.weight > known.pattern.weight ||
      (hit.pattern.weight === known.pattern.weight &&
        hit.rawEnd - hit.rawStart > known.rawEnd - known.rawStart);
    if (heavier) best.set(hit.word, hit);
  }
  return [...best.values()];
}

/** The distinct cues among hits, each with its weight. */
function cueWeights(hits: Hit[]): Cues {
  const cues: Cues = new Map();
  for (const { pattern } of outermost(hits))
    cues.set(pattern.code, Math.max(cues.get(pattern.code) ?? 0, pattern.weight));
  return cues;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Adds the reason code of each cue to `out`. */
function addReasons(out: string[], family: string, cues: Cues): void {
  for (const code of cues.keys()) out.push(reasonCode(family, code));
}

/** The words the terms stand in, each once, in order: the finding's value. */
function termWords(text: string, terms: readonly Hit[]): string {
  const words: string[] = [];
  for (const t of terms) {
    const word = text.slice(t.start, t.end);
    if (!words.includes(word)) words.push(word);
  }
  return words.join(", ");
}

/**
 * Sorts one sentence's matches into the shared cues and one group per category that has a term (the others are
 * never scored).
 */
function groupMatches(window: WindowMatches, lexicon: CompiledLexicon) {
  let withTerms = 0;
  for (let k = 0; k < window.count; k++) {
    const category = lexicon.termCategory[window.pattern[k] ?? -1] ?? -1;
    if (category >= 0) withTerms |= 1 << category;
  }
  const shared = emptyGroup();
  const byCategory = new Map<CategoryKind, Group>();
  for (let k = 0; k < window.count; k++) {
    const pattern = lexicon.patterns[window.pattern[k] ?? -1];
    if (pattern === undefined) continue;
    let group = shared;
    if (pattern.category !== null) {
      if ((withTerms & (1 << CATEGORY_INDEX[pattern.category])) === 0) continue;
      group = byCategory.get(pattern.category) ?? emptyGroup();
      byCategory.set(pattern.category, group);
    }
    const start = window.start[k] ?? 0;
    const hit: Hit = {
      pattern,
      start,
      end: window.end[k] ?? start,
      rawStart: window.rawStart[k] ?? start,
      rawEnd: window.rawEnd[k] ?? start,
      word: window.word[k] ?? 0,
    };
    group[GROUP_OF_ROLE[pattern.role]].push(hit);
  }
  return { shared, byCategory };
}

const GROUP_OF_ROLE = {
  term: "terms",
  disclosure: "disclosure",
  general: "general",
  exclude: "excludes",
} as const satisfies Record<Pattern["role"], keyof Group>;

/** Scores one sentence that has at least one term; `before` holds the previous sentence's shared disclosure cues. */
function scoreWindow(
  text: string,
  where: Location,
  window: WindowMatches,
  lexicon: CompiledLexicon,
  before: Cues,
  threshold: number,
): Finding[] {
  const { shared, byCategory } = groupMatches(window, lexicon);
  const sharedDisclosure = cueWeights(shared.disclosure);
  const sharedGeneral = cueWeights(shared.general);
  if (window.questionMark) sharedGeneral.set("?", lexicon.questionMark);
  const findings: Finding[] = [];
  for (const kind of CATEGORY_KINDS) {
    const group = byCategory.get(kind);
    if (group === undefined || group.terms.length === 0) continue;
    const kept = group.terms.filter(
      (t) => !group.excludes.some((e) => e.rawStart <= t.rawStart && t.rawEnd <= e.rawEnd),
    );
    const terms = outermost(heaviestPerWord(kept));
    if (terms.length === 0) continue;

    const termWeights = cueWeights(terms);
    const disclosure =
      group.disclosure.length === 0
        ? sharedDisclosure
        : cueWeights([...shared.disclosure, ...group.disclosure]);
    const general =
      group.general.length === 0 ? sharedGeneral : new Map([...sharedGeneral, ...cueWeights(group.general)]);
    const d = combine(disclosure, before);
    const g = combine(general);
    const confidence = round(
      combine(termWeights) * (NEUTRAL + DISCLOSURE_GAIN * d - GENERAL_DAMPING * g * (1 - d)),
    );
    if (confidence < threshold) continue;

    const reasons: string[] = [];
    addReasons(reasons, "lexicon.term", termWeights);
    addReasons(reasons, "lexicon.disclosure", disclosure);
    addReasons(reasons, "lexicon.disclosure-before", before);
    addReasons(reasons, "lexicon.general-question", general);
    findings.push({
      kind,
      where,
      start: terms[0]?.start ?? 0,
      end: terms.reduce((end, t) => Math.max(end, t.end), 0),
      confidence,
      reasons,
      value: termWords(text, terms),
      masked: CATEGORY_NAMES_DA[kind],
    });
  }
  return findings;
}

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
    const before: Cues = new Map();
    if (scan.previousSerial === window.serial - 1) {
      const hits: Hit[] = [];
      for (let k = 0; k < scan.previousDisclosureCount; k += 3) {
        const pattern = lexicon.patterns[previousDisclosure[k] ?? -1];
        const rawStart = previousDisclosure[k + 1] ?? 0;
        const rawEnd = previousDisclosure[k + 2] ?? 0;
        if (pattern !== undefined)
          hits.push({ pattern, start: rawStart, end: rawEnd, rawStart, rawEnd, word: 0 });
      }
      for (const [code, weight] of cueWeights(hits)) before.set(code, weight * PREVIOUS_SENTENCE_FACTOR);
    }
    for (const finding of scoreWindow(scan.text, scan.where, window, lexicon, before, scan.threshold)) {
      scan.findings.push(finding);
    }
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
