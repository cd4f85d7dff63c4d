import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { parseTriageRecord } from "../../../src/core/record";
import { bulkTriage, type BulkTriageDeps } from "../../../src/graph/bulk-triage";
import { TRIAGE_RECORD_PROPERTY } from "../../../src/graph/properties";
import type { Mailbox } from "../../../src/graph-emulator/mailbox";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, END, generated, start, startWithCorpus } from "../graph/harness";
import { MemoryCheckpoints } from "./memory-checkpoints";

jest.setTimeout(60_000);

const DAY = 86_400_000;
const NOW = () => END;

/** Counts every write of a triage record, per message position, as the emulator stores it. */
function countRecordWrites(mailbox: Mailbox): Map<number, number> {
  const writes = new Map<number, number>();
  const patch = mailbox.patch.bind(mailbox);
  mailbox.patch = (index, change) => {
    if (change.properties?.[TRIAGE_RECORD_PROPERTY] !== undefined)
      writes.set(index, (writes.get(index) ?? 0) + 1);
    patch(index, change);
  };
  return writes;
}

function recordsIn(mailbox: Mailbox): { index: number; hasRecord: boolean }[] {
  return Array.from({ length: mailbox.size }, (_, index) => {
    const stored = mailbox.message(index).properties[TRIAGE_RECORD_PROPERTY];
    return { index, hasRecord: stored !== undefined && parseTriageRecord(stored) !== undefined };
  });
}

describe("bulk triage over the Graph emulator seeded with the corpus", () => {
  let running: RunningEmulator;
  const BOX = "borgerservice@nyborg.dk";

  beforeAll(async () => {
    running = await startWithCorpus();
  });
  afterAll(() => running.close());

  it("survives a 429 storm and an outage mid-run: resumes, triages every message once, skips none", async () => {
    const mailbox = running.emulator.mailbox(BOX)!;
    const writes = countRecordWrites(mailbox);
    const { client: graph, sleeps } = client(running);
    const checkpoints = new MemoryCheckpoints();
    const deps: BulkTriageDeps = { client: graph, config: DEFAULT_CONFIG, checkpoints, now: NOW };
    const request = { mailbox: BOX, since: new Date(END.getTime() - 90 * DAY), until: END };

    // A storm of 429s at the start, then Graph goes down after the first chunk for longer than the client waits.
    running.emulator.faults.set({ throttleNext: 4, retryAfterSeconds: 2 });
    let reports = 0;
    const first = await bulkTriage(
      {
        ...request,
        onProgress: () => {
          if (++reports === 1) running.emulator.faults.set({ outageNext: 1000 });
        },
      },
      deps,
    );
    expect(first.status).toBe("interrupted");
    expect(first.error?.kind).toBe("unavailable");
    expect(sleeps).toContain(2000);
    expect(first.counts.triaged).toBeGreaterThan(0);
    expect(first.counts.triaged).toBeLessThan(mailbox.size);
    expect(checkpoints.current?.resumeFrom).toBeDefined();

    running.emulator.faults.set({});
    const second = await bulkTriage(request, deps);
    expect(second.error).toBeUndefined();
    expect(second).toMatchObject({ status: "done", resumed: true });
    expect(second.counts).toEqual({
      seen: mailbox.size,
      triaged: mailbox.size,
      alreadyTriaged: 0,
      unreadableRecord: 0,
      gone: 0,
      engineFailed: 0,
    });
    expect(checkpoints.current).toBeUndefined();
    expect(recordsIn(mailbox).filter((m) => !m.hasRecord)).toEqual([]);
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    expect(writes.size).toBe(mailbox.size);

    // Running again finds every message done and writes nothing.
    const third = await bulkTriage(request, deps);
    expect(third.counts).toMatchObject({ seen: mailbox.size, triaged: 0, alreadyTriaged: mailbox.size });
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
  });

  it("a dry run reads and triages but writes nothing and keeps no checkpoint", async () => {
    const mailbox = running.emulator.mailbox("teknik@nyborg.dk")!;
    const writes = countRecordWrites(mailbox);
    const checkpoints = new MemoryCheckpoints();
    const result = await bulkTriage(
      { mailbox: mailbox.address, since: new Date(END.getTime() - 90 * DAY), until: END, dryRun: true },
      { client: client(running).client, config: DEFAULT_CONFIG, checkpoints, now: NOW },
    );
    expect(result.counts.triaged).toBe(mailbox.size);
    expect(writes.size).toBe(0);
    expect(checkpoints.saves).toBe(0);
  });
});

describe("bulk triage of a mailbox where older mail is triaged already, across page boundaries", () => {
  // The generator triages most older mail and leaves the last days alone, as in a real mailbox.
  const { mailbox } = generated({ count: 400, days: 10, address: "blandet@nyborg.dk" });
  let running: RunningEmulator;

  beforeAll(async () => {
    running = await start([mailbox]);
  });
  afterAll(() => running.close());

  it("never writes over an existing record, and resumes mid-page after an outage", async () => {
    const before = recordsIn(mailbox);
    const pretriaged = before.filter((m) => m.hasRecord).map((m) => m.index);
    expect(pretriaged.length).toBeGreaterThan(0);
    expect(pretriaged.length).toBeLessThan(mailbox.size);
    const writes = countRecordWrites(mailbox);
    const checkpoints = new MemoryCheckpoints();
    const deps: BulkTriageDeps = {
      client: client(running).client,
      config: DEFAULT_CONFIG,
      checkpoints,
      now: NOW,
      pageSize: 37,
      chunkSize: 7,
    };
    const request = { mailbox: mailbox.address, since: new Date(END.getTime() - 20 * DAY), until: END };
    let reports = 0;
    const first = await bulkTriage(
      {
        ...request,
        onProgress: () => {
          if (++reports === 5) running.emulator.faults.set({ outageNext: 1000, outageStatus: 504 });
        },
      },
      deps,
    );
    expect(first.status).toBe("interrupted");
    running.emulator.faults.set({});
    const second = await bulkTriage(request, deps);
    expect(second.status).toBe("done");
    expect(second.counts.seen).toBe(mailbox.size);
    expect(second.counts.alreadyTriaged).toBe(pretriaged.length);
    expect(second.counts.triaged).toBe(mailbox.size - pretriaged.length);
    for (const index of pretriaged) expect(writes.get(index)).toBeUndefined();
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    expect(recordsIn(mailbox).every((m) => m.hasRecord)).toBe(true);
  });
});
