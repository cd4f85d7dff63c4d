/**
 * Leave-one-batch-out: the corpus sets were written at different times and in different styles, the closest the
 * corpus has to mail by unseen authors. Each set in turn is left out, the text model is trained on all the others,
 * and the left-out set is classified by it.
 */
export interface Batched {
  set: string;
}

export interface BatchSplit<T extends Batched> {
  /** The set left out: the test mails. */
  set: string;
  training: T[];
  test: T[];
}

/** One split per set found among the mails, in sorted order of set names. */
export function leaveOneBatchOut<T extends Batched>(mails: readonly T[]): BatchSplit<T>[] {
  const sets = [...new Set(mails.map((mail) => mail.set))].sort();
  return sets.map((set) => ({
    set,
    training: mails.filter((mail) => mail.set !== set),
    test: mails.filter((mail) => mail.set === set),
  }));
}
