import type { Location } from "../taxonomy";
import {
  hasNameBefore,
  isAmount,
  isDenied,
  isTechnicalValue,
  looksLikeTimeStamp,
  negationBefore,
  ParagraphHeaders,
} from "./cpr-context";
import { cprBirthDayNumber, isSubstituteDay, passesMod11, todayNumber } from "./cpr-date";
import { type Candidate, type CprLayout, cprCandidates, isGlued, isGluedToLetters } from "./cpr-layout";
import type { Finding } from "./finding";
import {
  addWindow,
  CPR_NEGATIONS,
  type DigitRuns,
  type IdentifierKeywords,
  type KeywordCategory,
  KeywordIndex,
  type LocatedHit,
  lowerBound,
  type Windows,
} from "./identifier-context";
import { maskCpr } from "./mask";
import { reasonCode } from "./reason-code";

/**
 * CPR numbers (the CPR office's rules, cpr.dk; dates and checksum in cpr-date.ts). Candidates and their layouts come from cpr-layout.ts: ten digits, together,
 * with a separator after the date, in groups, wrapped at a line end, with a dotted date, or a substitute number.
 *
 * A candidate whose date does not exist under the century table, or lies in the future, is dropped. The rest get a
 * confidence from additive evidence (CPR_CONFIDENCE):
 *   valid date 0.65 (hyphen 0.70, wrapped 0.60, groups 0.55, dotted date 0.35) · substitute number 0.45 ·
 *   mod-11 +0.17 (it only ever raises: numbers issued since 2007 need not pass it) · CPR word +0.20 ·
 *   a person word as label (borger, barn, elev) +0.20 · a person's name right before +0.10 ·
 *   a table column headed by a CPR word +0.20 · a reference word (faktura, ordre, sag …) within 300 characters −0.20;
 * and negative evidence caps it at 0.40: labelled as another number ("Fakturanr. 0101901234", "P-nr.", "Tlf.") unless
 * the text right after says it is a CPR number, a CPR word denied ("ikke mit CPR-nummer"), glued to other numbers or
 * letters, an amount or a count ("… sekunder"), a time stamp (a recent date with a time of day, or a word for a moment
 * in time as its label or right after it) or a technical value, standing in a table of numbers, or a dotted date
 * nothing else speaks for.
 * So: a bare valid date ≈ 0.65–0.70; with mod-11 or a CPR word ≥ 0.8; with both ≥ 0.9 (capped at 0.99).
 *
 * The label is the nearest context word ending at most 40 characters before the number (60 for a person word, which
 * a name may follow); when it is a CPR, person or other-number word it decides, and words further away are not
 * weighed. Phone and CVR words count only as a label: a ten-digit number is no Danish phone number, so "telefon" two
 * lines up says nothing about it.
 */

/** How much the way a number is written adds to, or takes from, a valid date. */
const LAYOUT_WEIGHT: Readonly<Record<CprLayout, number>> = {
  plain: 0,
  space: 0,
  hyphen: 0.05,
  wrapped: -0.05,
  grouped: -0.1,
  dotted: -0.3,
  letters: 0,
};

export const CPR_CONFIDENCE = {
  validDate: 0.65,
  substitute: 0.45,
  layout: LAYOUT_WEIGHT,
  mod11: 0.17,
  context: 0.2,
  person: 0.2,
  personName: 0.1,
  nearbyReferenceWord: -0.2,
  /** Whatever else speaks for it, a candidate with negative evidence stays at or below this. */
  negativeCap: 0.4,
  max: 0.99,
} as const;

/** How far before a number its label may end ("CPR-nummer på min søn er 0101101234"). */
export const LABEL_GAP = 40;
/**
 * An everyday word that names another number only right before it ("Vores sag 0101901234", "Sag: 0101901234"); a
 * name between ("Sagen handler om Peter Hansen, 0101901234") makes the number the person's.
 */
const EVERYDAY_LABEL_GAP = 3;
const isEverydayLabel = (categories: readonly KeywordCategory[]): boolean =>
  categories.length === 1 && categories[0] === "numberLabel";
/** A person word may stand further off, with a name between ("Borger: Anne-Marie Holm Jensen, 0101901234"). */
const PERSON_LABEL_GAP = 60;
/** How far after a number the text may say what it is ("… – det er mit CPR-nummer"). */
const STATEMENT_AFTER = 60;
/** How far after a number a word for a moment in time makes it a time stamp ("150324 1032 som tidspunkt"). */
const TIME_WORD_AFTER = 25;
/** A unit right after a number, past one space, makes it a count ("0101901234 sekunder"). */
const UNIT_AFTER = 2;
/** How far context words count (Microsoft Purview uses 300 characters). */
export const CONTEXT_RADIUS = 300;
/** A number with this many other numbers (three digits or more) within TABLE_RADIUS stands in a table. */
const TABLE_NEIGHBOURS = 4;
const TABLE_RADIUS = 150;

const LABEL_CATEGORIES = new Set<KeywordCategory>([
  "cprContext",
  "cprPerson",
  "cprNegative",
  "notIdentifier",
  "timeStamp",
  "numberLabel",
]);
const isCprLabel = (categories: readonly KeywordCategory[]): boolean =>
  categories.some((k) => LABEL_CATEGORIES.has(k));

const NEGATION = negationBefore(CPR_NEGATIONS);
const SENTENCE_OR_LINE_END = /[.!?]\s|\n/;

/** A candidate whose date exists and is not in the future. */
export type DatedCandidate = Candidate;

/** The candidates of `text` whose date exists under the century table and is not after `today`. */
export function datedCprCandidates(text: string, runs: DigitRuns, today: Date): DatedCandidate[] {
  const todayKey = todayNumber(today);
  return cprCandidates(text, runs).filter((c) => {
    const date = cprBirthDayNumber(c.value, c.value.charCodeAt(6) - 48);
    return date >= 0 && date <= todayKey;
  });
}

/** Where a candidate's label can stand; words elsewhere are looked up only for candidates that need them. */
export function cprLabelWindows(dated: readonly DatedCandidate[]): Windows {
  const windows: Windows = [];
  for (const c of dated) addWindow(windows, c.start - PERSON_LABEL_GAP, c.start);
  return windows;
}

export interface CprScanInput {
  text: string;
  where: Location;
  runs: DigitRuns;
  dated: readonly DatedCandidate[];
  /** Context words in cprLabelWindows(dated), at least. */
  labels: KeywordIndex;
  /** The context words, for the wider look-up around candidates without a label. */
  keywords: IdentifierKeywords;
  today: Date;
}

/** Counts other numbers (three digits or more, not CPR-like themselves) near a candidate. */
function tableCounter(runs: DigitRuns, dated: readonly DatedCandidate[]): (c: Candidate) => number {
  const inCandidate = new Uint8Array(runs.start.length);
  for (const c of dated) inCandidate.fill(1, c.firstRun, c.lastRun + 1);
  const otherNumbers: number[] = [];
  for (let r = 0; r < runs.start.length; r++) {
    if (inCandidate[r] === 0 && (runs.end[r] ?? 0) - (runs.start[r] ?? 0) >= 3)
      otherNumbers.push(runs.start[r] ?? 0);
  }
  return (c) =>
    lowerBound(otherNumbers, c.end + TABLE_RADIUS) - lowerBound(otherNumbers, c.start - TABLE_RADIUS);
}

interface Evidence {
  score: number;
  reasons: string[];
  negatives: string[];
  /** A CPR word, a person word or a name speaks for it: the things a reference number never has. */
  positive: boolean;
}

function dateAndChecksum(c: DatedCandidate): Evidence {
  const substitute = isSubstituteDay(c.value) || c.layout === "letters";
  let score: number = substitute ? CPR_CONFIDENCE.substitute : CPR_CONFIDENCE.validDate;
  const reasons = [substitute ? `cpr.substitute-${c.layout === "letters" ? "letters" : "day"}` : "cpr.date"];
  score += CPR_CONFIDENCE.layout[c.layout];
  if (c.layout !== "letters") {
    const ok = passesMod11(c.value);
    if (ok) score += CPR_CONFIDENCE.mod11;
    reasons.push(ok ? "cpr.mod11:ok" : "cpr.mod11-fail");
  }
  return { score, reasons, negatives: [], positive: false };
}

/** A label that names another kind of number, not a CPR number or a person. */
function isOtherNumberLabel(label: LocatedHit): boolean {
  const { categories } = label.hit;
  return !categories.includes("cprContext") && !categories.includes("cprPerson");
}

/** A word of `category` within `reach` after the number, in the same sentence: "0101901234 (det er mit CPR-nr.)". */
function wordAfter(
  text: string,
  labels: KeywordIndex,
  c: Candidate,
  category: KeywordCategory,
  reach: number,
): LocatedHit | undefined {
  const hit = labels.locatedFirstWithin(category, c.end, c.end + reach);
  if (hit === undefined || SENTENCE_OR_LINE_END.test(text.slice(c.end, hit.start))) return undefined;
  return hit;
}

const statementAfter = (text: string, labels: KeywordIndex, c: Candidate): LocatedHit | undefined =>
  wordAfter(text, labels, c, "cprContext", STATEMENT_AFTER);

function addContext(e: Evidence, text: string, hit: LocatedHit, family = "cpr.context"): void {
  if (isDenied(text, hit.start, NEGATION)) {
    e.negatives.push(reasonCode("cpr.denied", hit.hit.word));
    return;
  }
  e.score += CPR_CONFIDENCE.context;
  e.positive = true;
  e.reasons.push(reasonCode(family, hit.hit.word));
}

/** The label decides: a CPR word, a person word, or a word for another kind of number. */
function weighLabel(
  e: Evidence,
  text: string,
  c: Candidate,
  label: LocatedHit,
  after: LocatedHit | undefined,
): void {
  const { categories, word } = label.hit;
  if (categories.includes("cprContext")) {
    addContext(e, text, label);
  } else if (categories.includes("cprPerson")) {
    e.score += CPR_CONFIDENCE.person;
    e.positive = true;
    e.reasons.push(reasonCode("cpr.person", word));
  } else if (after !== undefined) {
    // "Kvitteringsnr. 0101901234 – det er også mit CPR-nummer": the text says what the number is.
    addContext(e, text, after);
  } else {
    e.negatives.push(reasonCode("cpr.negative-context", word));
  }
}

export function detectCpr(input: CprScanInput): Finding[] {
  const { text, where, runs, dated, labels, keywords, today } = input;
  if (dated.length === 0) return [];
  const todayKey = todayNumber(today);
  const numbersNear = tableCounter(runs, dated);
  // A CPR word, a person word or a word for another kind of number is a label; a bank or passport word is not (other
  // detectors weigh those, and an account number is kept from being a CPR number in identifiers.ts).
  const labelled = dated.map((c) => {
    const label = labels.locatedLabelBefore(c.start, PERSON_LABEL_GAP, isCprLabel);
    if (label === undefined) return undefined;
    const { categories } = label.hit;
    const gap = c.start - label.end;
    const near =
      categories.includes("cprPerson") ||
      gap <= (isEverydayLabel(categories) ? EVERYDAY_LABEL_GAP : LABEL_GAP);
    return near ? label : undefined;
  });
  const inTable = dated.map((c) => numbersNear(c) >= TABLE_NEIGHBOURS);
  // Most CPR numbers in mail carry a CPR or person label, and need no more words. One without a label is weighed by
  // the words within CONTEXT_RADIUS, which include a statement after it; one labelled as another number only by such
  // a statement; one in a table without a label also by a CPR word in the table's header row.
  // Three lists, each in order of start as addWindow needs; KeywordIndex merges them.
  const contextWindows: Windows = [];
  const afterWindows: Windows = [];
  const headerWindows: Windows = [];
  const headers = new ParagraphHeaders(text);
  const headerOf = dated.map((c, i) => {
    const label = labelled[i];
    if (label !== undefined) {
      if (isOtherNumberLabel(label)) addWindow(afterWindows, c.end, c.end + STATEMENT_AFTER);
      return undefined;
    }
    addWindow(contextWindows, c.start - CONTEXT_RADIUS, c.end + CONTEXT_RADIUS);
    if (!inTable[i]) return undefined;
    const header = headers.headerOf(c.start);
    if (header !== undefined) addWindow(headerWindows, header.start, header.end);
    return header;
  });
  // Asked only for words near a number, never for a label (those are in `labels`).
  const context = new KeywordIndex(text, keywords, [contextWindows, afterWindows, headerWindows], false);
  const after = dated.map((c, i) => {
    const label = labelled[i];
    return label === undefined || isOtherNumberLabel(label) ? statementAfter(text, context, c) : undefined;
  });

  return dated.map((c, i) => {
    const e = dateAndChecksum(c);
    const label = labelled[i];
    const header = headerOf[i];
    const column = header && context.locatedFirstWithin("cprContext", header.start, header.end);
    if (label !== undefined) {
      weighLabel(e, text, c, label, after[i]);
    } else if (after[i] !== undefined) {
      addContext(e, text, after[i]);
    } else if (column !== undefined) {
      addContext(e, text, column, "cpr.column");
    } else {
      const from = c.start - CONTEXT_RADIUS;
      const to = c.end + CONTEXT_RADIUS;
      const positive = context.locatedFirstWithin("cprContext", from, to);
      const negative = context.firstWithin("cprNegative", from, to);
      // A CPR word further off raises the number, but does not outweigh what the characters around it say.
      if (positive !== undefined && !isDenied(text, positive.start, NEGATION)) {
        e.score += CPR_CONFIDENCE.context;
        e.reasons.push(reasonCode("cpr.context", positive.hit.word));
      } else if (negative !== undefined) {
        e.score += CPR_CONFIDENCE.nearbyReferenceWord;
        e.reasons.push(reasonCode("cpr.nearby-reference", negative.word));
      }
    }
    // Only a number without a label has its surroundings in `context`; a labelled one is decided by its label.
    const unlabelled = label === undefined;
    const timeWord = unlabelled ? wordAfter(text, context, c, "timeStamp", TIME_WORD_AFTER) : undefined;
    const unit = unlabelled ? wordAfter(text, context, c, "unit", UNIT_AFTER) : undefined;
    const table = inTable[i] ?? false;
    weighSurroundings(e, text, c, { labelled: label, todayKey, table, timeWord, unit });
    const evidence = e.negatives.length > 0 ? Math.min(e.score, CPR_CONFIDENCE.negativeCap) : e.score;
    return {
      kind: "cpr",
      where,
      start: c.start,
      end: c.end,
      confidence: Math.round(Math.min(evidence, CPR_CONFIDENCE.max) * 100) / 100,
      reasons: e.negatives.length === 0 ? e.reasons : e.reasons.concat(e.negatives),
      value: c.value,
      masked: maskCpr(c.value),
    };
  });
}

interface Surroundings {
  labelled: LocatedHit | undefined;
  todayKey: number;
  /** It stands among many other numbers. */
  table: boolean;
  /** A word for a moment in time right after it ("… kl. 10.32", "… som tidspunkt"). */
  timeWord: LocatedHit | undefined;
  /** A unit right after it ("… sekunder", "… stk"). */
  unit: LocatedHit | undefined;
}

/** The characters around the number: a name, glue, an amount, a time stamp, a technical value, a table. */
function weighSurroundings(e: Evidence, text: string, c: DatedCandidate, s: Surroundings): void {
  const otherNumberLabel = s.labelled !== undefined && !e.positive;
  if (!otherNumberLabel && hasNameBefore(text, c)) {
    e.score += CPR_CONFIDENCE.personName;
    e.positive = true;
    e.reasons.push("cpr.person-name");
  }
  // A CPR word written against the number ("CPR0101901234") is its label, not glue.
  const labelTouches = s.labelled !== undefined && s.labelled.end === c.start && e.positive;
  if (isGlued(text, c)) e.negatives.push("cpr.glued");
  else if (c.layout !== "letters" && !labelTouches && isGluedToLetters(text, c))
    e.negatives.push("cpr.glued-letters");
  if (isAmount(text, c)) e.negatives.push("cpr.amount");
  if (s.unit !== undefined) e.negatives.push(reasonCode("cpr.unit", s.unit.hit.word));
  if (e.positive) return;
  if (isTechnicalValue(text, c)) e.negatives.push("cpr.technical");
  if (s.timeWord !== undefined) e.negatives.push(reasonCode("cpr.time-word", s.timeWord.hit.word));
  else if (looksLikeTimeStamp(c, s.todayKey)) e.negatives.push("cpr.time-stamp");
  if (c.layout === "dotted") e.negatives.push("cpr.dotted-date");
  if (s.table) e.negatives.push("cpr.table");
}
