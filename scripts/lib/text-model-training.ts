/**
 * Training and measuring the text model of src/core/classify: softmax regression per head over the features
 * classify() reads, with the rules' pushes as fixed offsets (so the model learns what the rules leave open), class
 * weights against imbalance, and L2. Deterministic: sorted inputs, zero start, a fixed number of full-batch steps.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/core/analyse";
import {
  classificationInput,
  classify,
  type ClassifiedText,
  type RuleBoost,
  type RuleBoosts,
} from "../../src/core/classify/classify";
import type { Features } from "../../src/core/classify/features";
import { softmax, type ModelHead, type TextModel } from "../../src/core/classify/model";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import type { Mail } from "../../src/core/mail";
import { FLAGS, HANDLINGS, SENDERS, TOPICS } from "../../src/core/taxonomy";
import type { Classification } from "../../src/core/triage-types";
import { parseEml } from "../../src/eml/parse-eml";
import { Confusion, Tally } from "../eval/metrics";
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

function vocabulary(examples: readonly Example[], minDocumentFrequency: number): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df]
    .filter(([name, n]) => name.startsWith("#") || n >= minDocumentFrequency)
    .map(([name]) => name)
    .sort();
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

/** Softmax regression by full-batch gradient descent with Nesterov momentum, from zero weights. */
function trainHead(
  examples: readonly Example[],
  vocab: readonly string[],
  head: HeadName,
  l2: number,
  epochs: number,
): ModelHead {
  const labels = LABELS[head];
  const k = labels.length;
  const featureIndex = new Map(vocab.map((name, i) => [name, i]));
  const known = examples.filter((e) => labels.includes(e.labels[head]));
  const counts = labels.map((l) => known.filter((e) => e.labels[head] === l).length);
  const rows: Row[] = known.map((e) => {
    const entries = [...e.features].filter(([n]) => featureIndex.has(n));
    const y = labels.indexOf(e.labels[head]);
    return {
      y,
      index: Int32Array.from(entries, ([n]) => featureIndex.get(n) ?? 0),
      value: Float64Array.from(entries, ([, v]) => v),
      offset: offsets(labels, e.boosts[head]),
      weight: known.length / (k * (counts[y] ?? 1)),
    };
  });
  const size = (vocab.length + 1) * k; // the last block of k is the bias
  const w = new Float64Array(size);
  const velocity = new Float64Array(size);
  const look = new Float64Array(size);
  const grad = new Float64Array(size);
  const scores = new Float64Array(k);
  const biasAt = vocab.length * k;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < size; i++) look[i] = (w[i] ?? 0) + MOMENTUM * (velocity[i] ?? 0);
    grad.fill(0);
    for (const row of rows) {
      for (let c = 0; c < k; c++) scores[c] = (look[biasAt + c] ?? 0) + (row.offset[c] ?? 0);
      for (let j = 0; j < row.index.length; j++) {
        const base = (row.index[j] ?? 0) * k;
        const v = row.value[j] ?? 0;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (look[base + c] ?? 0);
      }
      const p = softmax(Array.from(scores));
      for (let c = 0; c < k; c++) {
        const error = (row.weight * ((p[c] ?? 0) - (c === row.y ? 1 : 0))) / n;
        grad[biasAt + c] = (grad[biasAt + c] ?? 0) + error;
        for (let j = 0; j < row.index.length; j++) {
          const at = (row.index[j] ?? 0) * k + c;
          grad[at] = (grad[at] ?? 0) + error * (row.value[j] ?? 0);
        }
      }
    }
    for (let i = 0; i < size; i++) {
      const penalty = i < biasAt ? l2 * (look[i] ?? 0) : 0;
      velocity[i] = MOMENTUM * (velocity[i] ?? 0) - STEP * ((grad[i] ?? 0) + penalty);
      w[i] = (w[i] ?? 0) + (velocity[i] ?? 0);
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((name, f) => {
    const row = Array.from(w.subarray(f * k, f * k + k), round);
    if (row.some((x) => x !== 0)) weights[name] = row;
  });
  return { labels: [...labels], bias: Array.from(w.subarray(biasAt, biasAt + k), round), weights };
}

export function trainModel(examples: readonly Example[], options: TrainingOptions): TextModel {
  const vocab = vocabulary(examples, options.minDocumentFrequency);
  const heads = {
    handling: trainHead(examples, vocab, "handling", options.l2.handling, options.epochs),
    topic: trainHead(examples, vocab, "topic", options.l2.topic, options.epochs),
    sender: trainHead(examples, vocab, "sender", options.l2.sender, options.epochs),
  };
  const version = `lr-${fnv1a(JSON.stringify(heads)).toString(16).padStart(8, "0")}`;
  return { version, trainedOn: examples.length, heads };
}

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
  const foldOf = (e: Example): number => fnv1a(`cv:${e.labels.file}`) % folds;
  const out: Prediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainModel(
      examples.filter((e) => foldOf(e) !== fold),
      options,
    );
    out.push(
      ...predict(
        examples.filter((e) => foldOf(e) === fold),
        model,
      ),
    );
  }
  return out;
}
