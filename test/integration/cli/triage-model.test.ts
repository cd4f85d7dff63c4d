import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../../src/cli/main";
import type { Output } from "../../../src/cli/output";
import { DEFAULT_MODEL } from "../../../src/core/classify/default-model";
import { listMessages } from "../../../src/graph/messages";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, collect, END, generated, serveForSuite } from "../graph/harness";

jest.setTimeout(60_000);

function capture(): { output: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

describe("kanalvagt triage --model", () => {
  const BOX = "model@nyborg.dk";
  // A one-day mailbox: the generator triages nothing within the last day, so every message is the engine's.
  const { mailbox } = generated({ count: 20, days: 1, address: BOX });
  const folder = mkdtempSync(path.join(tmpdir(), "kanalvagt-model-"));
  let running: RunningEmulator;
  serveForSuite([mailbox], (started) => {
    running = started;
  });

  const args = (model: string): string[] => [
    "triage",
    "--mailbox",
    BOX,
    "--since",
    "2026-02-01",
    "--graph-url",
    running.url,
    "--state",
    path.join(folder, "state.json"),
    "--model",
    model,
  ];

  it("refuses a damaged model file before it reads or writes any mail", async () => {
    const damaged = path.join(folder, "damaged.json");
    writeFileSync(damaged, "{");
    const run = capture();
    expect(await main(args(damaged), run.output)).toBe(2);
    expect(run.err.join("\n")).toMatch(/damaged\.json is not JSON/);
    expect(running.emulator.stats()).toMatchObject({ requests: 0 });
  });

  it("triages with the model it is given: every record holds that model's verdict and version", async () => {
    const leaning = path.join(folder, "leaning.json");
    const bias = DEFAULT_MODEL.heads.topic.labels.map((label) => (label === "affald" ? 100 : 0));
    const heads = { ...DEFAULT_MODEL.heads, topic: { ...DEFAULT_MODEL.heads.topic, bias } };
    writeFileSync(leaning, JSON.stringify({ ...DEFAULT_MODEL, version: "test-leaning", heads }));
    const run = capture();
    expect(await main(args(leaning), run.output)).toBe(0);
    const { client: graph } = client(running);
    const period = { from: new Date(END.getTime() - 2 * 86_400_000), to: END };
    const { items } = await collect(listMessages(graph, BOX, period));
    const records = items.flatMap((m) => (m.triage ? [m.triage] : []));
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.topic !== "affald" || r.versions.model !== "test-leaning")).toEqual([]);
  });
});
