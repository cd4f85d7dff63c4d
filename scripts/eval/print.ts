import { ART9_KINDS, FINDING_KINDS } from "../../src/core/taxonomy";
import type { Evaluation, Miss } from "./evaluate";
import { Tally, type Confusion } from "../../src/core/learn/metrics";

export const pct = (value: number): string => value.toFixed(3);

export function table(headings: string[], rows: string[][]): string {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  return [line(headings), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)]
    .map((l) => `   ${l}`)
    .join("\n");
}

function tallyRow(name: string, tally: Tally): string[] {
  return [
    name,
    String(tally.tp + tally.fn),
    String(tally.tp + tally.fp),
    String(tally.tp),
    String(tally.fp),
    String(tally.fn),
    pct(tally.precision),
    pct(tally.recall),
    pct(tally.f1),
  ];
}

const TALLY_HEADINGS = ["", "labelled", "found", "TP", "FP", "FN", "precision", "recall", "F1"];

function confusionTable<T extends string>(confusion: Confusion<T>): string {
  const used = confusion.classes.filter((cls) =>
    confusion.classes.some((other) => confusion.count(cls, other) + confusion.count(other, cls) > 0),
  );
  return table(
    ["labelled \\ predicted", ...used],
    used.map((truth) => [truth, ...used.map((predicted) => String(confusion.count(truth, predicted)))]),
  );
}

export function printHeading(title: string, evaluation: Evaluation): void {
  console.log(`\n== ${title}: ${evaluation.mails} mails ==`);
  if (evaluation.unreadable.length > 0) {
    console.log(`   ${evaluation.unreadable.length} could not be read (listed below).`);
  }
}

export function printDetection(evaluation: Evaluation, threshold: number): void {
  console.log(
    `\nFinding kinds, per mail (a kind counts when a finding of it reaches confidence ${threshold}):`,
  );
  console.log(
    table(
      TALLY_HEADINGS,
      FINDING_KINDS.map((kind) => tallyRow(kind, evaluation.kinds.get(kind) as Tally)),
    ),
  );
  console.log(`\nCPR numbers, one by one:`);
  console.log(table(TALLY_HEADINGS, [tallyRow("cpr numbers", evaluation.cpr)]));
  console.log(`\nSensitivity level: accuracy ${pct(evaluation.sensitivity.accuracy)}`);
  console.log(confusionTable(evaluation.sensitivity));
  console.log(`\nSignature state:`);
  console.log(
    table(TALLY_HEADINGS, [
      tallyRow("signed", evaluation.signed),
      tallyRow("encrypted", evaluation.encrypted),
    ]),
  );
}

/**
 * The detectors are not trained, so each set's figures are out of sample; the blind sets (d, e) were written to test
 * them on wording the older sets never used.
 */
export function printDetectionBySet(rows: readonly { set: string; detection: Evaluation }[]): void {
  console.log(`\nDetection per set:`);
  console.log(
    table(
      ["set", "mails", "CPR precision", "CPR recall", "helbred F1", "art. 9 F1", "sensitivity acc."],
      rows.map(({ set, detection }) => [
        set,
        String(detection.mails),
        pct(detection.cpr.precision),
        pct(detection.cpr.recall),
        pct(detection.kinds.get("helbred")?.f1 ?? 0),
        pct(art9(detection).f1),
        pct(detection.sensitivity.accuracy),
      ]),
    ),
  );
}

/** All art. 9 kinds pooled: a mail-and-kind pair counts once. */
function art9(evaluation: Evaluation): Tally {
  const pooled = new Tally();
  for (const kind of ART9_KINDS) {
    const tally = evaluation.kinds.get(kind);
    if (tally === undefined) continue;
    pooled.tp += tally.tp;
    pooled.fp += tally.fp;
    pooled.fn += tally.fn;
  }
  return pooled;
}

export function printClassification(evaluation: Evaluation): void {
  console.log(`\nClassification:`);
  console.log(
    table(
      ["", "accuracy", "macro-F1"],
      [
        ["handling", pct(evaluation.handling.accuracy), pct(evaluation.handling.macroF1)],
        ["topic", pct(evaluation.topic.accuracy), pct(evaluation.topic.macroF1)],
        ["sender", pct(evaluation.sender.accuracy), pct(evaluation.sender.macroF1)],
        ["lang", pct(evaluation.lang.accuracy), pct(evaluation.lang.macroF1)],
      ],
    ),
  );
  console.log(`\nFlags:`);
  console.log(
    table(TALLY_HEADINGS, [
      tallyRow("aktindsigt", evaluation.aktindsigt),
      tallyRow("klage", evaluation.klage),
    ]),
  );
  console.log(`\nHandling, labelled against predicted:`);
  console.log(confusionTable(evaluation.handling));
}

export function printMisses(title: string, misses: Miss[]): void {
  if (misses.length === 0) return;
  console.log(`\n${title} (${misses.length}):`);
  for (const miss of misses) console.log(`   ${miss.file}  ${miss.what}`);
}

export interface TargetCheck {
  name: string;
  figure: number;
  /** The goal an issue set: printed, not gated. */
  target: number;
  /** The figure must stay at or below the target (an error or a drop) instead of reaching it. */
  atMost?: boolean;
}

/** What the targets came to: whether every goal was reached, and whether every regression floor held. */
export interface TargetOutcome {
  goalsMet: boolean;
  floorsHeld: boolean;
}

/**
 * Prints each figure against its goal and its regression floor (floors.json). A figure with no floor is reported
 * only; CI's `--check` fails on a broken floor, so a change that makes the engine worse cannot land, while goals the
 * engine has not reached yet stay visible without blocking every change.
 */
export function printTargets(checks: TargetCheck[], floors: Readonly<Record<string, number>>): TargetOutcome {
  console.log(`\nTargets (goal; floor = what --check holds):`);
  const outcome: TargetOutcome = { goalsMet: true, floorsHeld: true };
  for (const check of checks) {
    const reaches = (limit: number): boolean =>
      check.atMost === true ? check.figure <= limit : check.figure >= limit;
    const relation = check.atMost === true ? "≤" : "≥";
    const floor = floors[check.name];
    const goalMet = reaches(check.target);
    const floorHeld = floor === undefined || reaches(floor);
    outcome.goalsMet &&= goalMet;
    outcome.floorsHeld &&= floorHeld;
    const state = !floorHeld ? "BELOW FLOOR" : goalMet ? "ok" : "goal missed";
    const floorText = floor === undefined ? "no floor" : `floor ${relation} ${floor}`;
    console.log(
      `   ${state.padEnd(11)}  ${check.name}: ${pct(check.figure)} (goal ${relation} ${check.target}, ${floorText})`,
    );
  }
  return outcome;
}
