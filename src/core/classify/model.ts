import { decodeBase64 } from "./base64";
import { FEATURE_BUCKETS } from "./feature-hash";
import type { Features } from "./features";
import { codeOrder } from "../text/code-order";

/**
 * The model file's format. Raise it whenever the meaning of the file changes (the features, their hashing, the
 * weights' encoding), so an engine never scores with weights it would misread.
 */
export const MODEL_FORMAT = 3;

/**
 * Turns a head's scores into log-odds whose softmax means what it says, fitted on out-of-fold predictions of the
 * training mails: `model` × the model's score + `rules` × the rules' pushes + `shift` per label. One temperature for
 * both was not enough: the hand-set pushes of the rules made topics too sure where a keyword pointed the wrong way
 * and the model's scores too unsure elsewhere; and training weighs every label alike, which leaves the rare labels'
 * probabilities too high until `shift` gives each label back its real share.
 */
export interface Calibration {
  model: number;
  rules: number;
  /** Per label, in the order of the head's `labels`. */
  shift: number[];
}

/** The calibration that changes nothing: the scores as the model and the rules give them. */
export const identityCalibration = (labels: number): Calibration => ({
  model: 1,
  rules: 1,
  shift: new Array<number>(labels).fill(0),
});

/** One head of the linear text model: a score per label = bias + Σ feature value × weight, then calibrated. */
export interface ModelHead {
  labels: string[];
  bias: number[];
  calibration: Calibration;
  /** The weights are whole numbers from -127 to 127; this turns them back into log-odds. */
  scale: number;
  /** Base64 of a signed byte per bucket and label: bucket-major, labels in the order of `labels`. */
  weights: string;
}

export interface TextModel {
  format: number;
  /** A hash of the weights, so a triage record names the model that decided. */
  version: string;
  trainedOn: number;
  /** How many feature buckets the weights cover; must be the engine's FEATURE_BUCKETS. */
  buckets: number;
  heads: { handling: ModelHead; topic: ModelHead; sender: ModelHead };
  /** Present when `kanalvagt learn` adapted a model to local mail: the base's version, how many mails, and k. */
  learned?: { from: string; mails: number; minMailsAndSenders: number };
}

export class ModelFormatError extends Error {
  constructor(detail: string) {
    super(
      `The text model cannot be used by this version of Kanalvagt: ${detail}. Train it again (npm run train).`,
    );
    this.name = "ModelFormatError";
  }
}

const decoded = new WeakMap<ModelHead, Int8Array>();

/** The head's weights as signed bytes, decoded once per head. */
export function decodeHeadWeights(head: ModelHead): Int8Array {
  let weights = decoded.get(head);
  if (!weights) {
    const bytes = decodeBase64(head.weights);
    weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    decoded.set(head, weights);
  }
  return weights;
}

const checked = new WeakSet<TextModel>();

/** Throws a ModelFormatError when the model was written for another format or feature space. */
export function checkModel(model: TextModel): void {
  if (checked.has(model)) return;
  if (model.format !== MODEL_FORMAT) {
    throw new ModelFormatError(
      `the file has format ${String(model.format)}, this engine reads ${MODEL_FORMAT}`,
    );
  }
  if (model.buckets !== FEATURE_BUCKETS) {
    throw new ModelFormatError(
      `the file has ${model.buckets} feature buckets, this engine uses ${FEATURE_BUCKETS}`,
    );
  }
  for (const [name, head] of Object.entries(model.heads)) {
    const expected = FEATURE_BUCKETS * head.labels.length;
    const k = head.labels.length;
    if (
      decodeHeadWeights(head).length !== expected ||
      head.bias.length !== k ||
      head.calibration.shift.length !== k
    ) {
      throw new ModelFormatError(`the ${name} head holds the wrong number of weights`);
    }
  }
  checked.add(model);
}

/**
 * Σ value × weight per label over the mail's features, into `sums`. A function of its own, so the engine optimises
 * it whole: compiled mid-loop as part of scoreHead, the code after the loop had no type feedback yet and the
 * compiled loop was thrown away again on every call.
 */
function weightedSums(weights: Int8Array, k: number, features: Features, sums: Float64Array): void {
  const { index, value } = features;
  const count = index.length;
  // Typed arrays read in bounds give numbers, so `as number` instead of `?? 0`: this loop runs about a thousand
  // buckets × labels per head per mail, and the check showed in profiles.
  for (let i = 0; i < count; i++) {
    const base = (index[i] as number) * k;
    const v = value[i] as number;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + v * (weights[base + c] as number);
  }
}

/** The model's scores per label (log-odds scale, before calibration); the rules' pushes come beside them. */
export function scoreHead(head: ModelHead, features: Features): number[] {
  const k = head.labels.length;
  const sums = new Float64Array(k);
  weightedSums(decodeHeadWeights(head), k, features, sums);
  const scores: number[] = [];
  for (let c = 0; c < k; c++) scores.push((head.bias[c] as number) + head.scale * (sums[c] as number));
  return scores;
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** The stems that pushed most towards a label, for the reasons: whole words, never subwords or "#signals". */
export function strongestWords(head: ModelHead, features: Features, label: string, count = 3): string[] {
  const labelIndex = head.labels.indexOf(label);
  if (labelIndex < 0) return [];
  const k = head.labels.length;
  const weights = decodeHeadWeights(head);
  // One pass keeping the best few, most first: this runs for every mail and head, so no sorting of every word.
  const best: [string, number][] = [];
  for (const [stem, at] of features.words) {
    const bucket = features.index[at] ?? 0;
    const contribution = (features.value[at] ?? 0) * (weights[bucket * k + labelIndex] ?? 0);
    if (contribution <= 0) continue;
    let place = best.length;
    while (place > 0) {
      const [otherStem, other] = best[place - 1] ?? ["", 0];
      if (other > contribution || (other === contribution && codeOrder(otherStem, stem) < 0)) break;
      place--;
    }
    if (place < count) {
      best.splice(place, 0, [stem, contribution]);
      if (best.length > count) best.pop();
    }
  }
  return best.map(([stem]) => stem);
}
