import type { Features } from "./features";

/** One head of the linear text model: a score per label = bias + Σ feature value × weight. */
export interface ModelHead {
  labels: string[];
  bias: number[];
  /** Per feature, one weight per label (same order as labels). */
  weights: Record<string, number[]>;
}

export interface TextModel {
  /** A hash of the weights, so a triage record names the model that decided. */
  version: string;
  trainedOn: number;
  heads: { handling: ModelHead; topic: ModelHead; sender: ModelHead };
}

export interface HeadScores {
  labels: string[];
  /** Raw scores (log-odds scale); rules may add to them before softmax. */
  scores: number[];
}

export function scoreHead(head: ModelHead, features: Features): HeadScores {
  const scores = [...head.bias];
  for (const [name, value] of features) {
    const weights = head.weights[name];
    if (!weights) continue;
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + value * (weights[i] ?? 0);
  }
  return { labels: head.labels, scores };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** The stems that pushed most towards a label, for the reasons: never "#signals", which have reasons of their own. */
export function strongestWords(head: ModelHead, features: Features, label: string, count = 3): string[] {
  const index = head.labels.indexOf(label);
  if (index < 0) return [];
  // One pass keeping the best few, most first: this runs for every mail and head, so no sorting of every feature.
  const best: [string, number][] = [];
  for (const [name, value] of features) {
    if (name.startsWith("#")) continue;
    const contribution = value * (head.weights[name]?.[index] ?? 0);
    if (contribution <= 0) continue;
    let at = best.length;
    while (at > 0) {
      const [otherName, other] = best[at - 1] ?? ["", 0];
      if (other > contribution || (other === contribution && otherName.localeCompare(name) < 0)) break;
      at--;
    }
    if (at < count) {
      best.splice(at, 0, [name, contribution]);
      if (best.length > count) best.pop();
    }
  }
  return best.map(([name]) => name);
}
