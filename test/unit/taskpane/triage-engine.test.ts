import type { OutgoingMail } from "../../../src/core/send-guard/decide";
import type { ComposeCheck } from "../../../src/taskpane/engine/compose-check";
import type { PaneTriage, TriageRequest } from "../../../src/taskpane/engine/pane-triage";
import { DEFAULT_CONFIG } from "../../../src/core/config/default-config";
import type { Config } from "../../../src/core/config/schema";
import { SupersededError } from "../../../src/taskpane/engine/superseded";
import { workerEngine, type ConfigurableEngine } from "../../../src/taskpane/engine/triage-engine";
import { attachmentWorkerReader } from "../../../src/taskpane/engine/attachment-reader";
import type {
  AttachmentJob,
  AttachmentPrepare,
  ConfigUpdate,
  ModelUpdate,
  TriageJob,
} from "../../../src/taskpane/engine/worker-protocol";

/** A Worker the test drives: it records jobs and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  jobs: TriageJob[] = [];
  configs: (Config | undefined)[] = [];
  models: ModelUpdate[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(message: TriageJob | ConfigUpdate | ModelUpdate): void {
    if ("config" in message) this.configs.push(message.config);
    else if ("useModel" in message) this.models.push(message);
    else this.jobs.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(index = this.jobs.length - 1): void {
    const job = this.jobs[index]!;
    this.onmessage?.({ data: { id: job.id, ok: true, result: { key: job.request.key } } } as MessageEvent);
  }

  crash(): void {
    this.onerror?.(new Event("error"));
  }
}

const request = (key: string): TriageRequest => ({
  key,
  now: "2025-03-04T10:00:00.000Z",
  mail: { subject: key, to: [], cc: [], headers: {}, attachments: [] },
});

const composed = (): OutgoingMail => ({
  mail: { subject: "SV: sag", to: [{ address: "borger@example.com" }], cc: [], headers: {}, attachments: [] },
  bcc: [],
  encryption: "unknown",
});

function engine(options: Parameters<typeof workerEngine>[1] = {}): ConfigurableEngine {
  return workerEngine(() => new FakeWorker() as unknown as Worker, options);
}

beforeEach(() => {
  FakeWorker.made = [];
  jest.useFakeTimers();
});

afterEach(() => jest.useRealTimers());

describe("the triage worker engine", () => {
  it("starts the worker at once, so the engine warms up while Office starts", () => {
    engine();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it("runs one job at a time and keeps only the newest waiting request", async () => {
    const triage = engine();
    const worker = FakeWorker.made[0]!;
    const first = triage.run(request("a"));
    const second = triage.run(request("b"));
    const third = triage.run(request("c"));
    await expect(second).rejects.toBeInstanceOf(SupersededError);
    expect(worker.jobs.map((j) => j.request.key)).toEqual(["a"]);
    worker.answer(0);
    await expect(first).resolves.toMatchObject({ key: "a" });
    expect(worker.jobs.map((j) => j.request.key)).toEqual(["a", "c"]);
    worker.answer(1);
    await expect(third).resolves.toMatchObject({ key: "c" });
  });

  it("abandons a long analysis (a huge mail) when staff have moved on, in a fresh worker", async () => {
    const triage = engine({ abandonAfterMs: 300 });
    const huge = triage.run(request("huge"));
    const next = triage.run(request("next"));
    jest.advanceTimersByTime(301);
    await expect(huge).rejects.toBeInstanceOf(SupersededError);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const fresh = FakeWorker.made[1]!;
    expect(fresh.jobs.map((j) => j.request.key)).toEqual(["next"]);
    fresh.answer();
    await expect(next).resolves.toMatchObject({ key: "next" });
  });

  it("gives up with a clear message instead of spinning for ever", async () => {
    const triage = engine({ timeoutMs: 1000 });
    const stuck = triage.run(request("a"));
    jest.advanceTimersByTime(1001);
    await expect(stuck).rejects.toThrow("took longer than 1 s and was stopped");
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it("falls back to the page's own thread when the worker cannot start", async () => {
    const fallback: ConfigurableEngine = {
      run: (r) => Promise.resolve({ key: `fallback:${r.key}` } as PaneTriage),
      check: (r) => Promise.resolve({ key: `fallback-check:${r.key}` } as ComposeCheck),
      useConfig: () => undefined,
      useModel: () => Promise.resolve({ learned: false, changed: false }),
    };
    const triage = engine({ fallback: () => fallback });
    const pending = triage.run(request("a"));
    FakeWorker.made[0]!.crash();
    await expect(pending).resolves.toMatchObject({ key: "fallback:a" });
    await expect(triage.run(request("b"))).resolves.toMatchObject({ key: "fallback:b" });
    await expect(triage.check({ key: "c", outgoing: composed() })).resolves.toMatchObject({
      key: "fallback-check:c",
    });
  });

  it("sends a compose check to the worker as its own kind of job, over the same queue", async () => {
    const triage = engine();
    const read = triage.run(request("a"));
    const check = triage.check({ key: "draft", outgoing: composed() });
    const worker = FakeWorker.made[0]!;
    expect(worker.jobs.map((j) => [j.kind, j.request.key])).toEqual([["triage", "a"]]);
    worker.answer(0);
    await expect(read).resolves.toMatchObject({ key: "a" });
    expect(worker.jobs.map((j) => [j.kind, j.request.key])).toEqual([
      ["triage", "a"],
      ["compose", "draft"],
    ]);
    worker.answer(1);
    await expect(check).resolves.toMatchObject({ key: "draft" });
  });

  it("passes on the engine's failure, which names no mail content", async () => {
    const triage = engine();
    const pending = triage.run(request("a"));
    const worker = FakeWorker.made[0]!;
    worker.onmessage?.({
      data: { id: worker.jobs[0]!.id, ok: false, error: "lexicon broken" },
    } as MessageEvent);
    await expect(pending).rejects.toThrow("Kanalvagt's analysis failed: lexicon broken");
  });
});

describe("the add-in's configuration in the triage worker", () => {
  const municipal = { ...DEFAULT_CONFIG, version: "kommunens" };

  it("reaches the worker before the jobs that follow, and every worker started after a stuck one", () => {
    const triage = engine({ timeoutMs: 1000 });
    triage.useConfig(municipal);
    void triage.run(request("a")).catch(() => undefined);
    expect(FakeWorker.made[0]!.configs).toEqual([municipal]);
    jest.advanceTimersByTime(1001);
    void triage.run(request("b"));
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.configs).toEqual([municipal]);
  });

  it("reaches the in-page fallback too", async () => {
    const told: (Config | undefined)[] = [];
    const fallback: ConfigurableEngine = {
      run: (r) => Promise.resolve({ key: r.key } as PaneTriage),
      check: (r) => Promise.resolve({ key: r.key } as ComposeCheck),
      useConfig: (config) => void told.push(config),
      useModel: (ref) => Promise.resolve({ learned: ref !== undefined, changed: false }),
    };
    const triage = engine({ fallback: () => fallback });
    triage.useConfig(municipal);
    const pending = triage.run(request("a"));
    FakeWorker.made[0]!.crash();
    await pending;
    const later = { ...municipal, version: "senere" };
    triage.useConfig(later);
    expect(told).toEqual([municipal, later]);
  });

  describe("the learned model", () => {
    const ref = { file: "models/kommune.json", url: "https://addin.example/models/kommune.json" };

    it("is asked of the worker, and settles with the worker's answer", async () => {
      const triage = engine();
      const worker = FakeWorker.made[0]!;
      const settled = triage.useModel(ref);
      expect(worker.models).toEqual([{ useModel: ref, request: 1 }]);
      worker.onmessage?.({
        data: { modelRequest: 1, settled: { learned: true, changed: true } },
      } as MessageEvent);
      await expect(settled).resolves.toEqual({ learned: true, changed: true });
    });

    it("is loaded again by a worker started after an abandoned job", () => {
      const triage = engine({ timeoutMs: 1000 });
      void triage.useModel(ref);
      void triage.run(request("a")).catch(() => undefined);
      jest.advanceTimersByTime(1001);
      void triage.run(request("b"));
      expect(FakeWorker.made[1]!.models).toEqual([{ useModel: ref, request: 1 }]);
    });

    it("is loaded in the page when the worker cannot run", async () => {
      const fallback: ConfigurableEngine = {
        run: (r) => Promise.resolve({ key: r.key } as PaneTriage),
        check: (r) => Promise.resolve({ key: r.key } as ComposeCheck),
        useConfig: () => undefined,
        useModel: (asked) => Promise.resolve({ learned: asked === ref, changed: false }),
      };
      const triage = engine({ fallback: () => fallback });
      const settled = triage.useModel(ref);
      FakeWorker.made[0]!.crash();
      await expect(settled).resolves.toEqual({ learned: true, changed: false });
    });
  });
});

/** The attachment worker the test drives: it records what it is asked and answers when told. */
class FakeAttachmentWorker {
  static made: FakeAttachmentWorker[] = [];
  jobs: AttachmentJob[] = [];
  prepared: boolean[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor() {
    FakeAttachmentWorker.made.push(this);
  }

  postMessage(message: AttachmentJob | AttachmentPrepare): void {
    if ("prepare" in message) this.prepared.push(message.prepare.pdf);
    else this.jobs.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the latest job with the mail, its attachment marked as read. */
  answer(): void {
    const job = this.jobs[this.jobs.length - 1]!;
    const attachments = job.mail.attachments.map((a) => ({ ...a, content: { read: true, parts: [] } }));
    this.onmessage?.({ data: { id: job.id, ok: true, mail: { ...job.mail, attachments } } } as MessageEvent);
  }

  crash(): void {
    this.onerror?.(new Event("error"));
  }
}

describe("attachments read in a worker of their own", () => {
  const withPdf = (key: string): TriageRequest => ({
    ...request(key),
    mail: {
      ...request(key).mail,
      attachments: [{ name: "lønseddel.pdf", contentType: "application/pdf", size: 1000 }],
    },
  });
  const withContent = (key: string): TriageRequest => ({
    ...withPdf(key),
    attachments: [{ bytes: new Uint8Array([37, 80, 68, 70]) }],
  });

  function engineWithReader(options: Parameters<typeof workerEngine>[1] = {}): ConfigurableEngine {
    FakeAttachmentWorker.made = [];
    const reader = attachmentWorkerReader(() => new FakeAttachmentWorker() as unknown as Worker);
    return engine({ ...options, attachments: reader });
  }

  it("a new selection while attachments are read is triaged at once, by the same warm triage worker", async () => {
    const triage = engineWithReader({ abandonAfterMs: 300 });
    const triageWorker = FakeWorker.made[0]!;
    const first = triage.run(request("first"));
    triageWorker.answer();
    await first;
    const attachmentsOfFirst = triage.run(withContent("first"));
    const reading = FakeAttachmentWorker.made[0]!;
    expect(reading.jobs).toHaveLength(1);
    expect(triageWorker.jobs.map((j) => j.request.key)).toEqual(["first"]);

    const next = triage.run(request("next"));
    await expect(attachmentsOfFirst).rejects.toBeInstanceOf(SupersededError);
    expect(triageWorker.jobs.map((j) => j.request.key)).toEqual(["first", "next"]);
    jest.advanceTimersByTime(1000);
    triageWorker.answer();
    await expect(next).resolves.toMatchObject({ key: "next" });
    expect(FakeWorker.made).toHaveLength(1);
    expect(triageWorker.terminated).toBe(false);
    // Only the reader's worker ends; the next mail's attachments get a fresh one.
    expect(reading.terminated).toBe(true);
    void triage.run(withContent("next"));
    expect(FakeAttachmentWorker.made).toHaveLength(2);
  });

  it("the triage worker triages the mail with the text the attachment worker read", async () => {
    const triage = engineWithReader();
    const triageWorker = FakeWorker.made[0]!;
    const verdict = triage.run(withContent("a"));
    expect(triageWorker.jobs).toHaveLength(0);
    FakeAttachmentWorker.made[0]!.answer();
    for (let i = 0; i < 5 && triageWorker.jobs.length === 0; i++) await Promise.resolve();
    const job = triageWorker.jobs[0]!;
    expect(job.kind === "triage" && job.request.attachments).toBeUndefined();
    expect(job.kind === "triage" && job.request.mail.attachments[0]?.content).toEqual({
      read: true,
      parts: [],
    });
    triageWorker.answer();
    await expect(verdict).resolves.toMatchObject({ key: "a" });
  });

  it("checks a mail being written with the text the attachment worker read from its files", async () => {
    const triage = engineWithReader();
    const triageWorker = FakeWorker.made[0]!;
    const outgoing = composed();
    outgoing.mail.attachments = [{ name: "afgørelse.docx", size: 1000 }];
    const check = triage.check({ key: "draft", outgoing, attachments: [{ bytes: new Uint8Array(4) }] });
    expect(triageWorker.jobs).toHaveLength(0);
    FakeAttachmentWorker.made[0]!.answer();
    for (let i = 0; i < 5 && triageWorker.jobs.length === 0; i++) await Promise.resolve();
    const job = triageWorker.jobs[0]!;
    expect(job.kind).toBe("compose");
    expect(job.kind === "compose" && job.request.attachments).toBeUndefined();
    expect(job.kind === "compose" && job.request.outgoing.mail.attachments[0]?.content).toEqual({
      read: true,
      parts: [],
    });
    triageWorker.answer();
    await expect(check).resolves.toMatchObject({ key: "draft" });
  });

  it("starts the reader, with pdf.js for a PDF, once a mail listing attachments has its verdict", async () => {
    const triage = engineWithReader();
    const verdict = triage.run(withPdf("a"));
    expect(FakeAttachmentWorker.made).toHaveLength(0);
    FakeWorker.made[0]!.answer();
    await verdict;
    await Promise.resolve();
    expect(FakeAttachmentWorker.made[0]!.prepared).toEqual([true]);
  });

  it("leaves the reading to the triage worker when the attachment worker cannot run", async () => {
    const triage = engineWithReader();
    const verdict = triage.run(withContent("a"));
    FakeAttachmentWorker.made[0]!.crash();
    const triageWorker = FakeWorker.made[0]!;
    for (let i = 0; i < 5 && triageWorker.jobs.length === 0; i++) await Promise.resolve();
    const job = triageWorker.jobs[0]!;
    expect(job.kind === "triage" && job.request.attachments).toHaveLength(1);
    triageWorker.answer();
    await expect(verdict).resolves.toMatchObject({ key: "a" });
  });
});
