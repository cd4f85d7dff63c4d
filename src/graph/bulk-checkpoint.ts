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

interface Passed {
  id: string;
  received: number;
  finished: boolean;
}

/**
 * The checkpoint step of a run: which messages of the period it has passed (oldest first), which of them are
 * finished, and so how far a checkpoint may say the run has come. Messages are finished out of order (a chunk is
 * written as a whole, a failed one stays open), so the checkpoint resumes from the first one still open and lists
 * the finished ones at or after it.
 */
export class CheckpointLedger {
  readonly counts: BulkCounts;
  /** True when the run continues from a saved checkpoint. */
  readonly resumed: boolean;
  private readonly finishedEarlier: ReadonlySet<string>;
  private mark: { resumeFrom: string; done: string[] };
  private passed: Passed[] = [];
  /** The unfinished among `passed`, by id. */
  private readonly open = new Map<string, Passed>();

  /** `saved` is used only if it is a checkpoint of this mailbox and period. */
  constructor(
    private readonly mailbox: string,
    private readonly since: string,
    saved: BulkCheckpoint | undefined,
  ) {
    const resume = saved?.mailbox === mailbox && saved.since === since ? saved : undefined;
    this.resumed = resume !== undefined;
    this.counts = resume ? { ...resume.counts } : zeroCounts();
    this.finishedEarlier = new Set(resume?.done ?? []);
    this.mark = resume
      ? { resumeFrom: resume.resumeFrom, done: resume.done }
      : { resumeFrom: since, done: [] };
  }

  /** Where the listing starts: the period's start, or where the saved run stopped. */
  get resumeFrom(): string {
    return this.mark.resumeFrom;
  }

  /** Whether the saved run finished this message already (it lies at or after resumeFrom). */
  isFinishedEarlier(id: string): boolean {
    return this.finishedEarlier.has(id);
  }

  /** A message the run looked at that needs nothing from it (it has a record); counts as seen. */
  passFinished(id: string, received: number): void {
    this.passed.push({ id, received, finished: true });
    this.counts.seen++;
  }

  /** A message the run will triage. */
  passOpen(id: string, received: number): void {
    const entry = { id, received, finished: false };
    this.passed.push(entry);
    this.open.set(id, entry);
  }

  /** The run is done with a message it passed open (triaged, gone, or failed in the engine); counts as seen. */
  finish(id: string): void {
    const entry = this.open.get(id);
    if (entry === undefined) return;
    entry.finished = true;
    this.open.delete(id);
    this.counts.seen++;
  }

  /** The checkpoint for what has been passed so far (undefined before anything has), forgetting what it covers. */
  checkpoint(updatedAt: Date): BulkCheckpoint | undefined {
    const last = this.passed[this.passed.length - 1];
    if (last === undefined) return undefined;
    const at = this.passed.find((p) => !p.finished)?.received ?? last.received;
    const resumeFrom = new Date(at).toISOString();
    const carried = Date.parse(this.mark.resumeFrom) === at ? this.mark.done : [];
    const finishedHere = this.passed.filter((p) => p.finished && p.received >= at).map((p) => p.id);
    const done = [...new Set([...carried, ...finishedHere])];
    this.mark = { resumeFrom, done };
    this.passed = this.passed.filter((p) => !p.finished || p.received >= at);
    return {
      v: 1,
      mailbox: this.mailbox,
      since: this.since,
      resumeFrom,
      done,
      counts: { ...this.counts },
      updatedAt: updatedAt.toISOString(),
    };
  }
}
