import type { Config } from "../core/config/schema";
import type { Mail } from "../core/mail";
import { triageRecord } from "../core/record";
import { triage as runEngine } from "../core/triage";
import type { Triage } from "../core/triage-types";
import { MAX_BATCH_STEPS, type GraphClient } from "./client";
import { zeroCounts, type BulkCheckpoint, type BulkCounts, type CheckpointStore } from "./bulk-checkpoint";
import { GraphCallError, GraphCategoryCreationDeniedError } from "./errors";
import { ensureMasterCategories, type CategoryWish } from "./master-categories";
import { getMailsForTriage, listMessages, type MessageSummary } from "./messages";
import { mergeCategories, writeTriages, type TriageWrite } from "./records";

export interface BulkTriageRequest {
  mailbox: string;
  /** Triage mail received from this instant on. */
  since: Date;
  /** …until this instant (by default now). */
  until?: Date;
  /** Read and triage, write nothing, keep no checkpoint. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

export interface BulkTriageDeps {
  client: GraphClient;
  config: Config;
  checkpoints: CheckpointStore;
  now?: () => Date;
  /** The triage engine; core's triage() unless a test needs another. */
  engine?: (mail: Mail, config: Config, now: Date) => Triage;
  /** Messages per JSON batch (at most Graph's 20). */
  chunkSize?: number;
  /** Only for tests of paging. */
  pageSize?: number;
}

export interface BulkProgress {
  counts: BulkCounts;
  /** Received time of the last message looked at: how far through the period the run is. */
  reached?: string;
  resumed: boolean;
  dryRun: boolean;
}

export interface BulkResult {
  status: "done" | "interrupted";
  counts: BulkCounts;
  dryRun: boolean;
  resumed: boolean;
  /** Graph ids of the messages the engine failed on (opaque ids, no content). */
  engineFailures: string[];
  /** Categories the mailbox's master list lacks and this account may not add: they show without colour. */
  categoriesWithoutColour: string[];
  /** Why the run stopped early; the next run resumes where it stopped. */
  error?: GraphCallError;
}

interface Passed {
  id: string;
  received: number;
  finished: boolean;
}

/** Thrown out of a chunk to end the run at a safe point; the failed message and what follows stay unfinished. */
class StopRun extends Error {
  constructor(readonly failure: GraphCallError) {
    super(failure.message);
  }
}

function categoryWishes(config: Config): CategoryWish[] {
  const { handling, flags, sensitive, applyTopicCategories } = config.categories;
  const topics = applyTopicCategories
    ? Object.values(config.topics).flatMap((topic) => (topic.category ? [topic.category] : []))
    : [];
  return [...Object.values(handling), ...Object.values(flags), sensitive, ...topics].map((c) => ({
    displayName: c.name,
    color: c.color,
  }));
}

/** The category names Kanalvagt itself sets, which a new triage may replace (staff's own categories stay). */
function ownCategoryNames(config: Config): string[] {
  return categoryWishes({
    ...config,
    categories: { ...config.categories, applyTopicCategories: true },
  }).map((wish) => wish.displayName);
}

/**
 * Triages mail nobody opened: lists the mailbox's messages in the period oldest first, and for those without a
 * triage record reads body and headers (JSON batches of 20), runs the engine, and writes the record and categories
 * (JSON batches of 20). A message with a record is never written again, so a message is triaged once however often
 * the run is repeated; the checkpoint lets an interrupted run continue where it stopped instead of listing from the
 * start. Throttling and outages are retried by the client; when they outlast its patience the run stops at a safe
 * point and says so.
 */
export async function bulkTriage(request: BulkTriageRequest, deps: BulkTriageDeps): Promise<BulkResult> {
  const now = deps.now ?? (() => new Date());
  const engine = deps.engine ?? runEngine;
  const chunkSize = Math.min(deps.chunkSize ?? MAX_BATCH_STEPS, MAX_BATCH_STEPS);
  const dryRun = request.dryRun === true;
  const { client, config } = deps;
  const { mailbox } = request;
  const since = request.since.toISOString();
  const until = request.until ?? now();
  const ownNames = ownCategoryNames(config);

  // A dry run writes nothing, so it must neither use nor leave a checkpoint: a real run would then skip mail.
  const saved = dryRun ? undefined : await deps.checkpoints.load();
  const resume = saved?.mailbox === mailbox && saved.since === since ? saved : undefined;
  const counts = resume ? { ...resume.counts } : zeroCounts();
  const finishedEarlier = new Set(resume?.done ?? []);
  let mark = resume
    ? { resumeFrom: resume.resumeFrom, done: resume.done }
    : { resumeFrom: since, done: [] as string[] };
  let passed: Passed[] = [];
  /** The unfinished among `passed`, by id. */
  const open = new Map<string, Passed>();
  let pending: MessageSummary[] = [];
  let categoriesWithoutColour: string[] = [];
  let reached: number | undefined;
  const engineFailures: string[] = [];
  const result = (status: BulkResult["status"], extra: Partial<BulkResult> = {}): BulkResult => ({
    status,
    counts: { ...counts },
    dryRun,
    resumed: resume !== undefined,
    engineFailures,
    categoriesWithoutColour,
    ...extra,
  });
  const report = (): void =>
    request.onProgress?.({
      counts: { ...counts },
      ...(reached !== undefined ? { reached: new Date(reached).toISOString() } : {}),
      resumed: resume !== undefined,
      dryRun,
    });

  async function saveCheckpoint(): Promise<void> {
    if (passed.length === 0 || dryRun) return;
    const firstOpen = passed.find((p) => !p.finished);
    const at = firstOpen?.received ?? passed[passed.length - 1]!.received;
    const resumeFrom = new Date(at).toISOString();
    const carried = Date.parse(mark.resumeFrom) === at ? mark.done : [];
    const done = [
      ...new Set([...carried, ...passed.filter((p) => p.finished && p.received >= at).map((p) => p.id)]),
    ];
    mark = { resumeFrom, done };
    passed = passed.filter((p) => !p.finished || p.received >= at);
    const checkpoint: BulkCheckpoint = {
      v: 1,
      mailbox,
      since,
      resumeFrom,
      done,
      counts: { ...counts },
      updatedAt: now().toISOString(),
    };
    await deps.checkpoints.save(checkpoint);
  }

  function finish(id: string): void {
    const entry = open.get(id);
    if (entry === undefined) return;
    entry.finished = true;
    open.delete(id);
    counts.seen++;
  }

  /** Triages and writes the pending chunk; false when there was none. */
  async function flush(): Promise<boolean> {
    const chunk = pending;
    pending = [];
    if (chunk.length === 0) return false;
    const byId = new Map(chunk.map((m) => [m.id, m]));
    const writes: TriageWrite[] = [];
    let stop: GraphCallError | undefined;
    const outcomes = await getMailsForTriage(client, mailbox, [...byId.keys()], { signal: request.signal });
    for (const outcome of outcomes) {
      if ("error" in outcome) {
        if (outcome.error.kind === "message-not-found") {
          counts.gone++;
          finish(outcome.id);
        } else stop ??= outcome.error;
        continue;
      }
      let triaged: Triage;
      try {
        triaged = engine(outcome.mail, config, now());
      } catch {
        counts.engineFailed++;
        engineFailures.push(outcome.id);
        finish(outcome.id);
        continue;
      }
      const existing = byId.get(outcome.id)?.categories ?? [];
      writes.push({
        messageId: outcome.id,
        record: triageRecord(triaged, now()),
        categories: mergeCategories(existing, triaged.recommendation.categories, ownNames),
      });
    }
    if (dryRun) {
      counts.triaged += writes.length;
      for (const write of writes) finish(write.messageId);
    } else if (writes.length > 0) {
      for (const outcome of await writeTriages(client, mailbox, writes, { signal: request.signal })) {
        if (outcome.ok) {
          counts.triaged++;
          finish(outcome.messageId);
        } else if (outcome.error.kind === "message-not-found") {
          counts.gone++;
          finish(outcome.messageId);
        } else stop ??= outcome.error;
      }
    }
    if (stop) throw new StopRun(stop);
    await saveCheckpoint();
    report();
    return true;
  }

  try {
    if (!dryRun) {
      try {
        await ensureMasterCategories(client, mailbox, categoryWishes(config), { signal: request.signal });
      } catch (error) {
        if (!(error instanceof GraphCategoryCreationDeniedError)) throw error;
        categoriesWithoutColour = error.categories;
      }
    }
    const period = { from: new Date(mark.resumeFrom), to: until };
    const pages = listMessages(client, mailbox, period, {
      order: "asc",
      ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    for await (const page of pages) {
      for (const message of page) {
        if (finishedEarlier.has(message.id)) continue;
        const received = Date.parse(message.receivedDateTime);
        reached = received;
        if (message.triage || message.triageUnreadable) {
          if (message.triage) counts.alreadyTriaged++;
          else counts.unreadableRecord++;
          counts.seen++;
          passed.push({ id: message.id, received, finished: true });
          continue;
        }
        const entry = { id: message.id, received, finished: false };
        passed.push(entry);
        open.set(message.id, entry);
        pending.push(message);
        if (pending.length >= chunkSize) await flush();
      }
      if (!(await flush())) {
        await saveCheckpoint();
        report();
      }
    }
  } catch (error) {
    const cause = error instanceof StopRun ? error.failure : error;
    if (!(cause instanceof GraphCallError)) throw error;
    await saveCheckpoint();
    report();
    return result("interrupted", { error: cause });
  }
  if (!dryRun) await deps.checkpoints.clear();
  return result("done");
}
