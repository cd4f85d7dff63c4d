/**
 * Training and measuring the text model of src/core/classify: softmax regression per head over the features
 * classify() reads, with the rules' pushes as fixed offsets (so the model learns what the rules leave open), class
 * weights against imbalance, and L2, then a calibration per head fitted on out-of-fold scores (calibration-fit.ts). Deterministic:
 * sorted inputs, zero start, a fixed number of full-batch steps, a convex calibration fit.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import {
  classificationInput,
  headScores,
  classify,
  type ClassifiedText,
  type RuleBoost,
  type RuleBoosts,
} from "../../src/core/classify/classify";
import { FEATURE_BUCKETS } from "../../src/core/classify/feature-hash";
import type { Features } from "../../src/core/classify/features";
import {
  identityCalibration,
  MODEL_FORMAT,
  softmax,
  type ModelHead,
  type TextModel,
} from "../../src/core/classify/model";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import type { Mail } from "../../src/core/mail";
import { FLAGS, HANDLINGS, SENDERS, TOPICS } from "../../src/core/taxonomy";
import type { Classification } from "../../src/core/triage-types";
import { parseEml } from "../../src/eml/parse-eml";
import { Confusion, Tally } from "../../src/core/learn/metrics";
import { fitCalibration } from "./calibration-fit";
import { fnv1a } from "./corpus-split";

export type HeadName = "handling" | "topic" | "sender";
export const HEADS: readonly HeadName[] = ["handling", "topic", "sender"];
const LABELS: Record<HeadName, readonly string[]> = { handling: HANDLINGS, topic: TOPICS, sender: SENDERS };

export interface Labels {
  file: string;
  handling: string;
  flags: string[];
  topic: string;
  sender: string;
  lang: string;
}

export interface Example {
  set: string;
  labels: Labels;
  mail: Mail;
  analysis: ClassifiedText;
  features: Features;
  boosts: RuleBoosts;
}

export interface TrainingOptions {
  /** L2 strength per head. */
  l2: Record<HeadName, number>;
  epochs: number;
  /** A word or word pair must occur in this many training mails to become a feature ("#signals" always do). */
  minDocumentFrequency: number;
}

/** Every labelled mail of every set, in sorted order; the features are read once with the default configuration. */
export async function readExamples(corpus: string): Promise<Example[]> {
  const examples: Example[] = [];
  const sets = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, "labels.jsonl")))
    .map((d) => d.name)
    .sort();
  for (const set of sets) {
    const rows = readFileSync(join(corpus, set, "labels.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Labels)
      .sort((a, b) => a.file.localeCompare(b.file));
    for (const labels of rows) {
      const parsed = await parseEml(readFileSync(join(corpus, set, labels.file)));
      if (!parsed.ok) {
        console.error(`skipped ${set}/${labels.file}: ${parsed.error}`);
        continue;
      }
      const analysis = analyse(parsed.mail, DEFAULT_CONFIG.detection);
      const { features, boosts } = classificationInput(parsed.mail, analysis, DEFAULT_CONFIG);
      examples.push({ set, labels, mail: parsed.mail, analysis, features, boosts });
    }
  }
  return examples;
}

/** Buckets that occur in at least this many mails; the rest keep weight 0 (one mail's quirks teach nothing). */
function keptBuckets(examples: readonly Example[], minDocumentFrequency: number): Uint8Array {
  const df = new Int32Array(FEATURE_BUCKETS);
  for (const e of examples) for (const b of e.features.index) df[b] = (df[b] ?? 0) + 1;
  return Uint8Array.from(df, (n) => (n >= minDocumentFrequency ? 1 : 0));
}

interface Row {
  y: number;
  index: Int32Array;
  value: Float64Array;
  offset: Float64Array;
  weight: number;
}

function offsets(labels: readonly string[], boosts: readonly RuleBoost[]): Float64Array {
  const out = new Float64Array(labels.length);
  for (const boost of boosts) {
    const i = labels.indexOf(boost.label);
    if (i >= 0) out[i] = (out[i] ?? 0) + boost.amount;
  }
  return out;
}

const STEP = 1;
const MOMENTUM = 0.9;

/** Weights as signed bytes with one scale per head: a quarter of the size of floats, and precise enough. */
function quantise(weights: Float64Array): { scale: number; bytes: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = Int8Array.from(weights, (w) => Math.round(w / scale));
  return { scale, bytes: Buffer.from(bytes.buffer).toString("base64") };
}

/** Softmax regression by full-batch gradient descent with Nesterov momentum, from zero weights. */
function trainHead(
  examples: readonly Example[],
  kept: Uint8Array,
  head: HeadName,
  l2: number,
  epochs: number,
): ModelHead {
  const labels = LABELS[head];
  const k = labels.length;
  const known = examples.filter((e) => labels.includes(e.labels[head]));
  const counts = labels.map((l) => known.filter((e) => e.labels[head] === l).length);
  const rows: Row[] = known.map((e) => {
    const at = [...e.features.index.keys()].filter((i) => kept[e.features.index[i] ?? 0] === 1);
    const y = labels.indexOf(e.labels[head]);
    return {
      y,
      index: Int32Array.from(at, (i) => (e.features.index[i] ?? 0) * k),
      value: Float64Array.from(at, (i) => e.features.value[i] ?? 0),
      offset: offsets(labels, e.boosts[head]),
      weight: known.length / (k * (counts[y] ?? 1)),
    };
  });
  const size = (FEATURE_BUCKETS + 1) * k; // the last block of k is the bias
  const w = new Float64Array(size);
  const velocity = new Float64Array(size);
  const look = new Float64Array(size);
  const grad = new Float64Array(size);
  const scores = new Float64Array(k);
  const error = new Float64Array(k);
  const biasAt = FEATURE_BUCKETS * k;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < size; i++) look[i] = (w[i] ?? 0) + MOMENTUM * (velocity[i] ?? 0);
    grad.fill(0);
    for (const row of rows) {
      for (let c = 0; c < k; c++) scores[c] = (look[biasAt + c] ?? 0) + (row.offset[c] ?? 0);
      for (let j = 0; j < row.index.length; j++) {
        const base = row.index[j] ?? 0;
        const v = row.value[j] ?? 0;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (look[base + c] ?? 0);
      }
      const p = softmax(Array.from(scores));
      for (let c = 0; c < k; c++) {
        error[c] = (row.weight * ((p[c] ?? 0) - (c === row.y ? 1 : 0))) / n;
        grad[biasAt + c] = (grad[biasAt + c] ?? 0) + (error[c] ?? 0);
      }
      for (let j = 0; j < row.index.length; j++) {
        const base = row.index[j] ?? 0;
        const v = row.value[j] ?? 0;
        for (let c = 0; c < k; c++) grad[base + c] = (grad[base + c] ?? 0) + (error[c] ?? 0) * v;
      }
    }
    for (let i = 0; i < size; i++) {
      const penalty = i < biasAt ? l2 * (look[i] ?? 0) : 0;
      velocity[i] = MOMENTUM * (velocity[i] ?? 0) - STEP * ((grad[i] ?? 0) + penalty);
      w[i] = (w[i] ?? 0) + (velocity[i] ?? 0);
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const { scale, bytes } = quantise(w.subarray(0, biasAt));
  return {
    labels: [...labels],
    bias: Array.from(w.subarray(biasAt, biasAt + k), round),
    calibration: identityCalibration(k),
    scale,
    weights: bytes,
  };
}

function withVersion(model: Omit<TextModel, "version">): TextModel {
  const version = `lr-${fnv1a(JSON.stringify(model.heads)).toString(16).padStart(8, "0")}`;
  return {
    format: model.format,
    version,
    trainedOn: model.trainedOn,
    buckets: model.buckets,
    heads: model.heads,
  };
}

/** A model trained on the given mails, uncalibrated (the identity calibration). */
export function trainModel(examples: readonly Example[], options: TrainingOptions): TextModel {
  const kept = keptBuckets(examples, options.minDocumentFrequency);
  const heads = {
    handling: trainHead(examples, kept, "handling", options.l2.handling, options.epochs),
    topic: trainHead(examples, kept, "topic", options.l2.topic, options.epochs),
    sender: trainHead(examples, kept, "sender", options.l2.sender, options.epochs),
  };
  return withVersion({ format: MODEL_FORMAT, trainedOn: examples.length, buckets: FEATURE_BUCKETS, heads });
}

/** One mail's scores per head (the model's and the rules', before calibration), by a model that did not train on it. */
export interface OutOfFold {
  example: Example;
  scores: Record<HeadName, { model: number[]; rules: number[] }>;
}

/** A head's calibration fitted on the out-of-fold scores of the mails labelled with one of its labels. */
export function fitHeadCalibration(
  outOfFold: readonly OutOfFold[],
  head: HeadName,
): ModelHead["calibration"] {
  const labels = LABELS[head];
  const rows = outOfFold
    .filter((o) => labels.includes(o.example.labels[head]))
    .map((o) => ({ ...o.scores[head], y: labels.indexOf(o.example.labels[head]) }));
  return fitCalibration(rows, labels.length);
}

/**
 * The model trained on all the given mails, with each head's calibration fitted on k-fold out-of-fold scores of the
 * same mails (never on mails it is later measured on). Returns the out-of-fold scores and predictions too (by the
 * fold models, uncalibrated).
 */
export function trainCalibratedModel(
  examples: readonly Example[],
  folds: number,
  options: TrainingOptions,
): { model: TextModel; outOfFold: OutOfFold[]; predictions: Prediction[] } {
  const outOfFold: OutOfFold[] = [];
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainModel(
      examples.filter((e) => foldOf(e, folds) !== fold),
      options,
    );
    const held = examples.filter((e) => foldOf(e, folds) === fold);
    predictions.push(...predict(held, model));
    for (const example of held) {
      const scores = {} as OutOfFold["scores"];
      for (const head of HEADS) {
        scores[head] = headScores(model.heads[head], example.features, example.boosts[head]);
      }
      outOfFold.push({ example, scores });
    }
  }
  const model = trainModel(examples, options);
  for (const head of HEADS) model.heads[head].calibration = fitHeadCalibration(outOfFold, head);
  return { model: withVersion(model), outOfFold, predictions };
}

/** Folds by a hash of the file name, independent of the held-out split. */
const foldOf = (e: Example, folds: number): number => fnv1a(`cv:${e.labels.file}`) % folds;

export interface Prediction {
  example: Example;
  classification: Classification;
}

export function predict(examples: readonly Example[], model: TextModel): Prediction[] {
  return examples.map((example) => ({
    example,
    classification: classify(example.mail, example.analysis, DEFAULT_CONFIG, model),
  }));
}

export interface Figures {
  mails: number;
  handling: Confusion<string>;
  topic: Confusion<string>;
  sender: Confusion<string>;
  lang: Confusion<string>;
  flags: Record<(typeof FLAGS)[number], Tally>;
}

export function figures(predictions: readonly Prediction[]): Figures {
  const result: Figures = {
    mails: predictions.length,
    handling: new Confusion<string>(HANDLINGS),
    topic: new Confusion<string>(TOPICS),
    sender: new Confusion<string>(SENDERS),
    lang: new Confusion<string>(["da", "en", "de"]),
    flags: { aktindsigt: new Tally(), klage: new Tally() },
  };
  for (const { example, classification: c } of predictions) {
    const l = example.labels;
    result.handling.add(l.handling, c.handling.value);
    result.topic.add(l.topic, c.topic.value);
    result.sender.add(l.sender, c.sender.value);
    result.lang.add(l.lang, c.lang.value);
    for (const flag of FLAGS) {
      result.flags[flag].add(
        c.flags.some((d) => d.value === flag),
        l.flags.includes(flag),
      );
    }
  }
  return result;
}

/**
 * k-fold cross-validation inside the given mails (folds by a hash of the file name, independent of the held-out
 * split): each fold is classified by a model trained on the other folds. Returns every mail's prediction.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: number,
  options: TrainingOptions,
): Prediction[] {
  const out: Prediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainModel(
      examples.filter((e) => foldOf(e, folds) !== fold),
      options,
    );
    out.push(
      ...predict(
        examples.filter((e) => foldOf(e, folds) === fold),
        model,
      ),
    );
  }
  return out;
}
