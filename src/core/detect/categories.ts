import { CATEGORY_KINDS, type CategoryKind, type Location } from "../taxonomy";
import type { Finding } from "./finding";
import { lexiconFor, type CompiledLexicon } from "./lexicon/compile";
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

function combine(weights: Iterable<number>): number {
  let none = 1;
  for (const w of weights) none *= 1 - w;
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

/**
 * Drops a hit that lies inside another: "syge meldt" counts once, not also as "syg"; "min søn" not also as "min".
 * Of two hits on the same characters the heavier stays. One sort and one sweep.
 */
function outermost(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.rawStart - b.rawStart || b.rawEnd - a.rawEnd || b.pattern.weight - a.pattern.weight);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.rawEnd <= reach) continue;
    kept.push(hit);
    reach = hit.rawEnd;
  }
  return kept;
}

/** One term per word: the compound "kræftpatient" is one piece of evidence, the heaviest of its parts. */
function heaviestPerWord(hits: Hit[]): Hit[] {
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

/** Reason codes by family and detail: the same few thousand, so each finding need not build its strings anew. */
const reasonCodes = new Map<string, Map<string, string>>();

function reasons(family: string, cues: Cues): string[] {
  let codes = reasonCodes.get(family);
  if (codes === undefined) {
    codes = new Map();
    reasonCodes.set(family, codes);
  }
  const out: string[] = [];
  for (const code of cues.keys()) {
    let reason = codes.get(code);
    if (reason === undefined) {
      reason = `${family}:${code}`;
      // Admin additions could in principle make the set grow without end; past this many it simply stops caching.
      if (codes.size < 10_000) codes.set(code, reason);
    }
    out.push(reason);
  }
  return out;
}

/** Sorts one sentence's matches into the shared cues and one group per category. */
function groupMatches(window: WindowMatches, lexicon: CompiledLexicon) {
  const shared = emptyGroup();
  const byCategory = new Map<CategoryKind, Group>();
  for (let k = 0; k < window.count; k++) {
    const pattern = lexicon.patterns[window.pattern[k] ?? -1];
    if (pattern === undefined) continue;
    let group = shared;
    if (pattern.category !== null) {
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
    const d = combine([...disclosure.values(), ...before.values()]);
    const g = combine(general.values());
    const confidence = round(
      combine(termWeights.values()) * (NEUTRAL + DISCLOSURE_GAIN * d - GENERAL_DAMPING * g * (1 - d)),
    );
    if (confidence < threshold) continue;

    findings.push({
      kind,
      where,
      start: terms[0]?.start ?? 0,
      end: terms.reduce((end, t) => Math.max(end, t.end), 0),
      confidence,
      reasons: [
        ...reasons("lexicon.term", termWeights),
        ...reasons("lexicon.disclosure", disclosure),
        ...reasons("lexicon.disclosure-before", before),
        ...reasons("lexicon.general-question", general),
      ],
      value: [...new Set(terms.map((t) => text.slice(t.start, t.end)))].join(", "),
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
  const findings: Finding[] = [];
  let previousSerial = -2;
  /** The previous sentence's shared disclosure cues, flat: pattern, rawStart, rawEnd. */
  const previousDisclosure: number[] = [];

  scanText(text, lexicon, (window) => {
    if (worthScoring(window, lexicon, settings.threshold)) {
      const before: Cues = new Map();
      if (previousSerial === window.serial - 1) {
        const hits: Hit[] = [];
        for (let k = 0; k < previousDisclosure.length; k += 3) {
          const pattern = lexicon.patterns[previousDisclosure[k] ?? -1];
          const rawStart = previousDisclosure[k + 1] ?? 0;
          const rawEnd = previousDisclosure[k + 2] ?? 0;
          if (pattern !== undefined)
            hits.push({ pattern, start: rawStart, end: rawEnd, rawStart, rawEnd, word: 0 });
        }
        for (const [code, weight] of cueWeights(hits)) before.set(code, weight * PREVIOUS_SENTENCE_FACTOR);
      }
      findings.push(...scoreWindow(text, where, window, lexicon, before, settings.threshold));
    }
    previousSerial = window.serial;
    previousDisclosure.length = 0;
    for (let k = 0; k < window.count; k++) {
      const index = window.pattern[k] ?? -1;
      if (lexicon.sharedDisclosure[index] === 1) {
        previousDisclosure.push(index, window.rawStart[k] ?? 0, window.rawEnd[k] ?? 0);
      }
    }
  });
  return findings;
}
