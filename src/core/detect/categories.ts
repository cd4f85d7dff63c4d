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

function addCue(cues: Cues, code: string, weight: number): void {
  cues.set(code, Math.max(cues.get(code) ?? 0, weight));
}

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

interface Span {
  rawStart: number;
  rawEnd: number;
}

interface Group {
  terms: Hit[];
  disclosure: Hit[];
  general: Hit[];
  excludes: Span[];
}

function emptyGroup(): Group {
  return { terms: [], disclosure: [], general: [], excludes: [] };
}

function inside(inner: Span, outer: Span): boolean {
  return outer.rawStart <= inner.rawStart && inner.rawEnd <= outer.rawEnd;
}

function heavier(a: Hit, b: Hit): number {
  return b.pattern.weight - a.pattern.weight || b.rawEnd - b.rawStart - (a.rawEnd - a.rawStart);
}

/** Drops a hit that lies inside a heavier one: "syge meldt" counts once, not also as "syg"; "min søn" not also "min". */
function outermost(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort(heavier)) {
    if (!kept.some((k) => inside(hit, k))) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One term per word: the compound "kræftpatient" is one piece of evidence, the heaviest of its parts. */
function heaviestPerWord(hits: Hit[]): Hit[] {
  const best = new Map<number, Hit>();
  for (const hit of hits) {
    const known = best.get(hit.word);
    if (known === undefined || heavier(hit, known) < 0) best.set(hit.word, hit);
  }
  return [...best.values()];
}

function cueWeights(...hitLists: Hit[][]): Cues {
  const cues: Cues = new Map();
  for (const hit of outermost(hitLists.flat())) addCue(cues, hit.pattern.code, hit.pattern.weight);
  return cues;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function reasons(family: string, cues: Cues): string[] {
  return [...cues.keys()].map((code) => `${family}:${code}`);
}

/** Sorts one sentence's matches into the shared cues and one group per category. */
function groupMatches(window: WindowMatches, lexicon: CompiledLexicon) {
  const shared = emptyGroup();
  const byCategory = new Map<CategoryKind, Group>();
  window.pattern.forEach((index, k) => {
    const pattern = lexicon.patterns[index];
    if (pattern === undefined) return;
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
    if (pattern.role === "term") group.terms.push(hit);
    else if (pattern.role === "disclosure") group.disclosure.push(hit);
    else if (pattern.role === "general") group.general.push(hit);
    else group.excludes.push(hit);
  });
  return { shared, byCategory };
}

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
  const findings: Finding[] = [];
  for (const kind of CATEGORY_KINDS) {
    const group = byCategory.get(kind);
    if (group === undefined) continue;
    const kept = group.terms.filter((t) => !group.excludes.some((e) => inside(t, e)));
    const terms = outermost(heaviestPerWord(kept));
    if (terms.length === 0) continue;

    const termWeights = cueWeights(terms);
    const disclosure = cueWeights(shared.disclosure, group.disclosure);
    const general = cueWeights(shared.general, group.general);
    if (window.questionMark) addCue(general, "?", lexicon.questionMark);
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
    if (window.pattern.some((index) => lexicon.patterns[index]?.role === "term")) {
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
    window.pattern.forEach((index, k) => {
      const cue = lexicon.patterns[index];
      if (cue?.role === "disclosure" && cue.category === null) {
        previousDisclosure.push(index, window.rawStart[k] ?? 0, window.rawEnd[k] ?? 0);
      }
    });
  });
  return findings;
}
