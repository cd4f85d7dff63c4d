import type { Location } from "../taxonomy";
import { cprBirthDayNumber, isSubstituteDay, passesMod11, todayNumber } from "./cpr-date";
import type { Finding } from "./finding";
import {
  addWindow,
  type DigitRuns,
  type IdentifierKeywords,
  type KeywordCategory,
  KeywordIndex,
  lowerBound,
  type Windows,
} from "./identifier-context";
import { maskCpr } from "./mask";
import { reasonCode } from "./reason-code";

/**
 * CPR numbers (docs: sensitive-data.md). A candidate is ten digits, DDMMYY and a four-digit serial, written
 * together or with "-", " " or " - " after the sixth digit, with no digit right before or after it; or a health
 * sector substitute number with two capital letters in positions 8–9 (0203291WQ3). Dotted or slashed forms
 * ("010190.1234", "010190/1234") are not accepted: nobody writes CPR numbers that way, but dates and references do.
 *
 * A candidate whose date does not exist under the century table, or lies in the future, is dropped. The rest get a
 * confidence from additive evidence (CPR_CONFIDENCE):
 *   valid date 0.65 (hyphen layout 0.70) · substitute number 0.45 · mod-11 +0.17 · CPR word +0.20 ·
 *   a reference word (faktura, ordre, kunde, sag …) within 300 characters −0.20;
 * and negative evidence caps it at 0.40: labelled as another number ("Fakturanr. 0101901234", "P-nr.", "Tlf."),
 * glued to other numbers, or standing in a table of numbers.
 * So: a bare valid date ≈ 0.65–0.70; with mod-11 or a CPR word ≥ 0.8; with both ≥ 0.9 (capped at 0.99).
 *
 * The label is the nearest context word ending at most 40 characters before the number; when it is a CPR word or a
 * word for another number it decides, and words further away are not weighed. Phone and CVR words count only as a
 * label: a ten-digit number is no Danish phone number, so "telefon" two lines up says nothing about it.
 */

export const CPR_CONFIDENCE = {
  validDate: 0.65,
  substitute: 0.45,
  hyphenLayout: 0.05,
  mod11: 0.17,
  context: 0.2,
  nearbyReferenceWord: -0.2,
  /** Whatever else speaks for it, a candidate with negative evidence stays at or below this. */
  negativeCap: 0.4,
  max: 0.99,
} as const;

/** How far before a number its label may end ("CPR-nummer på min søn er 0101101234"). */
export const LABEL_GAP = 40;
/** How far context words count (Microsoft Purview uses 300 characters). */
export const CONTEXT_RADIUS = 300;
/** A number with this many other numbers (three digits or more) within TABLE_RADIUS stands in a table. */
const TABLE_NEIGHBOURS = 4;
const TABLE_RADIUS = 150;

const LABEL_CATEGORIES = new Set<KeywordCategory>(["cprContext", "cprNegative", "notIdentifier"]);
const isCprLabel = (categories: readonly KeywordCategory[]): boolean =>
  categories.some((k) => LABEL_CATEGORIES.has(k));

/** What may stand between the date and the serial. */
const SEPARATORS = new Set(["-", " ", " -", "- ", " - "]);
const MAX_SEPARATOR = 3;
const GLUE = new Set(["-", ".", "/"]);
const SUBSTITUTE_TAIL = /[A-Z]{2}\d(?![\p{L}\p{N}])/uy;

interface Candidate {
  start: number;
  end: number;
  /** Digits (and the substitute's letters), separators removed. */
  value: string;
  layout: "plain" | "hyphen" | "space" | "letters";
  /** Indices of the digit runs it is made of. */
  firstRun: number;
  lastRun: number;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function runLength(runs: DigitRuns, i: number): number {
  return (runs.end[i] ?? 0) - (runs.start[i] ?? 0);
}

/** Candidates in text order, from the digit runs alone. */
function cprCandidates(text: string, runs: DigitRuns): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < runs.start.length; i++) {
    const start = runs.start[i] ?? 0;
    const end = runs.end[i] ?? 0;
    const length = end - start;
    if (length === 10) {
      candidates.push({
        start,
        end,
        value: text.slice(start, end),
        layout: "plain",
        firstRun: i,
        lastRun: i,
      });
      continue;
    }
    if (length === 7) {
      SUBSTITUTE_TAIL.lastIndex = end;
      if (SUBSTITUTE_TAIL.test(text)) {
        candidates.push({
          start,
          end: end + 3,
          value: text.slice(start, end + 3),
          layout: "letters",
          firstRun: i,
          lastRun: i + 1,
        });
      }
      continue;
    }
    if (length !== 6 || i + 1 >= runs.start.length) continue;
    const next = i + 1;
    const nextStart = runs.start[next] ?? 0;
    if (nextStart - end > MAX_SEPARATOR) continue;
    const separator = text.slice(end, nextStart);
    if (!SEPARATORS.has(separator)) continue;
    const nextEnd = runs.end[next] ?? 0;
    const layout = separator === " " ? "space" : "hyphen";
    if (runLength(runs, next) === 4) {
      const value = text.slice(start, end) + text.slice(nextStart, nextEnd);
      candidates.push({ start, end: nextEnd, value, layout, firstRun: i, lastRun: next });
    } else if (runLength(runs, next) === 1) {
      SUBSTITUTE_TAIL.lastIndex = nextEnd;
      if (SUBSTITUTE_TAIL.test(text)) {
        const value = text.slice(start, end) + text.slice(nextEnd - 1, nextEnd + 3);
        candidates.push({
          start,
          end: nextEnd + 3,
          value,
          layout: "letters",
          firstRun: i,
          lastRun: next + 1,
        });
      }
    }
  }
  return candidates;
}

/** Glued to another number: "12-0101901234", "0101901234/25", a phone's "+", or a space-grouped longer number. */
function isGlued(text: string, c: Candidate): boolean {
  const before = text[c.start - 1];
  const after = text[c.end];
  if (before === "+") return true;
  if (before !== undefined && GLUE.has(before) && isDigit(text[c.start - 2])) return true;
  if (after !== undefined && GLUE.has(after) && isDigit(text[c.end + 1])) return true;
  if (c.layout === "space")
    return (before === " " && isDigit(text[c.start - 2])) || (after === " " && isDigit(text[c.end + 1]));
  return false;
}

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

/** Where a candidate's label can stand; words further away are looked up only for candidates without a label. */
export function cprLabelWindows(dated: readonly DatedCandidate[]): Windows {
  const windows: Windows = [];
  for (const c of dated) addWindow(windows, c.start - LABEL_GAP, c.start);
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
}

/** Counts other numbers (three digits or more, not CPR-like themselves) near a candidate. */
function tableCounter(runs: DigitRuns, dated: readonly DatedCandidate[]): (c: Candidate) => number {
  const inCandidate = new Uint8Array(runs.start.length);
  for (const c of dated) inCandidate.fill(1, c.firstRun, c.lastRun + 1);
  const otherNumbers: number[] = [];
  for (let r = 0; r < runs.start.length; r++) {
    if (inCandidate[r] === 0 && runLength(runs, r) >= 3) otherNumbers.push(runs.start[r] ?? 0);
  }
  return (c) =>
    lowerBound(otherNumbers, c.end + TABLE_RADIUS) - lowerBound(otherNumbers, c.start - TABLE_RADIUS);
}

interface Evidence {
  score: number;
  reasons: string[];
  negatives: string[];
}

function dateAndChecksum(c: DatedCandidate): Evidence {
  const substitute = isSubstituteDay(c.value) || c.layout === "letters";
  let score: number = substitute ? CPR_CONFIDENCE.substitute : CPR_CONFIDENCE.validDate;
  const reasons = [substitute ? `cpr.substitute-${c.layout === "letters" ? "letters" : "day"}` : "cpr.date"];
  if (c.layout === "hyphen") score += CPR_CONFIDENCE.hyphenLayout;
  if (c.layout !== "letters") {
    const ok = passesMod11(c.value);
    if (ok) score += CPR_CONFIDENCE.mod11;
    reasons.push(ok ? "cpr.mod11:ok" : "cpr.mod11-fail");
  }
  return { score, reasons, negatives: [] };
}

export function detectCpr({ text, where, runs, dated, labels, keywords }: CprScanInput): Finding[] {
  if (dated.length === 0) return [];
  const numbersNear = tableCounter(runs, dated);
  // A CPR word or a word for another kind of number is a label; a bank or passport word is not (other detectors
  // weigh those, and an account number is kept from being a CPR number in identifiers.ts).
  const labelled = dated.map((c) => labels.labelBefore(c.start, LABEL_GAP, isCprLabel));
  // Most CPR numbers in mail carry a label; the wider scan then covers little text.
  const contextWindows: Windows = [];
  dated.forEach((c, i) => {
    if (labelled[i] === undefined)
      addWindow(contextWindows, c.start - CONTEXT_RADIUS, c.end + CONTEXT_RADIUS);
  });
  const context = new KeywordIndex(text, keywords, [contextWindows]);

  return dated.map((c, i) => {
    const { score, reasons, negatives } = dateAndChecksum(c);
    let evidence = score;
    const label = labelled[i];
    const positiveLabel = label?.categories.includes("cprContext") ?? false;
    if (label !== undefined) {
      if (positiveLabel) {
        evidence += CPR_CONFIDENCE.context;
        reasons.push(reasonCode("cpr.context", label.word));
      } else {
        negatives.push(reasonCode("cpr.negative-context", label.word));
      }
    } else {
      const from = c.start - CONTEXT_RADIUS;
      const to = c.end + CONTEXT_RADIUS;
      const positive = context.firstWithin("cprContext", from, to);
      const negative = context.firstWithin("cprNegative", from, to);
      if (positive !== undefined) {
        evidence += CPR_CONFIDENCE.context;
        reasons.push(reasonCode("cpr.context", positive.word));
      } else if (negative !== undefined) {
        evidence += CPR_CONFIDENCE.nearbyReferenceWord;
        reasons.push(reasonCode("cpr.nearby-reference", negative.word));
      }
    }
    if (isGlued(text, c)) negatives.push("cpr.glued");
    if (!positiveLabel && numbersNear(c) >= TABLE_NEIGHBOURS) negatives.push("cpr.table");

    if (negatives.length > 0) evidence = Math.min(evidence, CPR_CONFIDENCE.negativeCap);
    return {
      kind: "cpr",
      where,
      start: c.start,
      end: c.end,
      confidence: Math.round(Math.min(evidence, CPR_CONFIDENCE.max) * 100) / 100,
      reasons: negatives.length === 0 ? reasons : reasons.concat(negatives),
      value: c.value,
      masked: maskCpr(c.value),
    };
  });
}
