import { encodeBase64 } from "../classify/base64";
import { boostedScores, type RuleBoosts } from "../classify/classify";
import { FEATURE_BUCKETS } from "../classify/feature-hash";
import { decodeHeadWeights, MODEL_FORMAT, type ModelHead, type TextModel } from "../classify/model";
import { CLASSIFIED_FIELDS, type ClassifiedField } from "../triage-types";
import { privateBuckets, type PrivateMail } from "./private-buckets";
import { stableHash } from "./stable-hash";

/** One labelled local mail as learning reads it: its features, the rules' pushes, and the labels staff gave. */
export interface LocalExample extends PrivateMail {
  /** Tells the mails apart for cross-validation (a file name, a message id); never written to a model. */
  id: string;
  boosts: RuleBoosts;
  /** Any field may be missing: a correction of one field teaches that field only. */
  labels: Partial<Record<ClassifiedField, string>>;
}

export interface AdaptOptions {
  /** k of the k-anonymity of features (see privateBuckets). */
  minMailsAndSenders: number;
  /** How strongly the local changes are pulled back towards the shipped weights, per field. */
  l2: Record<ClassifiedField, number>;
  /**
   * The same for the change of a label's bias: without it, a local sample's share of each label moves every mail's
   * answer (on the development sets a and b, topic lost 1 and 4 mails without it, none with it).
   */
  biasL2: number;
  epochs: number;
}

export const DEFAULT_ADAPT_OPTIONS: Omit<AdaptOptions, "minMailsAndSenders"> = {
  // Topic ten times stronger, as in the shipped model's training, for its many labels: on the development sets a
  // and b of `npm run learn-protocol` it gained a mail on a at 1e-2 and was even elsewhere.
  l2: { handling: 1e-3, topic: 1e-2, sender: 1e-3 },
  biasL2: 1,
  epochs: 150,
};

const STEP = 1;
const MOMENTUM = 0.9;

interface Row {
  y: number;
  /** The base model's scores with the rules' pushes: the local layer adds to them. */
  offset: Float64Array;
  /** Positions in the compact parameter vector (already × k) and the feature values there. */
  at: Int32Array;
  value: Float64Array;
  weight: number;
}

/**
 * Continued training of one head: the shipped weights stay as they are, and a change per kept bucket and label (plus
 * a change of the bias) is fitted to the local mails by softmax regression at the head's temperature, with L2 on the
 * change, so the model moves only as far as the local mails pull it. Returns the change per kept bucket.
 */
function fitChange(
  head: ModelHead,
  examples: readonly LocalExample[],
  field: ClassifiedField,
  kept: Int32Array,
  compact: Int32Array,
  options: AdaptOptions,
): { change: Float64Array; bias: Float64Array } {
  const k = head.labels.length;
  const labelled = examples.filter((e) => head.labels.includes(e.labels[field] ?? ""));
  const counts = head.labels.map((l) => labelled.filter((e) => e.labels[field] === l).length);
  const rows: Row[] = labelled.map((e) => {
    const y = head.labels.indexOf(e.labels[field] ?? "");
    const positions = [...e.features.index.keys()].filter(
      (i) => (compact[e.features.index[i] ?? 0] ?? -1) >= 0,
    );
    return {
      y,
      offset: Float64Array.from(boostedScores(head, e.features, e.boosts[field])),
      at: Int32Array.from(positions, (i) => (compact[e.features.index[i] ?? 0] ?? 0) * k),
      value: Float64Array.from(positions, (i) => e.features.value[i] ?? 0),
      // Balanced by the square root of a label's share: rare labels count more, without a lone mail dominating.
      weight: Math.sqrt(labelled.length / (k * Math.max(1, counts[y] ?? 1))),
    };
  });
  const size = (kept.length + 1) * k; // the last block of k is the bias
  const biasAt = kept.length * k;
  const w = new Float64Array(size);
  const velocity = new Float64Array(size);
  const look = new Float64Array(size);
  const grad = new Float64Array(size);
  // Per row, the scores and then the error of each label: typed and reused, as this loop is all of learn's time.
  const scores = new Float64Array(k);
  const error = new Float64Array(k);
  const n = Math.max(1, rows.length);
  const t = head.temperature;
  for (let epoch = 0; epoch < options.epochs && rows.length > 0; epoch++) {
    for (let i = 0; i < size; i++) look[i] = (w[i] ?? 0) + MOMENTUM * (velocity[i] ?? 0);
    grad.fill(0);
    for (const row of rows) {
      for (let c = 0; c < k; c++) scores[c] = (row.offset[c] ?? 0) + (look[biasAt + c] ?? 0);
      for (let j = 0; j < row.at.length; j++) {
        const base = row.at[j] ?? 0;
        const v = row.value[j] ?? 0;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (look[base + c] ?? 0);
      }
      // Softmax at temperature t, in place; then the error, already scaled by the row's weight and 1/(t·n).
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, scores[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp(((scores[c] ?? 0) - max) / t);
        error[c] = e;
        sum += e;
      }
      const scale = row.weight / (t * n);
      for (let c = 0; c < k; c++) {
        error[c] = scale * ((error[c] ?? 0) / sum - (c === row.y ? 1 : 0));
        grad[biasAt + c] = (grad[biasAt + c] ?? 0) + (error[c] ?? 0);
      }
      // Feature by feature, the labels side by side: the gradient is written where the weights lie, in order.
      for (let j = 0; j < row.at.length; j++) {
        const base = row.at[j] ?? 0;
        const v = row.value[j] ?? 0;
        for (let c = 0; c < k; c++) grad[base + c] = (grad[base + c] ?? 0) + (error[c] ?? 0) * v;
      }
    }
    for (let i = 0; i < size; i++) {
      const penalty = (i < biasAt ? options.l2[field] : options.biasL2) * (look[i] ?? 0);
      velocity[i] = MOMENTUM * (velocity[i] ?? 0) - STEP * ((grad[i] ?? 0) + penalty);
      w[i] = (w[i] ?? 0) + (velocity[i] ?? 0);
    }
  }
  return { change: w.subarray(0, biasAt), bias: w.subarray(biasAt, biasAt + k) };
}

/**
 * The head with the change added: on the shipped head's own byte scale, so a bucket the local mails did not change
 * keeps exactly the shipped byte, and the file shows nothing about the buckets that were left alone.
 */
function changedHead(head: ModelHead, kept: Int32Array, change: Float64Array, bias: Float64Array): ModelHead {
  const k = head.labels.length;
  const bytes = Int8Array.from(decodeHeadWeights(head));
  kept.forEach((bucket, j) => {
    for (let c = 0; c < k; c++) {
      const at = bucket * k + c;
      const moved = Math.round((bytes[at] ?? 0) + (change[j * k + c] ?? 0) / head.scale);
      bytes[at] = Math.max(-127, Math.min(127, moved));
    }
  });
  return {
    ...head,
    bias: head.bias.map((b, c) => Math.round((b + (bias[c] ?? 0)) * 1000) / 1000),
    weights: encodeBase64(new Uint8Array(bytes.buffer)),
  };
}

/** FNV-1a of the heads: the learned model's version, so a triage record names the model that decided. */
function versionOf(heads: TextModel["heads"]): string {
  return `local-${stableHash(JSON.stringify(heads)).toString(16).padStart(8, "0")}`;
}

/**
 * The base model adapted to local labelled mail. Only buckets that pass the k-anonymity of privateBuckets change;
 * every other byte of the file is the base model's.
 */
export function adaptModel(
  base: TextModel,
  examples: readonly LocalExample[],
  options: AdaptOptions,
): TextModel {
  const mask = privateBuckets(examples, options.minMailsAndSenders);
  const kept = Int32Array.from(mask.keys()).filter((bucket) => mask[bucket] === 1);
  const compact = new Int32Array(FEATURE_BUCKETS).fill(-1);
  kept.forEach((bucket, j) => (compact[bucket] = j));
  const heads = { ...base.heads };
  for (const field of CLASSIFIED_FIELDS) {
    const { change, bias } = fitChange(base.heads[field], examples, field, kept, compact, options);
    heads[field] = changedHead(base.heads[field], kept, change, bias);
  }
  return {
    format: MODEL_FORMAT,
    version: versionOf(heads),
    trainedOn: base.trainedOn,
    buckets: base.buckets,
    heads,
    learned: { from: base.version, mails: examples.length, minMailsAndSenders: options.minMailsAndSenders },
  };
}
