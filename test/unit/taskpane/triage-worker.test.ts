import type {
  ModelAnswer,
  ModelUpdate,
  TriageAnswer,
  TriageJob,
  WorkerReady,
} from "../../../src/taskpane/engine/worker-protocol";
import type { PaneTriage } from "../../../src/taskpane/engine/pane-triage";
import { warmUpRequest } from "../../../src/taskpane/engine/warm-up";
import { modelFavouring } from "../../support/learned-model";

type Message = TriageAnswer | WorkerReady | ModelAnswer;
type Sent = TriageJob | ModelUpdate;

/** Loads the worker's script into a stand-in for a worker's global scope and returns what it posts. */
async function startWorker(): Promise<{ posted: Message[]; send: (job: Sent) => void }> {
  const posted: Message[] = [];
  const scope = {
    postMessage: (message: Message) => posted.push(message),
    onmessage: null as ((event: { data: Sent }) => void) | null,
  };
  (globalThis as { self?: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/engine/triage-worker");
  });
  return { posted, send: (job) => scope.onmessage?.({ data: job }) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const realFetch = globalThis.fetch;

afterEach(() => {
  delete (globalThis as { self?: unknown }).self;
  globalThis.fetch = realFetch;
});

describe("the triage worker", () => {
  test("warms up by itself and says when it is ready", async () => {
    const { posted } = await startWorker();
    for (let i = 0; i < 5 && posted.length === 0; i++) await tick();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toHaveProperty("ready", true);
  });

  test("a mail that arrives before the warm-up is triaged at once, without waiting for it", async () => {
    const { posted, send } = await startWorker();
    send({ id: 1, kind: "triage", request: { ...warmUpRequest(), key: "first-mail" } });
    // The answer follows in microtasks (the work may read attachments): no timer, so no step of the warm-up, can
    // run in between.
    for (let i = 0; i < 20 && posted.length === 0; i++) await Promise.resolve();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ id: 1, ok: true, result: { key: "first-mail" } });
    for (let i = 0; i < 5 && posted.length === 1; i++) await tick();
    expect(posted[1]).toHaveProperty("ready", true);
  });

  test("a mail that arrives while the warm-up is under way waits for one step of it, not the whole triage", async () => {
    performance.clearMarks();
    const { posted, send } = await startWorker();
    // The lexicons are compiled in the first step, the mail's text is scanned in the next; the mail comes then.
    await tick();
    await tick();
    send({ id: 1, kind: "triage", request: { ...warmUpRequest(), key: "first-mail" } });
    for (let i = 0; i < 20 && posted.length === 0; i++) await Promise.resolve();
    expect(posted[0]).toMatchObject({ id: 1, ok: true, result: { key: "first-mail" } });
    for (let i = 0; i < 5 && posted.length === 1; i++) await tick();
    expect(posted[1]).toHaveProperty("ready", true);
    expect(performance.getEntriesByName("kanalvagt:worker-warm-up-analysed", "mark")).toHaveLength(1);
    // The rest of the warm-up (classifying the made-up mail, filling in and checking its replies) never ran.
    expect(performance.getEntriesByName("kanalvagt:worker-warm-up-triaged", "mark")).toHaveLength(0);
  });

  test("triages with the shipped model at once, and with the learned one once it has loaded", async () => {
    const learned = modelFavouring("affald");
    globalThis.fetch = () => Promise.resolve(new Response(JSON.stringify(learned), { status: 200 }));
    const { posted, send } = await startWorker();
    const topicOf = async (id: number): Promise<string | undefined> => {
      send({ id, kind: "triage", request: { ...warmUpRequest(), key: `mail-${id}` } });
      for (let i = 0; i < 50; i++) {
        const answer = posted.find((m): m is TriageAnswer => "id" in m && m.id === id);
        if (answer?.ok) return (answer.result as PaneTriage).classification.topic.value;
        await tick();
      }
      return undefined;
    };
    send({
      useModel: { file: "models/kommune.json", url: "https://addin.example/models/kommune.json" },
      request: 1,
    });
    await expect(topicOf(1)).resolves.not.toBe("affald");
    let settled: ModelAnswer | undefined;
    for (let i = 0; i < 100 && !settled; i++) {
      settled = posted.find((m): m is ModelAnswer => "modelRequest" in m);
      await tick();
    }
    expect(settled).toEqual({ modelRequest: 1, settled: { learned: true, changed: true } });
    await expect(topicOf(2)).resolves.toBe("affald");
  });

  test("fetches the learned model only once the first mail is answered, so the first verdict never waits", async () => {
    let posted: Message[] = [];
    let answeredWhenFetched: boolean | undefined;
    globalThis.fetch = () => {
      answeredWhenFetched = posted.some((m) => "id" in m && m.id === 1);
      return Promise.resolve(new Response(JSON.stringify(modelFavouring("affald")), { status: 200 }));
    };
    const worker = await startWorker();
    posted = worker.posted;
    worker.send({
      useModel: { file: "models/kommune.json", url: "https://addin.example/models/kommune.json" },
      request: 1,
    });
    worker.send({ id: 1, kind: "triage", request: { ...warmUpRequest(), key: "first-mail" } });
    for (let i = 0; i < 100 && !posted.some((m) => "modelRequest" in m); i++) await tick();
    expect(answeredWhenFetched).toBe(true);
    expect(posted.find((m) => "modelRequest" in m)).toEqual({
      modelRequest: 1,
      settled: { learned: true, changed: true },
    });
  });
});
