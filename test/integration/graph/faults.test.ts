import {
  GraphCancelledError,
  GraphMailboxNotFoundError,
  GraphMessageNotFoundError,
  GraphNetworkError,
  GraphPermissionError,
  GraphSignInError,
  GraphThrottledError,
  GraphTimeoutError,
  GraphUnavailableError,
} from "../../../src/graph/errors";
import { getMailForTriage, listMessages, type MessageSummary } from "../../../src/graph/messages";
import { writeTriage } from "../../../src/graph/records";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, collect, END, generated, serveForSuite } from "./harness";

const DAY = 86_400_000;
const BOX = "stor@nyborg.dk";
const period = { from: new Date(END.getTime() - 30 * DAY), to: END };

describe("throttling, outages, timeouts and refusals", () => {
  const { mailbox, source } = generated({ count: 2000, days: 30 });
  let running: RunningEmulator;

  serveForSuite([mailbox], (started) => {
    running = started;
  });

  it("rides out a 429 storm, waiting as long as Retry-After says each time", async () => {
    running.emulator.faults.set({ throttleNext: 4, retryAfterSeconds: 7 });
    const { client: graph, sleeps } = client(running);
    const { items } = await collect(listMessages(graph, BOX, period, { pageSize: 500 }));
    expect(items).toHaveLength(source.size);
    expect(sleeps).toEqual([7000, 7000, 7000, 7000]);
    expect(running.emulator.stats().throttled).toBe(4);
    expect(running.emulator.stats().requests).toBe(4 + 4);
  });

  it("gives up after the retry cap with an error that names the mailbox, the call and the wait", async () => {
    running.emulator.faults.set({ throttleNext: 100, retryAfterSeconds: 2 });
    const { client: graph, sleeps } = client(running, { retry: { maxRetries: 3 } });
    const error = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphThrottledError);
    const throttled = error as GraphThrottledError;
    expect(throttled.attempts).toBe(4);
    expect(throttled.retryAfterMs).toBe(2000);
    expect(throttled.message).toContain(BOX);
    expect(throttled.message).toContain("list messages");
    expect(sleeps).toHaveLength(3);
  });

  it("stops at once when Graph asks for a longer wait than the cap allows, so the caller can resume later", async () => {
    running.emulator.faults.set({ throttleNext: 1, retryAfterSeconds: 600 });
    const { client: graph, sleeps } = client(running, { retry: { maxDelayMs: 60_000 } });
    const error = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphThrottledError);
    expect((error as GraphThrottledError).retryAfterMs).toBe(600_000);
    expect(sleeps).toEqual([]);
  });

  it("backs off exponentially, capped, when an outage gives no Retry-After", async () => {
    running.emulator.faults.set({ outageNext: 4 });
    const { client: graph, sleeps } = client(running, { retry: { baseDelayMs: 1000, maxDelayMs: 5000 } });
    const { items } = await collect(listMessages(graph, BOX, period));
    expect(items).toHaveLength(source.size);
    // random() is pinned at 0.5, so each wait is ¾ of its step: 1 s, 2 s, 4 s, then the 5 s cap.
    expect(sleeps).toEqual([750, 1500, 3000, 3750]);
  });

  it("survives an outage in the middle of a listing: no message twice, none skipped", async () => {
    const { client: graph } = client(running);
    const seen: MessageSummary[] = [];
    let pages = 0;
    for await (const page of listMessages(graph, BOX, period, { pageSize: 100 })) {
      seen.push(...page);
      if (++pages === 3) running.emulator.faults.set({ outageNext: 3, outageStatus: 504 });
    }
    expect(running.emulator.stats().outages).toBe(3);
    expect(seen).toHaveLength(source.size);
    expect(new Set(seen.map((m) => m.id)).size).toBe(source.size);
  });

  it("reports an outage that outlasts the retries as unavailable", async () => {
    running.emulator.faults.set({ outageNext: 10 });
    const { client: graph } = client(running, { retry: { maxRetries: 2 } });
    const error = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as GraphUnavailableError).status).toBe(503);
    expect((error as GraphUnavailableError).attempts).toBe(3);
  });

  it("times out a request that hangs, retries it, and goes on", async () => {
    let calls = 0;
    const hangOnce: typeof fetch = (input, init) => {
      if (++calls > 1) return fetch(input, init);
      return new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    };
    const { client: graph, sleeps } = client(running, { timeoutMs: 1000, fetch: hangOnce });
    const { items } = await collect(listMessages(graph, BOX, period, { pageSize: 100 }));
    expect(items).toHaveLength(source.size);
    expect(sleeps).toHaveLength(1);
  });

  it("reports a slow Graph as a timeout once the retries are spent", async () => {
    running.emulator.faults.set({ delayMs: 300 });
    const { client: graph } = client(running, { timeoutMs: 50, retry: { maxRetries: 1 } });
    const error = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect((error as GraphTimeoutError).timeoutMs).toBe(50);
    expect((error as GraphTimeoutError).attempts).toBe(2);
    expect((error as Error).message).toContain(BOX);
  });

  it("stops when the caller cancels", async () => {
    running.emulator.faults.set({ delayMs: 200 });
    const controller = new AbortController();
    const { client: graph } = client(running);
    setTimeout(() => controller.abort(), 20);
    const error = await collect(listMessages(graph, BOX, period, { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphCancelledError);
  });

  it("names the mailbox and the missing consent on a 403", async () => {
    running.emulator.faults.set({ deniedMailboxes: [BOX] });
    const { client: graph } = client(running);
    const read = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(read).toBeInstanceOf(GraphPermissionError);
    expect((read as GraphPermissionError).scope).toBe("Mail.Read.Shared");
    expect((read as Error).message).toContain(`consent for ${BOX}`);
    const record = { v: 1 } as never;
    const write = await writeTriage(graph, BOX, { messageId: source.idAt(0), record, categories: [] }).catch(
      (e: unknown) => e,
    );
    expect(write).toBeInstanceOf(GraphPermissionError);
    expect((write as Error).message).toContain(`the add-in lacks Mail.ReadWrite.Shared consent for ${BOX}`);
  });

  it("tells a renamed or removed mailbox from a deleted message", async () => {
    const { client: graph } = client(running);
    const lost = await collect(listMessages(graph, "gammel-postkasse@nyborg.dk", period)).catch(
      (e: unknown) => e,
    );
    expect(lost).toBeInstanceOf(GraphMailboxNotFoundError);
    expect((lost as Error).message).toContain("gammel-postkasse@nyborg.dk");
    expect((lost as Error).message).toMatch(/renamed or removed/);
    const gone = await getMailForTriage(graph, BOX, "AAMkADEdeleted").catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(GraphMessageNotFoundError);
  });

  it("asks for a new sign-in when the token is refused or cannot be had", async () => {
    const empty = client(running, { getAccessToken: () => Promise.resolve("") }).client;
    await expect(collect(listMessages(empty, BOX, period))).rejects.toBeInstanceOf(GraphSignInError);
    const failing = client(running, {
      getAccessToken: () => Promise.reject(new Error("interaction required")),
    }).client;
    const error = await collect(listMessages(failing, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphSignInError);
    expect((error as Error).message).toContain("interaction required");
  });

  it("says Graph cannot be reached when nothing listens", async () => {
    const { client: graph } = client({ url: "http://127.0.0.1:9" }, { retry: { maxRetries: 1 } });
    const error = await collect(listMessages(graph, BOX, period)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect((error as GraphNetworkError).attempts).toBe(2);
  });
});
