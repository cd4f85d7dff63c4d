/**
 * Where an interrupted bulk triage stands, so the next run resumes instead of starting over. The checkpoint only
 * saves time: correctness comes from the triage record on each message, which marks it done, so a stale or lost
 * checkpoint can make a run slower but never triage a message twice or skip one.
 */
export interface BulkCheckpoint {
  v: 1;
  mailbox: string;
  /** The period's start as the run was asked for it (ISO 8601). */
  since: string;
  /** Every message received before this instant is finished (triaged, already triaged, gone or failed in the engine). */
  resumeFrom: string;
  /** Messages received at or after resumeFrom that are finished too (ties, and those after a failed one). */
  done: string[];
  counts: BulkCounts;
  updatedAt: string;
}

/** What a run has done so far; a resumed run carries on from the saved counts. */
export interface BulkCounts {
  /** Messages in the period finished, whatever the outcome: the sum of the counts below. */
  seen: number;
  /** Triaged and written now (or, in a dry run, that would be). */
  triaged: number;
  /** Already had a triage record: left alone. */
  alreadyTriaged: number;
  /** Had a record this version cannot read (newer or damaged): left alone, never overwritten. */
  unreadableRecord: number;
  /** Deleted or moved while the run went on. */
  gone: number;
  /** The engine failed on them; each is reported, none is retried forever. */
  engineFailed: number;
}

export interface CheckpointStore {
  load(): Promise<BulkCheckpoint | undefined>;
  save(checkpoint: BulkCheckpoint): Promise<void>;
  clear(): Promise<void>;
}

export function zeroCounts(): BulkCounts {
  return { seen: 0, triaged: 0, alreadyTriaged: 0, unreadableRecord: 0, gone: 0, engineFailed: 0 };
}

/** Reads a checkpoint back; anything else (another version, a damaged file) gives undefined: start over safely. */
export function parseCheckpoint(value: unknown): BulkCheckpoint | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const c = value as Partial<BulkCheckpoint>;
  const counts = c.counts as Partial<BulkCounts> | undefined;
  const validCounts =
    counts !== undefined &&
    counts !== null &&
    Object.keys(zeroCounts()).every((key) => Number.isInteger(counts[key as keyof BulkCounts]));
  const instant = (text: unknown): boolean => typeof text === "string" && !Number.isNaN(Date.parse(text));
  const validDone = Array.isArray(c.done) && c.done.every((id) => typeof id === "string");
  if (
    c.v !== 1 ||
    typeof c.mailbox !== "string" ||
    !instant(c.since) ||
    !instant(c.resumeFrom) ||
    !validDone ||
    !validCounts
  ) {
    return undefined;
  }
  return c as BulkCheckpoint;
}
