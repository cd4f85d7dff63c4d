import { DEFAULT_ATTACHMENT_LIMITS } from "../../core/config/attachment-limit-defaults";
import type { Config } from "../../core/config/schema";
import type { FetchedAttachment } from "../../core/attachment";
import type { AttachmentInfo } from "../../core/mail";
import { AttachmentReaderUnavailable, type AttachmentReader } from "./attachment-reader";
import type { ComposeCheck, ComposeRequest } from "./compose-check";
import type { EngineResult, EngineWork } from "./engine-work";
import type { PaneTriage, TriageRequest } from "./pane-triage";
import type { ModelFileRef } from "./learned-model";
import { modelSlot } from "./model-slot";
import { SupersededError } from "./superseded";
import { mailOf, withMail } from "./work-mail";
import type {
  ConfigUpdate,
  ModelAnswer,
  ModelSettled,
  ModelUpdate,
  TriageAnswer,
  TriageJob,
  WorkerReady,
} from "./worker-protocol";

/**
 * Runs the triage (or, beside a compose form, the send guard's check) for the pane. A newer request supersedes an
 * older one that has not answered yet.
 */
export interface TriageEngine {
  run(request: TriageRequest): Promise<PaneTriage>;
  check(request: ComposeRequest): Promise<ComposeCheck>;
}

/** An engine that can be told the add-in's configuration; until then it uses the bundled one. */
export interface ConfigurableEngine extends TriageEngine {
  /** The requests made after this call use `config` (undefined: the bundled default). */
  useConfig(config: Config | undefined): void;
  /**
   * The requests made once the model has loaded use the learned model `ref` names (undefined: the shipped one);
   * those made before it use the model in use until then. Settles with whether the learned model is in use.
   */
  useModel(ref: ModelFileRef | undefined): Promise<ModelSettled>;
}

/** An engine's two doors over one queue. The answer to a piece of work is of that work's kind. */
function engineOf(submit: (work: EngineWork) => Promise<EngineResult>): TriageEngine {
  return {
    run: (request) => submit({ kind: "triage", request }) as Promise<PaneTriage>,
    check: (request) => submit({ kind: "compose", request }) as Promise<ComposeCheck>,
  };
}

function submitTo(engine: TriageEngine, work: EngineWork): Promise<EngineResult> {
  return work.kind === "triage" ? engine.run(work.request) : engine.check(work.request);
}

export interface WorkerEngineOptions {
  /**
   * A job still running this long when a newer one waits is abandoned: the worker is replaced, so staff do not wait
   * for a huge mail they have already left.
   */
  abandonAfterMs?: number;
  /** No answer in this long: the triage fails with a clear message instead of spinning for ever. */
  timeoutMs?: number;
  /** Used when the browser cannot start the worker. */
  fallback?: () => ConfigurableEngine;
  /** Told how long the worker took to load and warm the engine. */
  onWarm?: (ms: number) => void;
  /**
   * Reads the attachments' content of a triage that brings it, in a worker of its own; the triage worker then only
   * triages the mail with the text read. Without it, the triage worker reads them itself.
   */
  attachments?: AttachmentReader;
}

interface Waiting {
  work: EngineWork;
  resolve: (result: EngineResult) => void;
  reject: (error: Error) => void;
}

interface Running extends Waiting {
  id: number;
  startedAt: number;
  timeout: ReturnType<typeof setTimeout>;
}

/** The triage in a Web Worker, one job at a time; the newest waiting request is the only one kept. */
export function workerEngine(spawn: () => Worker, options: WorkerEngineOptions = {}): ConfigurableEngine {
  const abandonAfterMs = options.abandonAfterMs ?? 300;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let worker: Worker | undefined;
  let broken: ConfigurableEngine | undefined;
  /** The add-in's configuration, sent to every worker this engine starts; undefined: the bundled one. */
  let config: Config | undefined;
  /** The model request sent to every worker this engine starts, and who waits for its answer. */
  let model: (ModelUpdate & { settle?: (settled: ModelSettled) => void }) | undefined;
  let running: Running | undefined;
  let waiting: Waiting | undefined;
  let abandonTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 0;

  const finish = (): void => {
    if (running) clearTimeout(running.timeout);
    running = undefined;
    clearTimeout(abandonTimer);
    abandonTimer = undefined;
    const next = waiting;
    waiting = undefined;
    if (next) start(next);
  };

  const restart = (): void => {
    worker?.terminate();
    worker = undefined;
  };

  const onAnswer = (event: MessageEvent<TriageAnswer | WorkerReady | ModelAnswer>): void => {
    const answer = event.data;
    if ("ready" in answer) {
      options.onWarm?.(answer.warmUpMs);
      return;
    }
    if ("modelRequest" in answer) {
      if (model?.request !== answer.modelRequest) return;
      model.settle?.(answer.settled);
      // A worker started after an abandoned job loads the model again; nobody waits for that answer.
      delete model.settle;
      return;
    }
    if (!running || answer.id !== running.id) return;
    const job = running;
    finish();
    if (answer.ok) job.resolve(answer.result);
    else job.reject(new Error(`Kanalvagt's analysis failed: ${answer.error}`));
  };

  const onFailure = (): void => {
    // The worker could not load or crashed: run in the page from now on rather than not at all.
    restart();
    broken = options.fallback?.();
    broken?.useConfig(config);
    if (broken && model) {
      const { settle } = model;
      void broken.useModel(model.useModel).then((settled) => settle?.(settled));
    }
    const job = running;
    running = undefined;
    if (job) {
      clearTimeout(job.timeout);
      if (broken) submitTo(broken, job.work).then(job.resolve, job.reject);
      else job.reject(new Error("Kanalvagt's analysis could not start in this browser."));
    }
  };

  const ensureWorker = (): Worker => {
    if (!worker) {
      worker = spawn();
      worker.onmessage = onAnswer;
      worker.onerror = onFailure;
      if (config) worker.postMessage({ config } satisfies ConfigUpdate);
      if (model)
        worker.postMessage({ useModel: model.useModel, request: model.request } satisfies ModelUpdate);
    }
    return worker;
  };

  const start = (job: Waiting): void => {
    if (broken) {
      submitTo(broken, job.work).then(job.resolve, job.reject);
      return;
    }
    const id = ++nextId;
    const timeout = setTimeout(() => {
      if (running?.id !== id) return;
      restart();
      const stuck = running;
      finish();
      stuck.reject(new Error(`Kanalvagt's analysis took longer than ${timeoutMs / 1000} s and was stopped.`));
    }, timeoutMs);
    running = { ...job, id, startedAt: performance.now(), timeout };
    const message: TriageJob = { id, ...job.work };
    try {
      ensureWorker().postMessage(message);
    } catch {
      onFailure();
    }
  };

  const abandonIfHeavy = (): void => {
    if (!running || !waiting) return;
    const left = abandonAfterMs - (performance.now() - running.startedAt);
    if (left > 0) {
      abandonTimer = setTimeout(abandonIfHeavy, left);
      return;
    }
    restart();
    const abandoned = running;
    finish();
    abandoned.reject(new SupersededError());
  };

  // Start the worker at once: loading and warming the engine overlaps with Office starting up.
  try {
    ensureWorker();
  } catch {
    onFailure();
  }

  const queue = (work: EngineWork): Promise<EngineResult> =>
    new Promise<EngineResult>((resolve, reject) => {
      const job = { work, resolve, reject };
      if (!running) {
        start(job);
        return;
      }
      waiting?.reject(new SupersededError());
      waiting = job;
      clearTimeout(abandonTimer);
      abandonIfHeavy();
    });

  const reader = options.attachments;
  let requests = 0;

  /**
   * A triage or compose check that brings attachments' content: the reader reads it, then the triage worker does the
   * work with the mail as read. Any newer request stops the reading, which then only costs the reader's worker; the
   * triage worker stays warm.
   */
  const readThenQueue = (work: EngineWork, fetched: FetchedAttachment[], reader: AttachmentReader) => {
    const mine = requests;
    const limits = config?.attachments ?? DEFAULT_ATTACHMENT_LIMITS;
    return reader.read(mailOf(work), fetched, limits).then(
      (mail) => {
        // A newer request came while the answer was on its way: it must not be queued behind this one.
        if (mine !== requests) throw new SupersededError();
        return queue(withMail(work, mail));
      },
      (error: unknown) => {
        // Without the attachment worker, the triage worker reads them, as it did before there was one.
        if (error instanceof AttachmentReaderUnavailable && mine === requests) return queue(work);
        throw error;
      },
    );
  };

  const engine = engineOf((work) => {
    requests++;
    reader?.cancel();
    if (!reader || broken) return queue(work);
    const { attachments } = work.request;
    if (attachments !== undefined) return readThenQueue(work, attachments, reader);
    if (work.kind !== "triage") return queue(work);
    const listed = work.request.mail.attachments;
    const verdict = queue(work);
    // Once the verdict is on its way, the reader starts, so it is ready when Outlook has handed over the files.
    if (listed.length > 0)
      void verdict.then(
        () => reader.prepare(listed.some(looksLikePdf)),
        () => undefined,
      );
    return verdict;
  });
  const useConfig = (next: Config | undefined): void => {
    config = next;
    if (broken) broken.useConfig(next);
    // Messages arrive in order: every job posted after this one runs with the new configuration.
    else worker?.postMessage({ config: next } satisfies ConfigUpdate);
  };
  const useModel = (ref: ModelFileRef | undefined): Promise<ModelSettled> => {
    if (broken) return broken.useModel(ref);
    return new Promise((resolve) => {
      const update: ModelUpdate = { useModel: ref, request: (model?.request ?? 0) + 1 };
      model = { ...update, settle: resolve };
      if (worker) worker.postMessage(update);
      else ensureWorker();
    });
  };
  return { ...engine, useConfig, useModel };
}

/**
 * The triage on the page's own thread, loaded on first use. For browsers without workers; it yields to the browser
 * first so the pane can show "Analyserer …" before the engine takes the thread.
 */
export function inThreadEngine(): ConfigurableEngine {
  let config: Config | undefined;
  const model = modelSlot();
  let latest: Promise<ModelSettled> | undefined;
  const engine = engineOf(async (work) => {
    if (work.kind === "triage") model.triaged();
    const [{ doWork }, { DEFAULT_CONFIG }] = await Promise.all([
      import("./engine-work"),
      import("../../core/config/default-config"),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return doWork(work, config ?? DEFAULT_CONFIG, model.model);
  });
  const useModel = (ref: ModelFileRef | undefined): Promise<ModelSettled> => {
    // A request replaced by a newer one settles as the newer one does.
    const settled: Promise<ModelSettled> = model.use(ref).then((result) => result ?? latest ?? settled);
    latest = settled;
    return settled;
  };
  return { ...engine, useConfig: (next) => (config = next), useModel };
}

/** By its label only: the bytes, which decide in the end, come later. */
function looksLikePdf({ name, contentType }: AttachmentInfo): boolean {
  return /\.pdf$/i.test(name) || (contentType ?? "").toLowerCase().startsWith("application/pdf");
}
