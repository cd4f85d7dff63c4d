/**
 * npm run learn-protocol: the learning protocol of `kanalvagt learn` on the labelled corpus. For each set S of
 * test/fixtures/corpus, a base model is trained on the other sets only (S is a style it never saw); it is adapted to
 * 80 mails of S (as if staff had corrected them), and both models are measured on the rest of S, which neither saw.
 * Prints the gain per field and set, and the mean.
 *
 * Options: --sets a,b (only these sets), --learn N (mails to learn from; 80), --cache DIR (keep the base models
 * there and reuse them: training one takes minutes).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TextModel } from "../src/core/classify/model";
import { DEFAULT_ADAPT_OPTIONS, adaptModel, type LocalExample } from "../src/core/learn/adapt-model";
import {
  compareFields,
  FIELD_MEASURE,
  predicted,
  type FieldComparison,
} from "../src/core/learn/local-evaluation";
import { DEFAULT_MIN_MAILS_AND_SENDERS } from "../src/core/learn/private-buckets";
import { CLASSIFIED_FIELDS, type ClassifiedField } from "../src/core/triage-types";
import { CHOSEN_TRAINING_OPTIONS } from "./lib/chosen-training-options";
import { fnv1a } from "./lib/corpus-split";
import { readExamples, trainCalibratedModel, type Example } from "./lib/text-model-training";

const CORPUS = "test/fixtures/corpus";
const FOLDS = 5;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function local(e: Example): LocalExample {
  return {
    id: e.labels.file,
    features: e.features,
    boosts: e.boosts,
    labels: { handling: e.labels.handling, topic: e.labels.topic, sender: e.labels.sender },
    sender: e.mail.from?.address.toLowerCase() ?? "",
  };
}

/** The model trained, as `npm run train` trains the shipped one, on every set but `set`. */
function baseModel(examples: readonly Example[], set: string): TextModel {
  const cache = option("--cache");
  const file = cache === undefined ? undefined : join(cache, `base-without-${set}.json`);
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TextModel;
  const training = examples.filter((e) => e.set !== set);
  const { model } = trainCalibratedModel(training, FOLDS, CHOSEN_TRAINING_OPTIONS);
  if (cache !== undefined && file !== undefined) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(file, JSON.stringify(model));
  }
  return model;
}

const figure = (x: number): string => `${x >= 0 ? "+" : ""}${x.toFixed(3)}`;

async function main(): Promise<void> {
  const examples = await readExamples(CORPUS);
  const allSets = [...new Set(examples.map((e) => e.set))].sort();
  const sets = option("--sets")?.split(",") ?? allSets;
  const learnCount = Number(option("--learn") ?? 80);
  const gains: Record<ClassifiedField, number[]> = { handling: [], topic: [], sender: [] };
  for (const set of sets) {
    const started = performance.now();
    const base = baseModel(examples, set);
    // The mails staff "corrected": a fixed choice by a hash of the file name, the rest of the set is the test.
    const ofSet = examples
      .filter((e) => e.set === set)
      .map(local)
      .sort((a, b) => fnv1a(`learn:${a.id}`) - fnv1a(`learn:${b.id}`));
    const learnFrom = ofSet.slice(0, learnCount);
    const test = ofSet.slice(learnCount);
    const trainedAt = performance.now();
    const learned = adaptModel(base, learnFrom, {
      ...DEFAULT_ADAPT_OPTIONS,
      minMailsAndSenders: DEFAULT_MIN_MAILS_AND_SENDERS,
    });
    const learnMs = performance.now() - trainedAt;
    const comparison: FieldComparison[] = compareFields(
      test,
      (e, field) => predicted(base, e, field),
      (e, field) => predicted(learned, e, field),
    );
    console.log(
      `set ${set}: base trained on ${allSets.filter((s) => s !== set).join("+")} in ${((trainedAt - started) / 1000).toFixed(0)} s, learned from ${learnFrom.length} mails in ${(learnMs / 1000).toFixed(1)} s, tested on ${test.length}`,
    );
    for (const c of comparison) {
      gains[c.field].push(c.after - c.before);
      console.log(
        `  ${c.field.padEnd(9)} ${FIELD_MEASURE[c.field].padEnd(8)} ${c.before.toFixed(3)} → ${c.after.toFixed(3)}  ${figure(c.after - c.before)}`,
      );
    }
  }
  console.log("\nmean gain over the sets");
  for (const field of CLASSIFIED_FIELDS) {
    const list = gains[field];
    const mean = list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
    console.log(`  ${field.padEnd(9)} ${figure(mean)}  (worst ${figure(Math.min(...list))})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
