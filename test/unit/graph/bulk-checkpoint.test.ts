import { CheckpointLedger, parseCheckpoint, type BulkCheckpoint } from "../../../src/graph/bulk-checkpoint";

const SINCE = "2025-03-01T00:00:00.000Z";
const at = (minute: number): number => Date.parse(SINCE) + minute * 60_000;
const iso = (minute: number): string => new Date(at(minute)).toISOString();
const NOW = new Date("2025-03-04T12:00:00Z");

const ledger = (saved?: BulkCheckpoint): CheckpointLedger =>
  new CheckpointLedger("post@nyborg.dk", SINCE, saved);

describe("the bulk triage checkpoint", () => {
  it("says nothing before the run has passed a message", () => {
    expect(ledger().checkpoint(NOW)).toBeUndefined();
  });

  it("resumes from the first message still open, and lists the finished ones from there on", () => {
    const run = ledger();
    run.passOpen("a", at(1));
    run.passOpen("b", at(2));
    run.passFinished("c", at(3));
    run.passOpen("d", at(4));
    run.finish("a");
    run.finish("d");
    const checkpoint = run.checkpoint(NOW);
    expect(checkpoint).toMatchObject({ resumeFrom: iso(2), done: ["c", "d"], counts: { seen: 3 } });
    expect(parseCheckpoint(JSON.parse(JSON.stringify(checkpoint)))).toEqual(checkpoint);
  });

  it("moves past everything once every message passed is finished, keeping ties at the last instant", () => {
    const run = ledger();
    run.passOpen("a", at(1));
    run.passOpen("b", at(5));
    run.passOpen("c", at(5));
    for (const id of ["a", "b", "c"]) run.finish(id);
    expect(run.checkpoint(NOW)).toMatchObject({ resumeFrom: iso(5), done: ["b", "c"] });
  });

  it("counts a message once, however often it is finished", () => {
    const run = ledger();
    run.passOpen("a", at(1));
    run.finish("a");
    run.finish("a");
    run.finish("never passed");
    expect(run.counts.seen).toBe(1);
  });

  it("carries the saved run's finished messages while the resume point stays", () => {
    const run = ledger();
    run.passOpen("a", at(1));
    run.passOpen("b", at(1));
    run.passOpen("c", at(2));
    run.finish("a");
    const first = run.checkpoint(NOW);
    expect(first).toMatchObject({ resumeFrom: iso(1), done: ["a"] });

    const resumed = ledger(first);
    expect(resumed.resumed).toBe(true);
    expect(resumed.resumeFrom).toBe(iso(1));
    expect(resumed.isFinishedEarlier("a")).toBe(true);
    expect(resumed.counts.seen).toBe(1);
    resumed.passOpen("b", at(1));
    resumed.passOpen("c", at(2));
    resumed.finish("c");
    expect(resumed.checkpoint(NOW)).toMatchObject({
      resumeFrom: iso(1),
      done: ["a", "c"],
      counts: { seen: 2 },
    });
  });

  it("starts over when the saved checkpoint is of another mailbox or period", () => {
    const saved: BulkCheckpoint = {
      v: 1,
      mailbox: "other@nyborg.dk",
      since: SINCE,
      resumeFrom: iso(10),
      done: ["x"],
      counts: { seen: 4, triaged: 4, alreadyTriaged: 0, unreadableRecord: 0, gone: 0, engineFailed: 0 },
      updatedAt: NOW.toISOString(),
    };
    const run = ledger(saved);
    expect(run.resumed).toBe(false);
    expect(run.resumeFrom).toBe(SINCE);
    expect(run.isFinishedEarlier("x")).toBe(false);
    expect(run.counts.seen).toBe(0);
  });
});
