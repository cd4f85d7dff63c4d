/**
 * npm run learn-protocol: the learning protocol of `kanalvagt learn` on the labelled corpus. For each set S of
 * test/fixtures/corpus, a base model is trained on the other sets only (S is a style it never saw); it is adapted to
 * 80 mails of S (as if staff had corrected them), and both models are measured on the rest of S, which neither saw.
 * Prints the gain per field and set, and the mean.
 *
 * One choice of the 80 mails is a noisy measure: on the sets' 20 to 105 test mails one mail moves a figure by 0.01 to
 * 0.05, and over five choices the mean gain over the sets spanned 0.02 to 0.03 (handling +0.001 to +0.023, topic
 * +0.006 to +0.032), as wide as the gains themselves. `--splits N` repeats the protocol with N choices of the mails to
 * learn from (the first is the one a run without it makes) and prints each set's mean gain with its range.
 *
 * `--ceiling` also retrains the base from scratch with the learned-from mails added (same features and options, no
 * k-anonymity) and prints its gain on the same test mails: what labels can teach at most, beside what learning taught.
 *
 * Options: --sets a,b (only these sets), --learn N (mails to learn from; 80), --splits N (choices of those mails; 1),
 * --ceiling, --cache DIR (keep the base and retrained models there and reuse them: training one takes minutes).
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

/** A model trained as `npm run train` trains the shipped one, on `training`; kept in --cache under `name`. */
function trainedModel(training: readonly Example[], name: string): TextModel {
  const cache = option("--cache");
  const file = cache === undefined ? undefined : join(cache, `${name}.json`);
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TextModel;
  const { model } = trainCalibratedModel(training, FOLDS, CHOSEN_TRAINING_OPTIONS);
  if (cache !== undefined && file !== undefined) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(file, JSON.stringify(model));
  }
  return model;
}

/** The model trained on every set but `set`: the base that learning starts from. */
function baseModel(examples: readonly Example[], set: string): TextModel {
  return trainedModel(
    examples.filter((e) => e.set !== set),
    `base-without-${set}`,
  );
}

/**
 * The ceiling of learning: the base retrained from scratch with the learned-from mails added to its training mails
 * (same features and options, no k-anonymity), as if the shipped model had been trained with them.
 */
function retrainedModel(
  examples: readonly Example[],
  set: string,
  learnFrom: readonly LocalExample[],
  split: number,
): TextModel {
  const added = new Set(learnFrom.map((e) => e.id));
  return trainedModel(
    examples.filter((e) => e.set !== set || added.has(e.labels.file)),
    `retrained-${set}-${learnFrom.length}-split${split}`,
  );
}

const figure = (x: number): string => `${x >= 0 ? "+" : ""}${x.toFixed(3)}`;
const mean = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);

/** The mails staff "corrected" in split `n`: a fixed choice by a hash of the file name, the rest of the set is the test. */
function splitOf(
  ofSet: readonly LocalExample[],
  n: number,
  learnCount: number,
): [LocalExample[], LocalExample[]] {
  const salt = n === 0 ? "learn" : `learn${n}`;
  const order = [...ofSet].sort((a, b) => fnv1a(`${salt}:${a.id}`) - fnv1a(`${salt}:${b.id}`));
  return [order.slice(0, learnCount), order.slice(learnCount)];
}

async function main(): Promise<void> {
  const examples = await readExamples(CORPUS);
  const allSets = [...new Set(examples.map((e) => e.set))].sort();
  const sets = option("--sets")?.split(",") ?? allSets;
  const learnCount = Number(option("--learn") ?? 80);
  const gains: Record<ClassifiedField, number[]> = { handling: [], topic: [], sender: [] };
  const splits = Number(option("--splits") ?? 1);
  // Per field and split, the gains of the sets: the spread of the mean over the sets from one split to the next.
  const bySplit: Record<ClassifiedField, number[][]> = { handling: [], topic: [], sender: [] };
  const ceiling = process.argv.includes("--ceiling");
  const retrainGains: Record<ClassifiedField, number[]> = { handling: [], topic: [], sender: [] };
  for (const set of sets) {
    const started = performance.now();
    const base = baseModel(examples, set);
    const trainedAt = performance.now();
    const ofSet = examples.filter((e) => e.set === set).map(local);
    const perSplit: Record<ClassifiedField, number[]> = { handling: [], topic: [], sender: [] };
    const figures = new Map<ClassifiedField, string>();
    const retrainPerSplit: Record<ClassifiedField, number[]> = { handling: [], topic: [], sender: [] };
    let learnMs = 0;
    let tested = 0;
    for (let n = 0; n < splits; n++) {
      const [learnFrom, test] = splitOf(ofSet, n, learnCount);
      const learnStart = performance.now();
      const learned = adaptModel(base, learnFrom, {
        ...DEFAULT_ADAPT_OPTIONS,
        minMailsAndSenders: DEFAULT_MIN_MAILS_AND_SENDERS,
      });
      learnMs += performance.now() - learnStart;
      tested = test.length;
      const comparison: FieldComparison[] = compareFields(
        test,
        (e, field) => predicted(base, e, field),
        (e, field) => predicted(learned, e, field),
      );
      for (const c of comparison) {
        perSplit[c.field].push(c.after - c.before);
        (bySplit[c.field][n] ??= []).push(c.after - c.before);
        figures.set(c.field, `${c.before.toFixed(3)} → ${c.after.toFixed(3)}`);
      }
      if (ceiling) {
        const retrained = retrainedModel(examples, set, learnFrom, n);
        const byRetrain = compareFields(
          test,
          (e, field) => predicted(base, e, field),
          (e, field) => predicted(retrained, e, field),
        );
        for (const c of byRetrain) retrainPerSplit[c.field].push(c.after - c.before);
      }
    }
    console.log(
      `set ${set}: base trained on ${allSets.filter((s) => s !== set).join("+")} in ${((trainedAt - started) / 1000).toFixed(0)} s, learned from ${Math.min(learnCount, ofSet.length)} mails in ${(learnMs / splits / 1000).toFixed(1)} s, tested on ${tested}${splits > 1 ? `, ${splits} splits` : ""}`,
    );
    for (const field of CLASSIFIED_FIELDS) {
      const list = perSplit[field];
      if (list.length === 0) continue;
      gains[field].push(mean(list));
      const detail =
        splits === 1
          ? (figures.get(field) ?? "")
          : `range ${figure(Math.min(...list))} to ${figure(Math.max(...list))}`;
      console.log(`  ${field.padEnd(9)} ${FIELD_MEASURE[field].padEnd(8)} ${detail}  ${figure(mean(list))}`);
      const retrained = retrainPerSplit[field];
      if (retrained.length === 0) continue;
      retrainGains[field].push(mean(retrained));
      console.log(`  ${"".padEnd(18)} retrained with them: ${figure(mean(retrained))}`);
    }
  }
  console.log("\nmean gain over the sets");
  for (const field of CLASSIFIED_FIELDS) {
    const list = gains[field];
    const splitMeans = bySplit[field].map(mean);
    const spread =
      splits === 1
        ? ""
        : `; the mean of one split from ${figure(Math.min(...splitMeans))} to ${figure(Math.max(...splitMeans))}`;
    console.log(
      `  ${field.padEnd(9)} ${figure(mean(list))}  (worst set ${figure(Math.min(...list))}${spread})`,
    );
    const retrained = retrainGains[field];
    if (retrained.length > 0) {
      console.log(
        `  ${"".padEnd(9)} retrained with them: ${figure(mean(retrained))}  (worst set ${figure(Math.min(...retrained))})`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
