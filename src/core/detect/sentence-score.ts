import { CATEGORY_KINDS, type CategoryKind, type Location } from "../taxonomy";
import type { Finding } from "./finding";
import type { CompiledLexicon } from "./lexicon/compile";
import { ROLE_DISCLOSURE, ROLE_GENERAL, ROLE_TERM } from "./lexicon/patterns";
import type { WindowMatches } from "./lexicon/scan";
import { reasonCode } from "./reason-code";

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
 *
 * A long mail has tens of thousands of sentences with terms, so the working lists below are allocated once and
 * reused: a sentence costs its findings and little else.
 */
const NEUTRAL = 0.55;
const DISCLOSURE_GAIN = 0.45;
const GENERAL_DAMPING = 0.45;
const PREVIOUS_SENTENCE_FACTOR = 0.5;

/**
 * The hits of one sentence, and the shared disclosure cues of the sentence before it: struct of arrays, reused.
 * start/end span the whole words a match stands in; rawStart/rawEnd are the pattern's own characters.
 */
class Hits {
  readonly pattern: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly rawStart: number[] = [];
  readonly rawEnd: number[] = [];
  readonly word: number[] = [];
  count = 0;

  add(pattern: number, start: number, end: number, rawStart: number, rawEnd: number, word: number): number {
    const i = this.count++;
    this.pattern[i] = pattern;
    this.start[i] = start;
    this.end[i] = end;
    this.rawStart[i] = rawStart;
    this.rawEnd[i] = rawEnd;
    this.word[i] = word;
    return i;
  }
}

/** A list of hit numbers, reused: `length = 0` on an array would free its storage. */
class HitList {
  readonly items: number[] = [];
  count = 0;

  push(hit: number): void {
    this.items[this.count++] = hit;
  }

  at(i: number): number {
    return this.items[i] ?? 0;
  }
}

/** Distinct cues in the order first seen, with their weights: a Map's behaviour in two reused arrays. */
class Cues {
  readonly codes: string[] = [];
  readonly weights: number[] = [];
  count = 0;

  /** Sets a cue's weight, keeping its place if it is there already. */
  set(code: string, weight: number): void {
    const i = this.indexOf(code);
    if (i >= 0) this.weights[i] = weight;
    else this.append(code, weight);
  }

  /** Keeps the heavier weight of a cue seen again. */
  raise(code: string, weight: number): void {
    const i = this.indexOf(code);
    if (i >= 0) this.weights[i] = Math.max(this.weights[i] ?? 0, weight);
    else this.append(code, Math.max(0, weight));
  }

  copy(from: Cues): void {
    this.count = 0;
    for (let i = 0; i < from.count; i++) this.append(from.codes[i] ?? "", from.weights[i] ?? 0);
  }

  private indexOf(code: string): number {
    for (let i = 0; i < this.count; i++) if (this.codes[i] === code) return i;
    return -1;
  }

  private append(code: string, weight: number): void {
    this.codes[this.count] = code;
    this.weights[this.count] = weight;
    this.count++;
  }
}

/** 1 − ∏(1 − w) over the weights of the cue sets, in order. */
function combine(first: Cues, second?: Cues): number {
  let none = 1;
  for (let i = 0; i < first.count; i++) none *= 1 - (first.weights[i] ?? 0);
  if (second !== undefined) for (let i = 0; i < second.count; i++) none *= 1 - (second.weights[i] ?? 0);
  return 1 - none;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Working memory of the scoring; one sentence is scored at a time. */
const hits = new Hits();
const sharedDisclosure = new HitList();
const sharedGeneral = new HitList();
const previousHits = new HitList();
const byCategory = CATEGORY_KINDS.map(() => ({
  terms: new HitList(),
  disclosure: new HitList(),
  general: new HitList(),
  excludes: new HitList(),
}));
const kept = new HitList();
const perWord = new HitList();
const terms = new HitList();
const joined = new HitList();
const outer = new HitList();
const before = new Cues();
const sharedDisclosureCues = new Cues();
const sharedGeneralCues = new Cues();
const termCues = new Cues();
const disclosureCues = new Cues();
const generalCues = new Cues();
const groupCues = new Cues();

/** Earlier first; of two starting together, the longer, then the heavier; otherwise as they were. */
function comesBefore(a: number, b: number, weights: Float64Array): boolean {
  const aStart = hits.rawStart[a] ?? 0;
  const bStart = hits.rawStart[b] ?? 0;
  if (aStart !== bStart) return aStart < bStart;
  const aEnd = hits.rawEnd[a] ?? 0;
  const bEnd = hits.rawEnd[b] ?? 0;
  if (aEnd !== bEnd) return aEnd > bEnd;
  return (weights[hits.pattern[a] ?? 0] ?? 0) > (weights[hits.pattern[b] ?? 0] ?? 0);
}

/** Sorts in place by comesBefore, keeping the order of equals (insertion sort: a sentence has a handful of hits). */
function sortByPlace(list: HitList, weights: Float64Array): void {
  const items = list.items;
  for (let i = 1; i < list.count; i++) {
    const hit = items[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && comesBefore(hit, items[j] ?? 0, weights)) {
      items[j + 1] = items[j] ?? 0;
      j--;
    }
    items[j + 1] = hit;
  }
}

/**
 * Into `out`, the hits of `list` that lie inside no other: "syge meldt" counts once, not also as "syg"; "min søn"
 * not also as "min". Of two hits on the same characters the heavier stays. Sorts `list` by place as it goes.
 */
function outermost(list: HitList, out: HitList, weights: Float64Array): void {
  out.count = 0;
  if (list.count > 1) sortByPlace(list, weights);
  let reach = -1;
  for (let i = 0; i < list.count; i++) {
    const hit = list.at(i);
    const rawEnd = hits.rawEnd[hit] ?? 0;
    if (list.count > 1 && rawEnd <= reach) continue;
    out.push(hit);
    reach = rawEnd;
  }
}

/** One term per word: the compound "kræftpatient" is one piece of evidence, the heaviest of its parts. */
function heaviestPerWord(list: HitList, out: HitList, weights: Float64Array): void {
  out.count = 0;
  for (let i = 0; i < list.count; i++) {
    const hit = list.at(i);
    const weight = weights[hits.pattern[hit] ?? 0] ?? 0;
    let known = -1;
    for (let j = 0; j < out.count; j++) if (hits.word[out.at(j)] === hits.word[hit]) known = j;
    if (known < 0) {
      out.push(hit);
      continue;
    }
    const other = out.at(known);
    const otherWeight = weights[hits.pattern[other] ?? 0] ?? 0;
    const heavier =
      weight > otherWeight ||
      (weight === otherWeight &&
        (hits.rawEnd[hit] ?? 0) - (hits.rawStart[hit] ?? 0) >
          (hits.rawEnd[other] ?? 0) - (hits.rawStart[other] ?? 0));
    if (heavier) out.items[known] = hit;
  }
}

/** The distinct cues among the outermost of `list`, each with its heaviest weight. */
function cueWeights(list: HitList, into: Cues, lexicon: CompiledLexicon): Cues {
  outermost(list, outer, lexicon.weights);
  into.count = 0;
  for (let i = 0; i < outer.count; i++) {
    const pattern = hits.pattern[outer.at(i)] ?? 0;
    into.raise(lexicon.codes[pattern] ?? "", lexicon.weights[pattern] ?? 0);
  }
  return into;
}

function addReasons(out: string[], family: string, cues: Cues): void {
  for (let i = 0; i < cues.count; i++) out.push(reasonCode(family, cues.codes[i] ?? ""));
}

/** The words the terms stand in, each once, in order: the finding's value. */
function termWords(text: string, list: HitList): string {
  const words: string[] = [];
  for (let i = 0; i < list.count; i++) {
    const hit = list.at(i);
    const word = text.slice(hits.start[hit], hits.end[hit]);
    if (!words.includes(word)) words.push(word);
  }
  return words.join(", ");
}

/** Sorts the sentence's matches into the shared cues and the lists of each category that has a term. */
function groupMatches(window: WindowMatches, lexicon: CompiledLexicon): number {
  let withTerms = 0;
  for (let k = 0; k < window.count; k++) {
    const category = lexicon.termCategory[window.pattern[k] ?? -1] ?? -1;
    if (category >= 0) withTerms |= 1 << category;
  }
  hits.count = 0;
  sharedDisclosure.count = 0;
  sharedGeneral.count = 0;
  byCategory.forEach((group, c) => {
    if ((withTerms & (1 << c)) === 0) return;
    group.terms.count = 0;
    group.disclosure.count = 0;
    group.general.count = 0;
    group.excludes.count = 0;
  });
  for (let k = 0; k < window.count; k++) {
    const pattern = window.pattern[k] ?? -1;
    const category = lexicon.categories[pattern] ?? -1;
    if (category >= 0 && (withTerms & (1 << category)) === 0) continue;
    const start = window.start[k] ?? 0;
    const hit = hits.add(
      pattern,
      start,
      window.end[k] ?? start,
      window.rawStart[k] ?? start,
      window.rawEnd[k] ?? start,
      window.word[k] ?? 0,
    );
    const role = lexicon.roles[pattern];
    const group = byCategory[category];
    if (group === undefined) {
      if (role === ROLE_DISCLOSURE) sharedDisclosure.push(hit);
      else if (role === ROLE_GENERAL) sharedGeneral.push(hit);
    } else if (role === ROLE_TERM) group.terms.push(hit);
    else if (role === ROLE_DISCLOSURE) group.disclosure.push(hit);
    else if (role === ROLE_GENERAL) group.general.push(hit);
    else group.excludes.push(hit);
  }
  return withTerms;
}

/** The shared disclosure cues of the sentence before, at reduced weight; `previous` is flat: pattern, rawStart, rawEnd. */
function cuesBefore(previous: readonly number[], previousCount: number, lexicon: CompiledLexicon): void {
  previousHits.count = 0;
  for (let k = 0; k < previousCount; k += 3) {
    const rawStart = previous[k + 1] ?? 0;
    const rawEnd = previous[k + 2] ?? 0;
    previousHits.push(hits.add(previous[k] ?? 0, rawStart, rawEnd, rawStart, rawEnd, 0));
  }
  cueWeights(previousHits, before, lexicon);
  for (let i = 0; i < before.count; i++)
    before.weights[i] = (before.weights[i] ?? 0) * PREVIOUS_SENTENCE_FACTOR;
}

/**
 * Scores one sentence that has at least one term and adds a finding per category whose confidence reaches the
 * threshold. `previous` holds the shared disclosure cues of the sentence just before (flat: pattern, rawStart,
 * rawEnd; previousCount numbers), or previousCount is 0.
 */
export function scoreSentence(
  text: string,
  where: Location,
  window: WindowMatches,
  lexicon: CompiledLexicon,
  previous: readonly number[],
  previousCount: number,
  threshold: number,
  findings: Finding[],
): void {
  const withTerms = groupMatches(window, lexicon);
  cuesBefore(previous, previousCount, lexicon);
  const { weights } = lexicon;
  cueWeights(sharedDisclosure, sharedDisclosureCues, lexicon);
  cueWeights(sharedGeneral, sharedGeneralCues, lexicon);
  if (window.questionMark) sharedGeneralCues.set("?", lexicon.questionMark);
  for (let c = 0; c < CATEGORY_KINDS.length; c++) {
    const kind = CATEGORY_KINDS[c];
    const group = byCategory[c];
    if ((withTerms & (1 << c)) === 0 || group === undefined || kind === undefined) continue;
    kept.count = 0;
    for (let i = 0; i < group.terms.count; i++) {
      const t = group.terms.at(i);
      let excluded = false;
      for (let j = 0; j < group.excludes.count && !excluded; j++) {
        const e = group.excludes.at(j);
        excluded =
          (hits.rawStart[e] ?? 0) <= (hits.rawStart[t] ?? 0) &&
          (hits.rawEnd[t] ?? 0) <= (hits.rawEnd[e] ?? 0);
      }
      if (!excluded) kept.push(t);
    }
    heaviestPerWord(kept, perWord, weights);
    outermost(perWord, terms, weights);
    if (terms.count === 0) continue;

    cueWeights(terms, termCues, lexicon);
    let disclosure = sharedDisclosureCues;
    if (group.disclosure.count > 0) {
      joined.count = 0;
      for (let i = 0; i < sharedDisclosure.count; i++) joined.push(sharedDisclosure.at(i));
      for (let i = 0; i < group.disclosure.count; i++) joined.push(group.disclosure.at(i));
      disclosure = cueWeights(joined, disclosureCues, lexicon);
    }
    let general = sharedGeneralCues;
    if (group.general.count > 0) {
      cueWeights(group.general, groupCues, lexicon);
      generalCues.copy(sharedGeneralCues);
      for (let i = 0; i < groupCues.count; i++)
        generalCues.set(groupCues.codes[i] ?? "", groupCues.weights[i] ?? 0);
      general = generalCues;
    }
    const d = combine(disclosure, before);
    const g = combine(general);
    const confidence = round(
      combine(termCues) * (NEUTRAL + DISCLOSURE_GAIN * d - GENERAL_DAMPING * g * (1 - d)),
    );
    if (confidence < threshold) continue;

    const reasons: string[] = [];
    addReasons(reasons, "lexicon.term", termCues);
    addReasons(reasons, "lexicon.disclosure", disclosure);
    addReasons(reasons, "lexicon.disclosure-before", before);
    addReasons(reasons, "lexicon.general-question", general);
    let end = 0;
    for (let i = 0; i < terms.count; i++) end = Math.max(end, hits.end[terms.at(i)] ?? 0);
    findings.push({
      kind,
      where,
      start: hits.start[terms.at(0)] ?? 0,
      end,
      confidence,
      reasons,
      value: termWords(text, terms),
      masked: CATEGORY_NAMES_DA[kind],
    });
  }
}
