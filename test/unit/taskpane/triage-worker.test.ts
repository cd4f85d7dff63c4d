import type { TriageAnswer, TriageJob, WorkerReady } from "../../../src/taskpane/engine/worker-protocol";
import { warmUpRequest } from "../../../src/taskpane/engine/warm-up";

type Message = TriageAnswer | WorkerReady;

/** Loads the worker's script into a stand-in for a worker's global scope and returns what it posts. */
async function startWorker(): Promise<{ posted: Message[]; send: (job: TriageJob) => void }> {
  const posted: Message[] = [];
  const scope = {
    postMessage: (message: Message) => posted.push(message),
    onmessage: null as ((event: { data: TriageJob }) => void) | null,
  };
  (globalThis as { self?: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/engine/triage-worker");
  });
  return { posted, send: (job) => scope.onmessage?.({ data: job }) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  delete (globalThis as { self?: unknown }).self;
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
});
