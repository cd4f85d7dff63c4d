import path from "node:path";
import { GraphClient, type GraphClientOptions } from "../../../src/graph/client";
import type { FaultSettings } from "../../../src/graph-emulator/faults";
import {
  GeneratedMailbox,
  type GeneratedMailboxOptions,
} from "../../../src/graph-emulator/generated-mailbox";
import { Mailbox } from "../../../src/graph-emulator/mailbox";
import { seedMailboxes } from "../../../src/graph-emulator/seed";
import { startGraphEmulator, type RunningEmulator } from "../../../src/graph-emulator/server";

export const END = new Date("2026-03-02T00:00:00Z");
export const CORPUS_DIR = path.resolve(__dirname, "../../fixtures/corpus");

export function generated(options: Partial<GeneratedMailboxOptions> & { count: number }): {
  mailbox: Mailbox;
  source: GeneratedMailbox;
} {
  const source = new GeneratedMailbox({ address: "stor@nyborg.dk", end: END, ...options });
  return { mailbox: new Mailbox(options.address ?? "stor@nyborg.dk", source), source };
}

export async function start(mailboxes: Mailbox[], faults: FaultSettings = {}): Promise<RunningEmulator> {
  return startGraphEmulator({ mailboxes, faults });
}

/**
 * Serves `mailboxes` from one emulator for the enclosing describe block, handed to `started` once it runs; each test
 * begins with no fault switched on and the request counts at zero.
 */
export function serveForSuite(mailboxes: Mailbox[], started: (running: RunningEmulator) => void): void {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await start(mailboxes);
    started(running);
  });
  afterAll(() => running.close());
  beforeEach(() => {
    running.emulator.faults.set({});
    running.emulator.resetStats();
  });
}

export async function startWithCorpus(): Promise<
  RunningEmulator & { manifest: Awaited<ReturnType<typeof seedMailboxes>>["manifest"] }
> {
  const { mailboxes, manifest } = await seedMailboxes([{ kind: "corpus", dir: CORPUS_DIR }], END);
  return { ...(await start(mailboxes)), manifest };
}

/** A client whose waits are recorded instead of slept, so a 429 storm takes milliseconds. */
export function client(
  running: { url: string },
  options: Partial<GraphClientOptions> = {},
): { client: GraphClient; sleeps: number[] } {
  const sleeps: number[] = [];
  const graph = new GraphClient({
    baseUrl: running.url,
    getAccessToken: () => Promise.resolve("test-token"),
    // The emulator answers in the test's own process, so a loaded CI machine can keep a request waiting for seconds;
    // the tests that are about timeouts set their own.
    timeoutMs: 30_000,
    ...options,
    retry: {
      random: () => 0.5,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      ...options.retry,
    },
  });
  return { client: graph, sleeps };
}

export async function collect<T>(pages: AsyncIterable<T[]>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let count = 0;
  for await (const page of pages) {
    items.push(...page);
    count++;
  }
  return { items, pages: count };
}
