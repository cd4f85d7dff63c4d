import { CLASSIFIED_FIELDS } from "../../src/core/triage-types";
import type { Judged } from "./headline";
import { pct, table } from "./print";

/**
 * What the pane's "unsure" does with these confidences, per head: how often a field is unsure (under
 * `thresholds.unsureBelow`, so the pane offers its two likeliest values), how often the engine is right when it is
 * sure, and how often the two values offered hold the right one when it is not.
 */
export function printAbstention(judged: readonly Judged[]): void {
  const rows = CLASSIFIED_FIELDS.map((head) => {
    const right = (j: Judged): boolean => j.classification[head].value === j.labels[head];
    const unsure = judged.filter((j) => j.classification[head].choices !== undefined);
    const sure = judged.filter((j) => j.classification[head].choices === undefined);
    const offered = unsure.filter((j) =>
      (j.classification[head].choices ?? []).some((choice) => choice.value === j.labels[head]),
    );
    const share = (part: number, whole: number): string => (whole === 0 ? "n/a" : pct(part / whole));
    return [
      head,
      share(unsure.length, judged.length),
      share(sure.filter(right).length, sure.length),
      share(unsure.filter(right).length, unsure.length),
      share(offered.length, unsure.length),
    ];
  });
  console.log(
    table(["", "unsure", "right when sure", "right when unsure", "truth among the two offered"], rows),
  );
}
