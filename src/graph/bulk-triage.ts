import { withAttachmentContent } from "../attachments/read-attachments";
import type { Config } from "../core/config/schema";
import type { Mail } from "../core/mail";
import { triageRecord } from "../core/record";
import { triage as runEngine } from "../core/triage";
import type { Triage } from "../core/triage-types";
import { MAX_BATCH_STEPS, type GraphClient } from "./client";
import {
  CheckpointLedger,
  type BulkCheckpoint,
  type BulkCounts,
  type CheckpointStore,
} from "./bulk-checkpoint";
import { fetchGraphAttachments } from "./attachments";
import { GraphCallError, GraphCategoryCreationDeniedError } from "./errors";
import type { GraphAttachment } from "./graph-types";
import { categoryWishes, ensureMasterCategories } from "./master-categories";
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

/** Thrown out of a chunk to end the run at a safe point; the failed message and what follows stay unfinished. */
class StopRun extends Error {
  constructor(readonly failure: GraphCallError) {
    super(failure.message);
  }
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
  const dryRun = request.dryRun === true;
  // A dry run writes nothing, so it must neither use nor leave a checkpoint: a real run would then skip mail.
  const saved = dryRun ? undefined : await deps.checkpoints.load();
  return new BulkTriageRun(request, deps, saved).run();
}

/** One run of bulkTriage: the page loop, the flush of each chunk, and the checkpoint after each. */
class BulkTriageRun {
  private readonly dryRun: boolean;
  private readonly now: () => Date;
  /** The end of the period: the request's, or the time the run started. */
  private readonly until: Date;
  private readonly engine: (mail: Mail, config: Config, now: Date) => Triage;
  private readonly chunkSize: number;
  private readonly ownNames: string[];
  private readonly ledger: CheckpointLedger;
  /** Messages listed and waiting for the next flush. */
  private pending: MessageSummary[] = [];
  /** Received time of the last message looked at. */
  private reached: number | undefined;
  private readonly engineFailures: string[] = [];
  private categoriesWithoutColour: string[] = [];

  constructor(
    private readonly request: BulkTriageRequest,
    private readonly deps: BulkTriageDeps,
    saved: BulkCheckpoint | undefined,
  ) {
    this.dryRun = request.dryRun === true;
    this.now = deps.now ?? (() => new Date());
    this.until = request.until ?? this.now();
    this.engine = deps.engine ?? runEngine;
    this.chunkSize = Math.min(deps.chunkSize ?? MAX_BATCH_STEPS, MAX_BATCH_STEPS);
    this.ownNames = ownCategoryNames(deps.config);
    this.ledger = new CheckpointLedger(request.mailbox, request.since.toISOString(), saved);
  }

  async run(): Promise<BulkResult> {
    try {
      if (!this.dryRun) await this.ensureCategories();
      await this.readPages();
    } catch (error) {
      const cause = error instanceof StopRun ? error.failure : error;
      if (!(cause instanceof GraphCallError)) throw error;
      await this.saveCheckpoint();
      this.report();
      return this.result("interrupted", { error: cause });
    }
    if (!this.dryRun) await this.deps.checkpoints.clear();
    return this.result("done");
  }

  private async ensureCategories(): Promise<void> {
    const { client, config } = this.deps;
    try {
      await ensureMasterCategories(client, this.request.mailbox, categoryWishes(config), {
        signal: this.request.signal,
      });
    } catch (error) {
      if (!(error instanceof GraphCategoryCreationDeniedError)) throw error;
      this.categoriesWithoutColour = error.categories;
    }
  }

  /** The page loop: every message of the period from where the last run stopped, a chunk flushed when full. */
  private async readPages(): Promise<void> {
    const { request, deps, ledger } = this;
    const period = { from: new Date(ledger.resumeFrom), to: this.until };
    const pages = listMessages(deps.client, request.mailbox, period, {
      order: "asc",
      ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    for await (const page of pages) {
      for (const message of page) {
        if (ledger.isFinishedEarlier(message.id)) continue;
        const received = Date.parse(message.receivedDateTime);
        this.reached = received;
        if (message.triage || message.triageUnreadable) {
          if (message.triage) ledger.counts.alreadyTriaged++;
          else ledger.counts.unreadableRecord++;
          ledger.passFinished(message.id, received);
          continue;
        }
        ledger.passOpen(message.id, received);
        this.pending.push(message);
        if (this.pending.length >= this.chunkSize) await this.flush();
      }
      if (!(await this.flush())) {
        await this.saveCheckpoint();
        this.report();
      }
    }
  }

  /** Triages and writes the pending chunk, then saves the checkpoint; false when there was none. */
  private async flush(): Promise<boolean> {
    const chunk = this.pending;
    this.pending = [];
    if (chunk.length === 0) return false;
    const { writes, stop } = await this.triageChunk(chunk);
    const failure = await this.write(writes);
    const cause = stop ?? failure;
    if (cause) throw new StopRun(cause);
    await this.saveCheckpoint();
    this.report();
    return true;
  }

  /** Reads the chunk's mail and runs the engine on each: the writes to make, and the first read that failed. */
  private async triageChunk(
    chunk: MessageSummary[],
  ): Promise<{ writes: TriageWrite[]; stop: GraphCallError | undefined }> {
    const { client, config } = this.deps;
    const { counts } = this.ledger;
    const byId = new Map(chunk.map((m) => [m.id, m]));
    const writes: TriageWrite[] = [];
    let stop: GraphCallError | undefined;
    const outcomes = await getMailsForTriage(client, this.request.mailbox, [...byId.keys()], {
      signal: this.request.signal,
    });
    for (const outcome of outcomes) {
      if ("error" in outcome) {
        if (outcome.error.kind === "message-not-found") {
          counts.gone++;
          this.ledger.finish(outcome.id);
        } else stop ??= outcome.error;
        continue;
      }
      const mail = await this.withAttachments(outcome);
      let triaged: Triage;
      try {
        triaged = this.engine(mail, config, this.now());
      } catch {
        counts.engineFailed++;
        this.engineFailures.push(outcome.id);
        this.ledger.finish(outcome.id);
        continue;
      }
      const existing = byId.get(outcome.id)?.categories ?? [];
      writes.push({
        messageId: outcome.id,
        record: triageRecord(triaged, this.now()),
        categories: mergeCategories(existing, triaged.recommendation.categories, this.ownNames),
      });
    }
    return { writes, stop };
  }

  /**
   * The mail with its attachments' content read. An attachment Graph will not give, or that cannot be read, is marked
   * not read with the reason; the mail is triaged all the same.
   */
  private async withAttachments(outcome: {
    id: string;
    mail: Mail;
    attachments: GraphAttachment[];
  }): Promise<Mail> {
    if (outcome.attachments.length === 0) return outcome.mail;
    const { client, config } = this.deps;
    const fetched = await fetchGraphAttachments(
      client,
      this.request.mailbox,
      outcome.id,
      outcome.attachments,
      config.attachments,
      { signal: this.request.signal },
    );
    return withAttachmentContent(outcome.mail, fetched, config.attachments);
  }

  /**
   * Writes records and categories (a dry run only counts them); returns the first write that failed for another
   * reason than a vanished message.
   */
  private async write(writes: TriageWrite[]): Promise<GraphCallError | undefined> {
    const { counts } = this.ledger;
    if (this.dryRun) {
      counts.triaged += writes.length;
      for (const write of writes) this.ledger.finish(write.messageId);
      return undefined;
    }
    if (writes.length === 0) return undefined;
    let failure: GraphCallError | undefined;
    for (const outcome of await writeTriages(this.deps.client, this.request.mailbox, writes, {
      signal: this.request.signal,
    })) {
      if (outcome.ok) {
        counts.triaged++;
        this.ledger.finish(outcome.messageId);
      } else if (outcome.error.kind === "message-not-found") {
        counts.gone++;
        this.ledger.finish(outcome.messageId);
      } else failure ??= outcome.error;
    }
    return failure;
  }

  private async saveCheckpoint(): Promise<void> {
    if (this.dryRun) return;
    const checkpoint = this.ledger.checkpoint(this.now());
    if (checkpoint !== undefined) await this.deps.checkpoints.save(checkpoint);
  }

  private report(): void {
    this.request.onProgress?.({
      counts: { ...this.ledger.counts },
      ...(this.reached !== undefined ? { reached: new Date(this.reached).toISOString() } : {}),
      resumed: this.ledger.resumed,
      dryRun: this.dryRun,
    });
  }

  private result(status: BulkResult["status"], extra: Partial<BulkResult> = {}): BulkResult {
    return {
      status,
      counts: { ...this.ledger.counts },
      dryRun: this.dryRun,
      resumed: this.ledger.resumed,
      engineFailures: this.engineFailures,
      categoriesWithoutColour: this.categoriesWithoutColour,
      ...extra,
    };
  }
}
