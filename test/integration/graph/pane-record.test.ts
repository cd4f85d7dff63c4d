import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import type { TriageRecord } from "../../../src/core/record";
import { TRIAGE_RECORD_NAME } from "../../../src/core/triage-record-name";
import { statisticsSettingsFrom } from "../../../src/core/stats/statistics-accumulator";
import { mailboxPath } from "../../../src/graph/client";
import {
  addinCustomPropertiesId,
  KANALVAGT_ADDIN_ID,
  TRIAGE_RECORD_PROPERTY,
} from "../../../src/graph/properties";
import { mailboxStatistics } from "../../../src/graph/stats-source";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, END, generated, serveForSuite } from "./harness";

const BOX = "ruden@nyborg.dk";
/** The generated mailbox's one day (UTC), within these two local days. */
const REQUEST = { mailbox: BOX, from: "2026-03-01", to: "2026-03-02", asOf: END };

function record(handling: TriageRecord["handling"]): TriageRecord {
  return {
    v: 1,
    handling,
    flags: [],
    topic: "borgerservice",
    sender: "borger",
    lang: "da",
    sensitivity: "foelsomme",
    kinds: { cpr: 1, helbred: 2 },
    signature: "unsigned",
    channel: "digital-post",
    journalise: true,
    versions: { engine: "1.0.0", model: "m1", config: "c1" },
    at: "2026-03-01T12:00:00.000Z",
  };
}

it("the add-in id Graph reads the pane's custom properties by is the manifest's <Id>", async () => {
  const manifest = await readFile(path.resolve(__dirname, "../../../manifest.xml"), "utf8");
  expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]?.trim().toLowerCase()).toBe(KANALVAGT_ADDIN_ID);
});

describe("statistics count the triage records the task pane stored with Office.js", () => {
  const { mailbox, source } = generated({ count: 30, days: 1, address: BOX });
  let running: RunningEmulator;

  serveForSuite([mailbox], (started) => {
    running = started;
  });

  /** What Office.js writes for customProperties.saveAsync: every property of the add-in as one JSON object. */
  async function storeAsPane(index: number, properties: Record<string, unknown>): Promise<void> {
    await client(running).client.patch(
      { mailbox: BOX, operation: "test: the pane's custom properties" },
      `${mailboxPath(BOX)}/messages/${source.idAt(index)}`,
      {
        singleValueExtendedProperties: [
          { id: addinCustomPropertiesId(KANALVAGT_ADDIN_ID), value: JSON.stringify(properties) },
        ],
      },
    );
  }

  it("a mail carrying only the pane's record counts as triaged, with the record's handling", async () => {
    const before = await mailboxStatistics(
      client(running).client,
      statisticsSettingsFrom(DEFAULT_CONFIG),
      REQUEST,
    );
    expect(before.totals.received).toBe(30);
    expect(before.totals.triaged).toBe(0);

    await storeAsPane(3, { [TRIAGE_RECORD_NAME]: JSON.stringify(record("sag")), other: "kept" });
    await storeAsPane(4, { [TRIAGE_RECORD_NAME]: "{ not a record" });
    const after = await mailboxStatistics(
      client(running).client,
      statisticsSettingsFrom(DEFAULT_CONFIG),
      REQUEST,
    );

    expect(after.totals.triaged).toBe(1);
    expect(after.totals.untriaged).toBe(29);
    expect(after.totals.unreadableRecords).toBe(1);
    expect(after.totals.sensitivity.foelsomme).toBe(1);
    expect(mailbox.message(3).properties[TRIAGE_RECORD_PROPERTY]).toBeUndefined();
  });
});
