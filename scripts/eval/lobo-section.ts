import { CHOSEN_TRAINING_OPTIONS } from "../lib/chosen-training-options";
import {
  predict,
  readExamples,
  trainCalibratedModel,
  trainModel,
  type Example,
} from "../lib/text-model-training";
import { printAbstention } from "./abstention";
import { leaveOneBatchOut } from "./batches";
import { eceTargets, headline, meanHeadline, type Headline, type Judged } from "./headline";
import type { TargetCheck } from "./print";
import { printHeadlines } from "./print-headline";

/** Fewer folds than training's 5: each fold is a full training run, and every set is left out in turn. */
const CALIBRATION_FOLDS = 3;

const judgedOf = (examples: readonly Example[], model: Parameters<typeof predict>[1]): Judged[] =>
  predict(examples, model).map(({ example, classification }) => ({ labels: example.labels, classification }));

/**
 * Leave-one-batch-out: for each set, a text model trained in memory on every other set (all their mails, with the
 * options `npm run train` uses) classifies the set left out. Nothing is written. Each model is calibrated as training
 * does, on 3-fold out-of-fold scores of its own training sets, since the calibration moves decisions as well as
 * confidences; `calibrated: false` leaves that out for a quick look (about a third of the time), and its figures are
 * then those of an engine that does not ship, so the ECE targets are left out too.
 */
export async function loboSection(corpusDir: string, calibrated = true): Promise<TargetCheck[]> {
  const examples = await readExamples(corpusDir);
  const rows: { name: string; headline: Headline }[] = [];
  const pooled: Judged[] = [];
  for (const split of leaveOneBatchOut(examples)) {
    const started = Date.now();
    const model = calibrated
      ? trainCalibratedModel(split.training, CALIBRATION_FOLDS, CHOSEN_TRAINING_OPTIONS).model
      : trainModel(split.training, CHOSEN_TRAINING_OPTIONS);
    const judged = judgedOf(split.test, model);
    pooled.push(...judged);
    rows.push({ name: `${split.set} (trained on ${split.training.length})`, headline: headline(judged) });
    console.log(
      `   set ${split.set} left out: trained and classified in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const mean = meanHeadline(rows.map((row) => row.headline));
  console.log(
    `\nEach set classified by a model that never saw it; "mean" weighs each set once, "pooled" each mail` +
      (calibrated
        ? " (calibrated on 3-fold out-of-fold scores of the training sets, as in training):"
        : " (uncalibrated models, unlike the shipped one: decisions and ECE differ from the engine's):"),
  );
  printHeadlines([
    ...rows,
    { name: "mean of sets", headline: mean },
    { name: "pooled", headline: headline(pooled) },
  ]);
  console.log("\nUnsure fields over all sets (the pane offers the two likeliest values):");
  printAbstention(pooled);
  return [
    { name: "handling macro-F1 (LOBO mean)", figure: mean.handlingMacroF1, target: 0.85 },
    { name: "selvbetjening recall (LOBO mean)", figure: mean.selvbetjeningRecall, target: 0.8 },
    { name: "topic accuracy (LOBO mean)", figure: mean.topicAccuracy, target: 0.85 },
    { name: "sender accuracy (LOBO mean)", figure: mean.senderAccuracy, target: 0.93 },
    { name: "aktindsigt recall (LOBO mean)", figure: mean.aktindsigtRecall, target: 0.95 },
    ...(calibrated ? eceTargets(mean, "LOBO mean") : []),
  ];
}
