/**
 * `npm run eval`: runs triage on every labelled mail of the corpus and reports how close it comes to the labels —
 * detection on all mails, classification also on the held-out quarter the text model never trained on.
 * A report, so it exits 0; `--check` exits 1 when a target of issues 3 and 4 is missed; `--quiet` leaves out the
 * list of misses.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG } from "../src/core/config/load";
import { triage } from "../src/core/triage";
import { readEmlFile } from "../src/eml/read-eml-file";
import { evaluate, type Outcome } from "./eval/evaluate";
import { readCorpus } from "./eval/labels";
import { printClassification, printDetection, printHeading, printMisses, printTargets } from "./eval/print";
import { isHeldOut } from "./lib/corpus-split";

const CORPUS = join(__dirname, "..", "test", "fixtures", "corpus");

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: { check: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } },
  });
  const corpus = await readCorpus(CORPUS);
  for (const problem of corpus.problems) console.log(`corpus problem: ${problem}`);

  const outcomes: Outcome[] = [];
  for (const mail of corpus.mails) {
    const read = await readEmlFile(mail.path);
    if (!read.ok) outcomes.push({ mail, error: read.error });
    // "now" from the mail itself keeps deadlines, and so the whole report, the same on every run.
    else outcomes.push({ mail, triage: triage(read.mail, DEFAULT_CONFIG, new Date(read.mail.date ?? 0)) });
  }

  const threshold = DEFAULT_CONFIG.detection.threshold;
  const all = evaluate(outcomes, threshold);
  const heldOut = evaluate(
    outcomes.filter((outcome) => isHeldOut(outcome.mail.label.file)),
    threshold,
  );
  printHeading("All labelled mails", all);
  printDetection(all, threshold);
  printClassification(all);
  printHeading("Held-out quarter (never seen by npm run train)", heldOut);
  printClassification(heldOut);
  printMisses("Unreadable mails", all.unreadable);
  if (!values.quiet) {
    printMisses("Detection misses", all.detectionMisses);
    printMisses("Classification misses", all.classificationMisses);
  }
  const met = printTargets([
    { name: "CPR recall per number (all)", figure: all.cpr.recall, target: 0.99 },
    { name: "CPR precision per number (all)", figure: all.cpr.precision, target: 0.98 },
    { name: "helbred F1 (all)", figure: all.kinds.get("helbred")?.f1 ?? 0, target: 0.9 },
    { name: "sensitivity accuracy (all)", figure: all.sensitivity.accuracy, target: 0.9 },
    { name: "handling macro-F1 (held-out)", figure: heldOut.handling.macroF1, target: 0.85 },
    { name: "topic accuracy (held-out)", figure: heldOut.topic.accuracy, target: 0.85 },
    { name: "sender accuracy (held-out)", figure: heldOut.sender.accuracy, target: 0.9 },
    { name: "aktindsigt recall (held-out)", figure: heldOut.aktindsigt.recall, target: 0.95 },
  ]);
  return values.check && !met ? 1 : 0;
}

void run().then((code) => {
  process.exitCode = code;
});
