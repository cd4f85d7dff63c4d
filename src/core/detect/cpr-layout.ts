import type { DigitRuns } from "./identifier-context";

/**
 * How a CPR number can be written, read from the digit runs of a text. Ten digits DDMMYYSSSS:
 * - together ("0101901234"), or with "-", " " or " - " after the date ("010190-1234", "010190 1234");
 * - wrapped at the end of a line after the date ("010190-⏎1234");
 * - in groups, as people read a number out: the date in pairs or as 4 + 2 and the serial as 4 or 2 + 2
 *   ("0101 90-1234", "01 01 90 1234", "01-01-90-1234", "010190 12 34"), every group boundary at an even position
 *   and always one after the date;
 * - with the date written as a dotted date ("01.01.90-1234"), which a label must confirm;
 * - as a health sector substitute number, two capital letters in positions 8–9 ("0203291WQ3", "020329-1WQ3").
 * Dotted or slashed serials ("010190.1234", "010190/1234") are not accepted: nobody writes CPR numbers that way, but
 * dates and references do.
 */

export type CprLayout = "plain" | "hyphen" | "space" | "grouped" | "wrapped" | "dotted" | "letters";

export interface Candidate {
  start: number;
  end: number;
  /** Digits (and the substitute's letters), separators removed. */
  value: string;
  layout: CprLayout;
  /** Indices of the digit runs it is made of. */
  firstRun: number;
  lastRun: number;
}

/** What may stand between the date and the serial on one line. */
const SERIAL_SEPARATORS = new Set(["-", " ", " -", "- ", " - "]);
/** A line break after the date, with a hyphen or spaces around it: "010190-⏎1234", "010190 ⏎ 1234". */
const WRAP = /^[ \t]?-?[ \t]?\n[ \t]?$/;
/** What may stand between the groups of the date, the same each time. */
const DATE_SEPARATORS = new Set([" ", "-", "."]);
/** Between the two pairs of a serial read out in pairs ("12 34"). */
const SERIAL_PAIR_SEPARATORS = new Set([" ", "-"]);
/** The longest separator looked at (" - " and a wrap with spaces). */
const MAX_SEPARATOR = 5;
/** Where a group may end, counted in digits: the date's pairs, the date, the serial's first pair. */
const GROUP_ENDS = new Set([2, 4, 6, 8]);
const DATE_END = 6;
const CPR_DIGITS = 10;
const SUBSTITUTE_TAIL = /[A-Z]{2}\d(?![\p{L}\p{N}])/uy;

function runLength(runs: DigitRuns, i: number): number {
  return (runs.end[i] ?? 0) - (runs.start[i] ?? 0);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** The substitute form "DDMMYYS" + two capitals + a digit, starting at run i ending at `end`, if the letters follow. */
function substituteAt(text: string, end: number): boolean {
  SUBSTITUTE_TAIL.lastIndex = end;
  return SUBSTITUTE_TAIL.test(text);
}

/** The layout of a number made of several runs, from the separators after its groups; undefined if none fits. */
function layoutOf(
  at2: string | undefined,
  at4: string | undefined,
  at6: string | undefined,
  at8: string | undefined,
): CprLayout | undefined {
  if (at6 === undefined) return undefined;
  const wrapped = WRAP.test(at6);
  if (!wrapped && !SERIAL_SEPARATORS.has(at6)) return undefined;
  if (at8 !== undefined && !SERIAL_PAIR_SEPARATORS.has(at8)) return undefined;
  const inDate = at2 ?? at4;
  if (inDate !== undefined) {
    if (!DATE_SEPARATORS.has(inDate)) return undefined;
    if ((at2 !== undefined && at2 !== inDate) || (at4 !== undefined && at4 !== inDate)) return undefined;
    if (inDate === ".") return "dotted";
  }
  if (wrapped) return "wrapped";
  if (inDate !== undefined || at8 !== undefined) return "grouped";
  return at6 === " " ? "space" : "hyphen";
}

/**
 * A number of several runs starting at run i: its groups must end where GROUP_ENDS allows (after the 2nd, 4th, 6th or
 * 8th digit) and add up to ten. Called for most short runs of a text, so it decides on offsets before it slices.
 */
function groupedAt(text: string, runs: DigitRuns, i: number): Candidate | undefined {
  let at2: string | undefined;
  let at4: string | undefined;
  let at6: string | undefined;
  let at8: string | undefined;
  let digits = runLength(runs, i);
  for (let r = i + 1; r < runs.start.length; r++) {
    const previousEnd = runs.end[r - 1] ?? 0;
    const start = runs.start[r] ?? 0;
    const next = digits + runLength(runs, r);
    if (
      start - previousEnd > MAX_SEPARATOR ||
      next > CPR_DIGITS ||
      (next < CPR_DIGITS && !GROUP_ENDS.has(next))
    )
      return undefined;
    const separator = text.slice(previousEnd, start);
    if (digits === 2) at2 = separator;
    else if (digits === 4) at4 = separator;
    else if (digits === 6) at6 = separator;
    else at8 = separator;
    digits = next;
    if (digits === CPR_DIGITS) {
      const layout = layoutOf(at2, at4, at6, at8);
      if (layout === undefined) return undefined;
      let value = "";
      for (let k = i; k <= r; k++) value += text.slice(runs.start[k] ?? 0, runs.end[k] ?? 0);
      return { start: runs.start[i] ?? 0, end: runs.end[r] ?? 0, value, layout, firstRun: i, lastRun: r };
    }
  }
  return undefined;
}

/** The substitute number written "DDMMYY-S" + two capitals + a digit ("020329-1WQ3"), at run i. */
function substituteWithSeparatorAt(text: string, runs: DigitRuns, i: number): Candidate | undefined {
  const next = i + 1;
  const end = runs.end[i] ?? 0;
  const nextStart = runs.start[next];
  if (nextStart === undefined || runLength(runs, next) !== 1) return undefined;
  if (!SERIAL_SEPARATORS.has(text.slice(end, nextStart))) return undefined;
  const nextEnd = runs.end[next] ?? 0;
  if (!substituteAt(text, nextEnd)) return undefined;
  const start = runs.start[i] ?? 0;
  const value = text.slice(start, end) + text.slice(nextEnd - 1, nextEnd + 3);
  return { start, end: nextEnd + 3, value, layout: "letters", firstRun: i, lastRun: next + 1 };
}

/** Candidates in text order, from the digit runs alone; a run belongs to one candidate at most. */
export function cprCandidates(text: string, runs: DigitRuns): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < runs.start.length; i++) {
    const start = runs.start[i] ?? 0;
    const end = runs.end[i] ?? 0;
    const length = end - start;
    let found: Candidate | undefined;
    if (length === CPR_DIGITS) {
      found = { start, end, value: text.slice(start, end), layout: "plain", firstRun: i, lastRun: i };
    } else if (length === 7) {
      if (substituteAt(text, end)) {
        found = {
          start,
          end: end + 3,
          value: text.slice(start, end + 3),
          layout: "letters",
          firstRun: i,
          lastRun: i + 1,
        };
      }
    } else if (GROUP_ENDS.has(length) && length <= DATE_END) {
      found =
        groupedAt(text, runs, i) ??
        (length === DATE_END ? substituteWithSeparatorAt(text, runs, i) : undefined);
    }
    if (found !== undefined) {
      candidates.push(found);
      i = Math.max(i, found.lastRun);
    }
  }
  return candidates;
}

const GLUE = new Set(["-", ".", "/"]);
/** Layouts whose groups are separated by spaces: a digit a space away belongs to the same number. */
const SPACED = new Set<CprLayout>(["space", "grouped", "dotted", "wrapped"]);

/**
 * Part of a longer number: "12-0101901234", "0101901234/25", a phone's "+", "…1234:56" (a time), or a digit a group
 * separator away from a number written in groups ("12 01 01 90 1234").
 */
export function isGlued(text: string, c: Candidate): boolean {
  const before = text[c.start - 1];
  const after = text[c.end];
  if (before === "+") return true;
  if (before !== undefined && GLUE.has(before) && isDigit(text[c.start - 2])) return true;
  if (after !== undefined && (GLUE.has(after) || after === ":") && isDigit(text[c.end + 1])) return true;
  if (SPACED.has(c.layout))
    return (before === " " && isDigit(text[c.start - 2])) || (after === " " && isDigit(text[c.end + 1]));
  return false;
}

const LETTER = /\p{L}/u;

/**
 * Letters written right against the digits ("AB0101901234", "0101901234kr"): a code or a product number. An
 * underscore joins words in file names and code ("Billede_0101901234.jpg"), so it counts as a letter here.
 */
export function isGluedToLetters(text: string, c: Candidate): boolean {
  const before = text[c.start - 1];
  const after = text[c.end];
  return (
    (before !== undefined && (before === "_" || LETTER.test(before))) ||
    (after !== undefined && (after === "_" || LETTER.test(after)))
  );
}
