import { calibratedScores } from "../classify/classify";
import type { TextModel } from "../classify/model";
import { HANDLINGS, SENDERS, TOPICS } from "../taxonomy";
import { CLASSIFIED_FIELDS, type ClassifiedField } from "../triage-types";
import type { LocalExample } from "./adapt-model";
import { Confusion } from "./metrics";
import { stableHash } from "./stable-hash";

/** The figure a field is judged by: macro-F1 for handling (every kind of handling counts), accuracy otherwise. */
export const FIELD_MEASURE: Record<ClassifiedField, "macro-F1" | "accuracy"> = {
  handling: "macro-F1",
  topic: "accuracy",
  sender: "accuracy",
};

const FIELD_LABELS: Record<ClassifiedField, readonly string[]> = {
  handling: HANDLINGS,
  topic: TOPICS,
  sender: SENDERS,
};

/** How far a field may fall before the learned model counts as worse than its base: one mail in a hundred. */
export const WORSE_BY_MORE_THAN = 0.01;

export interface FieldComparison {
  field: ClassifiedField;
  /** Mails labelled in this field. */
  mails: number;
  before: number;
  after: number;
}

/** The model's answer to one field of a mail: the label with the highest score, as classify() decides it. */
export function predicted(model: TextModel, example: LocalExample, field: ClassifiedField): string {
  const head = model.heads[field];
  const scores = calibratedScores(head, example.features, example.boosts[field]);
  let best = 0;
  scores.forEach((s, i) => {
    if (s > (scores[best] ?? -Infinity)) best = i;
  });
  return head.labels[best] ?? "";
}

function score(confusion: Confusion<string>, field: ClassifiedField): number {
  return FIELD_MEASURE[field] === "macro-F1" ? confusion.macroF1 : confusion.accuracy;
}

/** The figures of each labelled field: `predict` answers for every mail (by whatever model may see it). */
export function compareFields(
  examples: readonly LocalExample[],
  before: (example: LocalExample, field: ClassifiedField) => string,
  after: (example: LocalExample, field: ClassifiedField) => string,
): FieldComparison[] {
  return CLASSIFIED_FIELDS.flatMap((field) => {
    const labelled = examples.filter((e) => e.labels[field] !== undefined);
    if (labelled.length === 0) return [];
    const was = new Confusion<string>(FIELD_LABELS[field]);
    const is = new Confusion<string>(FIELD_LABELS[field]);
    for (const e of labelled) {
      was.add(e.labels[field] ?? "", before(e, field));
      is.add(e.labels[field] ?? "", after(e, field));
    }
    return [{ field, mails: labelled.length, before: score(was, field), after: score(is, field) }];
  });
}

/** The fold of a mail: by a hash of its id, so the same mails fall in the same folds on every run. */
function foldOf(id: string, folds: number): number {
  return stableHash(id) % folds;
}

/**
 * Before and after, by k-fold cross-validation on the local mails: each fold is answered by the base model and by a
 * model adapted on the other folds only, so "after" never scores a mail the model learned from.
 */
export function crossValidatedComparison(
  base: TextModel,
  examples: readonly LocalExample[],
  folds: number,
  adapt: (training: readonly LocalExample[]) => TextModel,
): FieldComparison[] {
  const learned = new Map<LocalExample, TextModel>();
  for (let fold = 0; fold < folds; fold++) {
    const model = adapt(examples.filter((e) => foldOf(e.id, folds) !== fold));
    for (const e of examples) if (foldOf(e.id, folds) === fold) learned.set(e, model);
  }
  return compareFields(
    examples,
    (e, field) => predicted(base, e, field),
    (e, field) => predicted(learned.get(e) ?? base, e, field),
  );
}

/** The fields on which the learned model is worse than its base by more than the tolerance. */
export function worseFields(comparison: readonly FieldComparison[]): FieldComparison[] {
  return comparison.filter((c) => c.after < c.before - WORSE_BY_MORE_THAN);
}
