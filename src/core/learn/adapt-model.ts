import { encodeBase64 } from "../classify/base64";
import { calibratedScores, type RuleBoosts } from "../classify/classify";
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
  /** At most this many passes; a head stops sooner once its training objective has settled (see SETTLED). */
  epochs: number;
}

export const DEFAULT_ADAPT_OPTIONS: Omit<AdaptOptions, "minMailsAndSenders"> = {
  // 1e-2 for every field, chosen by 5-fold cross-validation inside the 80 mails each set of `npm run learn-protocol`
  // learns from (5 choices of them, sets a–d; never their test mails): the mean gain was highest at 1e-2 for handling
  // (+0.013; +0.010 at 3e-3, +0.008 at 3e-2) and topic (+0.007; +0.004 at 3e-3 and 3e-2), and within 0.003 of the
  // highest for sender (+0.012; +0.015 at 1e-3). The L2 is on the calibrated scale (see fitChange).
  l2: { handling: 1e-2, topic: 1e-2, sender: 1e-2 },
  biasL2: 1,
  epochs: 150,
};

const STEP = 1;
const MOMENTUM = 0.9;
/**
 * A head stops when its objective on the mails it learns from (never on held-out mails) moved less than this share
 * over the last WINDOW epochs. On 1,000 corpus mails topic settled after about 60 epochs and handling and sender
 * after about 170, so this mostly saves topic's 16 labels their last 90 epochs, where nothing moved.
 */
const SETTLED = 1e-4;
const WINDOW = 10;

/**
 * The labelled mails of one head laid out flat for the training loop: row r's features are at[rowStart[r]] up to
 * at[rowStart[r + 1]], positions in the compact parameter vector (already × k), with their values beside them.
 */
interface Rows {
  count: number;
  y: Int32Array;
  /** The base model's calibrated scores, k per row: the local change is fitted on the scale the decision is made on. */
  offset: Float64Array;
  rowStart: Int32Array;
  at: Int32Array;
  value: Float32Array;
  weight: Float64Array;
}

function rowsOf(
  head: ModelHead,
  examples: readonly LocalExample[],
  field: ClassifiedField,
  compact: Int32Array,
): Rows {
  const k = head.labels.length;
  const labelled = examples.filter((e) => head.labels.includes(e.labels[field] ?? ""));
  const ys = labelled.map((e) => head.labels.indexOf(e.labels[field] ?? ""));
  const counts = new Int32Array(k);
  for (const y of ys) counts[y] = (counts[y] ?? 0) + 1;
  const rowStart = new Int32Array(labelled.length + 1);
  labelled.forEach((e, r) => {
    let kept = 0;
    for (const bucket of e.features.index) if ((compact[bucket] ?? -1) >= 0) kept++;
    rowStart[r + 1] = (rowStart[r] ?? 0) + kept;
  });
  const at = new Int32Array(rowStart[labelled.length] ?? 0);
  const value = new Float32Array(at.length);
  const offset = new Float64Array(labelled.length * k);
  labelled.forEach((e, r) => {
    let j = rowStart[r] ?? 0;
    e.features.index.forEach((bucket, i) => {
      const position = compact[bucket] ?? -1;
      if (position < 0) return;
      at[j] = position * k;
      value[j++] = e.features.value[i] ?? 0;
    });
    offset.set(calibratedScores(head, e.features, e.boosts[field]), r * k);
  });
  return {
    count: labelled.length,
    y: Int32Array.from(ys),
    offset,
    rowStart,
    at,
    value,
    // Balanced by the square root of a label's share: rare labels count more, without a lone mail dominating.
    weight: Float64Array.from(ys, (y) => Math.sqrt(labelled.length / (k * Math.max(1, counts[y] ?? 1)))),
  };
}

/**
 * Continued training of one head: the shipped weights stay as they are, and a change per kept bucket and label (plus
 * a change of the bias) is fitted to the local mails by softmax regression on the head's calibrated scores, with L2 on the
 * change, so the model moves only as far as the local mails pull it. Returns the change per kept bucket, on the
 * calibrated scale.
 *
 * The change is fitted on the calibrated scale, not the model's own: the calibration multiplies the model's scores
 * (topic's factor is about 6), and a change fitted on the model's scale would be multiplied too. Its L2 would then be
 * 36 times weaker on the scale that decides and its steps 36 times steeper, and learning from 80 mails lost topic
 * accuracy on every set of `npm run learn-protocol` (mean −0.09, worst set −0.19).
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
  const rows = rowsOf(head, examples, field, compact);
  const { y, offset, rowStart, at, value, weight } = rows;
  const size = (kept.length + 1) * k; // the last block of k is the bias
  const biasAt = kept.length * k;
  const w = new Float64Array(size);
  const velocity = new Float64Array(size);
  // The two vectors the row loop reads and writes at random, in single precision: half the memory to fetch. The
  // written model rounds each change to a byte of the head's scale, far coarser than a float's precision.
  const look = new Float32Array(size);
  const grad = new Float32Array(size);
  // Per row, the scores and then the error of each label: typed and reused, as this loop is all of learn's time.
  const scores = new Float64Array(k);
  const error = new Float64Array(k);
  const n = Math.max(1, rows.count);
  const l2 = options.l2[field];
  // Typed arrays read in bounds give numbers, so `as number` instead of `?? 0` in the loops below (as in scoreHead):
  // they run rows × features × labels times per epoch, and the checks showed in profiles. Nesterov's look-ahead
  // starts at the weights (zero); each epoch's update then sets the next one's in the same pass.
  let before = Infinity;
  for (let epoch = 0; epoch < options.epochs && rows.count > 0; epoch++) {
    // The objective at the look-ahead point: weighted cross-entropy over the rows plus the L2 on the change.
    let objective = 0;
    for (let r = 0; r < rows.count; r++) {
      const first = rowStart[r] as number;
      const last = rowStart[r + 1] as number;
      for (let c = 0; c < k; c++) scores[c] = (offset[r * k + c] as number) + (look[biasAt + c] as number);
      for (let j = first; j < last; j++) {
        const base = at[j] as number;
        const v = value[j] as number;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + v * (look[base + c] as number);
      }
      // Softmax in place; then the error, already scaled by the row's weight and 1/n.
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, scores[c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp((scores[c] as number) - max);
        error[c] = e;
        sum += e;
      }
      const label = y[r] as number;
      objective += ((weight[r] as number) / n) * (Math.log(sum) - ((scores[label] as number) - max));
      const scale = (weight[r] as number) / n;
      for (let c = 0; c < k; c++) {
        error[c] = scale * ((error[c] as number) / sum - (c === label ? 1 : 0));
        grad[biasAt + c] = (grad[biasAt + c] as number) + (error[c] as number);
      }
      // Feature by feature, the labels side by side: the gradient is written where the weights lie, in order.
      for (let j = first; j < last; j++) {
        const base = at[j] as number;
        const v = value[j] as number;
        for (let c = 0; c < k; c++) grad[base + c] = (grad[base + c] as number) + (error[c] as number) * v;
      }
    }
    for (let i = 0; i < size; i++) {
      const penalty = (i < biasAt ? l2 : options.biasL2) * (look[i] as number);
      objective += 0.5 * penalty * (look[i] as number);
      const moved = MOMENTUM * (velocity[i] as number) - STEP * ((grad[i] as number) + penalty);
      velocity[i] = moved;
      w[i] = (w[i] as number) + moved;
      look[i] = (w[i] as number) + MOMENTUM * moved;
      grad[i] = 0;
    }
    if (epoch % WINDOW === WINDOW - 1) {
      if (Math.abs(before - objective) <= SETTLED * objective) break;
      before = objective;
    }
  }
  return { change: w.subarray(0, biasAt), bias: w.subarray(biasAt, biasAt + k) };
}

/**
 * The head with the change added: on the shipped head's own byte scale, so a bucket the local mails did not change
 * keeps exactly the shipped byte, and the file shows nothing about the buckets that were left alone. The change was
 * fitted on the calibrated scale; the calibration multiplies the weights and bias by its model factor, so they take
 * the change divided by it.
 */
function changedHead(head: ModelHead, kept: Int32Array, change: Float64Array, bias: Float64Array): ModelHead {
  const k = head.labels.length;
  const toModelScale = 1 / head.calibration.model;
  const bytes = Int8Array.from(decodeHeadWeights(head));
  kept.forEach((bucket, j) => {
    for (let c = 0; c < k; c++) {
      const at = bucket * k + c;
      const moved = Math.round((bytes[at] ?? 0) + ((change[j * k + c] ?? 0) * toModelScale) / head.scale);
      bytes[at] = Math.max(-127, Math.min(127, moved));
    }
  });
  return {
    ...head,
    bias: head.bias.map((b, c) => Math.round((b + (bias[c] ?? 0) * toModelScale) * 1000) / 1000),
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
