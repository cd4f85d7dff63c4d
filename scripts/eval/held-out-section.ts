import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { triage } from "../../src/core/triage";
import { readEmlFile } from "../../src/eml/read-eml-file";
import { isHeldOut } from "../lib/corpus-split";
import { printAbstention } from "./abstention";
import { evaluate, type Outcome } from "./evaluate";
import { eceTargets, headline, type Judged } from "./headline";
import type { Corpus } from "./labels";
import {
  printClassification,
  printDetection,
  printDetectionBySet,
  printHeading,
  printMisses,
  type TargetCheck,
} from "./print";
import { printHeadlines } from "./print-headline";

/**
 * The sets written blind, without running the engine on them, for issue 10: each is held to the detection
 * targets on its own. `d` is the independent set those targets were first measured on; `e` came after.
 */
const BLIND_SETS = ["d", "e"] as const;

/** The corpus sets among the outcomes, in sorted order. */
function setsOf(outcomes: readonly Outcome[]): string[] {
  return [...new Set(outcomes.map((outcome) => outcome.mail.set))].sort();
}

export function judged(outcomes: readonly Outcome[]): Judged[] {
  return outcomes.flatMap((outcome) =>
    outcome.triage === undefined
      ? []
      : [{ labels: outcome.mail.label, classification: outcome.triage.classification }],
  );
}

/**
 * The shipped engine (its text model as `npm run train` left it) on every labelled mail: detection on all of them,
 * classification also on the held-out quarter the model never trained on.
 */
export async function heldOutSection(corpus: Corpus, quiet: boolean): Promise<TargetCheck[]> {
  const outcomes: Outcome[] = [];
  for (const mail of corpus.mails) {
    const read = await readEmlFile(mail.path);
    if (!read.ok) outcomes.push({ mail, error: read.error });
    // "now" from the mail itself keeps deadlines, and so the whole report, the same on every run.
    else outcomes.push({ mail, triage: triage(read.mail, DEFAULT_CONFIG, new Date(read.mail.date ?? 0)) });
  }

  const threshold = DEFAULT_CONFIG.detection.threshold;
  const all = evaluate(outcomes, threshold);
  const heldOutOutcomes = outcomes.filter((outcome) => isHeldOut(outcome.mail.label.file));
  const heldOut = evaluate(heldOutOutcomes, threshold);
  printHeading("All labelled mails (classification in-sample for the mails npm run train trained on)", all);
  printDetection(all, threshold);
  const bySet = setsOf(outcomes).map((set) => ({
    set,
    detection: evaluate(
      outcomes.filter((outcome) => outcome.mail.set === set),
      threshold,
    ),
  }));
  printDetectionBySet(bySet);
  printClassification(all);
  printHeading("Held-out quarter (never seen by npm run train)", heldOut);
  printClassification(heldOut);
  const figures = headline(judged(heldOutOutcomes));
  console.log(
    `\nHeld-out quarter, the issue's figures and calibration (ECE, 10 bins, of each head's confidence):`,
  );
  printHeadlines([{ name: "held-out", headline: figures }]);
  console.log("\nUnsure fields in the held-out quarter (the pane offers the two likeliest values):");
  printAbstention(judged(heldOutOutcomes));
  printMisses("Unreadable mails", all.unreadable);
  if (!quiet) {
    printMisses("Detection misses", all.detectionMisses);
    printMisses("Classification misses", all.classificationMisses);
  }
  const blind = bySet.filter(({ set }) => (BLIND_SETS as readonly string[]).includes(set));
  return [
    ...blind.flatMap(({ set, detection }) => [
      { name: `CPR precision per number (set ${set})`, figure: detection.cpr.precision, target: 0.98 },
      { name: `CPR recall per number (set ${set})`, figure: detection.cpr.recall, target: 0.98 },
      { name: `helbred F1 (set ${set})`, figure: detection.kinds.get("helbred")?.f1 ?? 0, target: 0.9 },
    ]),
    { name: "CPR recall per number (all)", figure: all.cpr.recall, target: 0.99 },
    { name: "CPR precision per number (all)", figure: all.cpr.precision, target: 0.98 },
    { name: "helbred F1 (all)", figure: all.kinds.get("helbred")?.f1 ?? 0, target: 0.9 },
    { name: "sensitivity accuracy (all)", figure: all.sensitivity.accuracy, target: 0.9 },
    { name: "handling macro-F1 (held-out)", figure: heldOut.handling.macroF1, target: 0.85 },
    { name: "topic accuracy (held-out)", figure: heldOut.topic.accuracy, target: 0.85 },
    { name: "sender accuracy (held-out)", figure: heldOut.sender.accuracy, target: 0.9 },
    { name: "aktindsigt recall (held-out)", figure: heldOut.aktindsigt.recall, target: 0.95 },
    ...eceTargets(figures, "held-out"),
  ];
}
