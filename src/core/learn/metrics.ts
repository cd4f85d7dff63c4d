/** Counts of one binary decision; precision and recall are 1 when there was nothing to get wrong. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;

  add(predicted: boolean, truth: boolean): void {
    if (predicted && truth) this.tp++;
    else if (predicted) this.fp++;
    else if (truth) this.fn++;
  }

  /** Adds set-level counts, e.g. the CPR numbers of one mail: found vs labelled. */
  addSets(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): void {
    for (const value of predicted) this.add(true, truth.has(value));
    for (const value of truth) if (!predicted.has(value)) this.fn++;
  }

  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }

  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }

  get f1(): number {
    const sum = this.precision + this.recall;
    return sum === 0 ? 0 : (2 * this.precision * this.recall) / sum;
  }
}

/** A confusion table over a fixed list of classes, with accuracy and macro-F1. */
export class Confusion<T extends string> {
  private readonly cells = new Map<string, number>();
  total = 0;
  correct = 0;

  constructor(readonly classes: readonly T[]) {}

  add(truth: T, predicted: T): void {
    const key = `${truth}\u0000${predicted}`;
    this.cells.set(key, (this.cells.get(key) ?? 0) + 1);
    this.total++;
    if (truth === predicted) this.correct++;
  }

  count(truth: T, predicted: T): number {
    return this.cells.get(`${truth}\u0000${predicted}`) ?? 0;
  }

  get accuracy(): number {
    return this.total === 0 ? 1 : this.correct / this.total;
  }

  /** Mean F1 over the classes that occur in the truth or the predictions. */
  get macroF1(): number {
    const scores = this.classes
      .map((cls) => {
        const tally = new Tally();
        tally.tp = this.count(cls, cls);
        tally.fp = this.classes.reduce((sum, other) => sum + (other === cls ? 0 : this.count(other, cls)), 0);
        tally.fn = this.classes.reduce((sum, other) => sum + (other === cls ? 0 : this.count(cls, other)), 0);
        return tally;
      })
      .filter((tally) => tally.tp + tally.fp + tally.fn > 0)
      .map((tally) => tally.f1);
    return scores.length === 0 ? 1 : scores.reduce((a, b) => a + b, 0) / scores.length;
  }
}
