// kanalvagt learn --mailbox: the mails of a shared mailbox whose triage record holds a correction, read over Graph
// (here the local emulator over HTTP, seeded from the corpus), become the labelled mails the model learns from.
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../../src/cli/main";
import type { Output } from "../../../src/cli/output";
import type { TextModel } from "../../../src/core/classify/model";
import type { TriageRecord } from "../../../src/core/record";
import { TRIAGE_RECORD_NAME } from "../../../src/core/triage-record-name";
import { mailboxPath } from "../../../src/graph/client";
import { addinCustomPropertiesId, KANALVAGT_ADDIN_ID } from "../../../src/graph/properties";
import { aTriageRecord } from "../../support/triage-record";
import { client, startWithCorpus } from "../graph/harness";

jest.setTimeout(120_000);

function capture(): { output: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

/** A record the pane wrote after staff corrected the topic to `topic`. */
function corrected(topic: TriageRecord["topic"]): TriageRecord {
  return aTriageRecord({
    topic,
    corrected: ["topic"],
    correction: { engine: { topic: "andet" }, by: "staff", at: "2026-03-01T12:00:00.000Z" },
  });
}

describe("kanalvagt learn --mailbox", () => {
  let running: Awaited<ReturnType<typeof startWithCorpus>>;
  let box = "";
  const CORRECTED = 14;

  beforeAll(async () => {
    running = await startWithCorpus();
    const counts = new Map<string, number>();
    for (const entry of running.manifest) counts.set(entry.mailbox, (counts.get(entry.mailbox) ?? 0) + 1);
    box = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const graph = client(running).client;
    const entries = running.manifest.filter((entry) => entry.mailbox === box).slice(0, CORRECTED);
    for (const entry of entries) {
      // As Office.js stores the pane's custom properties: every property of the add-in as one JSON object.
      await graph.patch(
        { mailbox: box, operation: "test: store the pane's record" },
        `${mailboxPath(box)}/messages/${entry.id}`,
        {
          singleValueExtendedProperties: [
            {
              id: addinCustomPropertiesId(KANALVAGT_ADDIN_ID),
              value: JSON.stringify({ [TRIAGE_RECORD_NAME]: JSON.stringify(corrected("affald")) }),
            },
          ],
        },
      );
    }
  });
  afterAll(() => running.close());

  it("learns from the corrected mails only, prints before and after, and writes the model", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "kanalvagt-learn-")), "model.json");
    const run = capture();
    const code = await main(
      [
        "learn",
        "--mailbox",
        box,
        "--since",
        "2025-01-01",
        "--out",
        out,
        "--force",
        "--graph-url",
        running.url,
      ],
      run.output,
    );
    expect(run.err.join("\n")).toMatch(new RegExp(`\\d+ mails læst, ${CORRECTED} med rettelser`));
    expect(code).toBe(0);
    expect(run.out.join("\n")).toMatch(/Before → after[\s\S]*topic\s+accuracy[\s\S]*14 mails/);
    const model = JSON.parse(readFileSync(out, "utf8")) as TextModel;
    expect(model.learned?.mails).toBe(CORRECTED);
  });

  it("names a mailbox it may not read, and writes nothing", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "kanalvagt-learn-")), "model.json");
    running.emulator.faults.set({ deniedMailboxes: [box] });
    try {
      const run = capture();
      const code = await main(
        ["learn", "--mailbox", box, "--out", out, "--graph-url", running.url],
        run.output,
      );
      expect(code).toBe(1);
      expect(run.err.join("\n")).toMatch(new RegExp(`${box}[\\s\\S]*administrator`));
      expect(existsSync(out)).toBe(false);
    } finally {
      running.emulator.faults.set({});
    }
  });

  it("refuses --mailbox together with a labels file", async () => {
    const run = capture();
    const args = ["learn", "--mailbox", box, "--labels", "x.jsonl", "--out", "m.json"];
    expect(await main(args, run.output)).toBe(2);
    expect(run.err.join("\n")).toMatch(/either --mailbox or --labels/);
  });
});
