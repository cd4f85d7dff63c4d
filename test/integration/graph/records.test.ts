import type { TriageRecord } from "../../../src/core/record";
import { GraphCategoryCreationDeniedError, GraphMessageNotFoundError } from "../../../src/graph/errors";
import { ensureMasterCategories, listMasterCategories } from "../../../src/graph/master-categories";
import { listMessages } from "../../../src/graph/messages";
import { addinCustomPropertiesId } from "../../../src/graph/properties";
import {
  mergeCategories,
  readTriage,
  writeTriage,
  writeTriages,
  type TriageWrite,
} from "../../../src/graph/records";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, collect, END, generated, serveForSuite } from "./harness";

const DAY = 86_400_000;
const BOX = "postkasse@nyborg.dk";
const ADDIN_ID = "{5B1E4F7A-6C2D-4A1B-9E3F-0D8C7B6A5E41}";

function record(handling: TriageRecord["handling"], at: string): TriageRecord {
  return {
    v: 1,
    handling,
    flags: [],
    topic: "borgerservice",
    sender: "borger",
    lang: "da",
    sensitivity: "fortrolige",
    kinds: { cpr: 1 },
    signature: "unsigned",
    channel: "digital-post",
    journalise: true,
    versions: { engine: "1.0.0", model: "m1", config: "c1" },
    at,
  };
}

describe("triage records and categories through Graph", () => {
  // No message triaged yet: the generator triages nothing within the last day, so take a one-day mailbox.
  const { mailbox, source } = generated({ count: 120, days: 1, address: BOX });
  const ids = Array.from({ length: source.size }, (_, i) => source.idAt(i));
  const period = { from: new Date(END.getTime() - DAY), to: END };
  let running: RunningEmulator;

  serveForSuite([mailbox], (started) => {
    running = started;
  });

  it("starts untriaged (the test would prove nothing otherwise)", async () => {
    const { client: graph } = client(running);
    const { items } = await collect(listMessages(graph, BOX, period));
    expect(items).toHaveLength(120);
    expect(items.filter((m) => m.triage !== undefined)).toEqual([]);
  });

  it("writes one record with its categories and reads both back", async () => {
    const { client: graph } = client(running);
    const id = ids[0] ?? "";
    const stored = record("sag", "2026-03-01T09:00:00.000Z");
    await writeTriage(graph, BOX, {
      messageId: id,
      record: stored,
      categories: ["Kanalvagt: Sag", "Egen kategori"],
    });
    const back = await readTriage(graph, BOX, id);
    expect(back.triage).toEqual(stored);
    expect(back.categories).toEqual(["Kanalvagt: Sag", "Egen kategori"]);
    expect(running.emulator.stats().requests).toBe(2);
  });

  it("writes many records in batches of 20: 45 messages, 3 requests", async () => {
    const { client: graph } = client(running);
    const writes: TriageWrite[] = ids.slice(10, 55).map((messageId, i) => ({
      messageId,
      record: record(i % 2 === 0 ? "generel" : "booking", "2026-03-01T10:00:00.000Z"),
      categories: [i % 2 === 0 ? "Kanalvagt: Generelt spørgsmål" : "Kanalvagt: Booking"],
    }));
    const outcomes = await writeTriages(graph, BOX, writes);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(running.emulator.stats()).toMatchObject({ requests: 3, batchSteps: 45 });
    const { items } = await collect(listMessages(graph, BOX, period));
    const byId = new Map(items.map((m) => [m.id, m]));
    writes.forEach((write) => {
      expect(byId.get(write.messageId)?.triage).toEqual(write.record);
      expect(byId.get(write.messageId)?.categories).toEqual(write.categories);
    });
  });

  it("retries the steps Graph throttled inside a batch, and only those", async () => {
    running.emulator.faults.set({ throttleEveryNth: 4, retryAfterSeconds: 3 });
    const { client: graph, sleeps } = client(running);
    const writes = ids.slice(60, 100).map((messageId) => ({
      messageId,
      record: record("sag", "2026-03-01T11:00:00.000Z"),
      categories: ["Kanalvagt: Sag"],
    }));
    const outcomes = await writeTriages(graph, BOX, writes);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(running.emulator.stats().throttled).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms === 3000)).toBe(true);
    // Each message written once: steps = 40 plus one per throttled step.
    const { batchSteps, throttled } = running.emulator.stats();
    expect(batchSteps).toBeLessThanOrEqual(40 + throttled);
  });

  it("gives each message its own outcome: a deleted one fails, the others are written", async () => {
    const { client: graph } = client(running);
    const writes = [ids[100] ?? "", "AAMkADEdeleted", ids[101] ?? ""].map((messageId) => ({
      messageId,
      record: record("ingen", "2026-03-01T12:00:00.000Z"),
      categories: ["Kanalvagt: Intet svar"],
    }));
    const outcomes = await writeTriages(graph, BOX, writes);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const failed = outcomes[1];
    expect(failed?.ok === false && failed.error).toBeInstanceOf(GraphMessageNotFoundError);
    expect(failed?.ok === false && failed.error.message).toContain(BOX);
  });

  it("reads the add-in's Office.js custom properties where the pane stored them", async () => {
    const { client: graph } = client(running);
    const id = ids[110] ?? "";
    // What Office.js writes for item.saveAsync of custom properties: a JSON object in the cecp-<id> property.
    await graph.patch({ mailbox: BOX, operation: "test" }, `/users/${BOX}/messages/${id}`, {
      singleValueExtendedProperties: [
        { id: addinCustomPropertiesId(ADDIN_ID), value: JSON.stringify({ triaged: "2026-03-01" }) },
      ],
    });
    const back = await readTriage(graph, BOX, id, { addinId: ADDIN_ID });
    expect(back.addinProperties).toEqual({ triaged: "2026-03-01" });
    const { items } = await collect(listMessages(graph, BOX, period, { addinId: ADDIN_ID }));
    expect(items.find((m) => m.id === id)?.addinProperties).toEqual({ triaged: "2026-03-01" });
  });

  it("flags a stored value that is not a valid record instead of guessing", async () => {
    const { client: graph } = client(running);
    const id = ids[111] ?? "";
    await writeTriage(graph, BOX, {
      messageId: id,
      record: { v: 2 } as unknown as TriageRecord,
      categories: [],
    });
    const back = await readTriage(graph, BOX, id);
    expect(back.triage).toBeUndefined();
    expect(back.triageUnreadable).toBe(true);
  });

  it("keeps staff's own categories when re-triage replaces Kanalvagt's", () => {
    const own = ["Kanalvagt: Sag", "Kanalvagt: Booking", "Kanalvagt: Følsomme oplysninger"];
    expect(
      mergeCategories(
        ["Kanalvagt: Sag", "Rød", "Kanalvagt: Følsomme oplysninger"],
        ["Kanalvagt: Booking"],
        own,
      ),
    ).toEqual(["Rød", "Kanalvagt: Booking"]);
  });

  it("adds the missing master categories once, in Graph's colour names", async () => {
    const { client: graph } = client(running);
    const wishes = [
      { displayName: "Kanalvagt: Sag", color: "Preset7" },
      { displayName: "Kanalvagt: Booking", color: "Preset8" },
    ];
    expect(await ensureMasterCategories(graph, BOX, wishes)).toEqual({
      created: ["Kanalvagt: Sag", "Kanalvagt: Booking"],
      present: [],
    });
    expect(await ensureMasterCategories(graph, BOX, wishes)).toEqual({
      created: [],
      present: ["Kanalvagt: Sag", "Kanalvagt: Booking"],
    });
    expect((await listMasterCategories(graph, BOX)).map((c) => c.color)).toEqual(["preset7", "preset8"]);
  });

  it("says clearly when a delegate may not add master categories, naming every missing one", async () => {
    running.emulator.faults.set({ categoryCreationDenied: [BOX] });
    const { client: graph } = client(running);
    const error = await ensureMasterCategories(graph, BOX, [
      { displayName: "Kanalvagt: Sag", color: "Preset7" },
      { displayName: "Kanalvagt: Klage", color: "Preset3" },
      { displayName: "Kanalvagt: Aktindsigt", color: "Preset1" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphCategoryCreationDeniedError);
    expect((error as GraphCategoryCreationDeniedError).categories).toEqual([
      "Kanalvagt: Klage",
      "Kanalvagt: Aktindsigt",
    ]);
    expect((error as Error).message).toContain(BOX);
  });
});
