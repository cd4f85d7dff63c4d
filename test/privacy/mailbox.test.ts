// kanalvagt triage and kanalvagt stats against the Graph emulator, whose shared mailbox holds the planted mail a
// dozen times. What the tools write back to the mailbox (the triage record, the categories), what they print (progress,
// summaries, errors, every statistics format) and the checkpoints a run saves must hold no planted value at all: not
// masked, not as a count next to a name, no body text. The mailbox itself does hold them, which the last case checks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { zeroCounts, type BulkCheckpoint, type CheckpointStore } from "../../src/graph/bulk-checkpoint";
import { bulkTriage } from "../../src/graph/bulk-triage";
import { TRIAGE_RECORD_PROPERTY } from "../../src/graph/properties";
import { periodOfDates } from "../../src/graph/stats-source";
import { seedMailboxes } from "../../src/graph-emulator/seed";
import { startGraphEmulator, type RunningEmulator } from "../../src/graph-emulator/server";
import { END, client } from "../integration/graph/harness";
import { ALL_PLANTED, CPR, findLeaks, findLeaksIn, maskedCpr } from "./planted";
import { plantedEml } from "./planted-mail";

jest.setTimeout(120_000);

const MAILBOX = "privat@nyborg.dk";
/** A second mailbox, triaged through bulkTriage itself to keep each checkpoint it saves. */
const SECOND_MAILBOX = "kladde@nyborg.dk";
const COPIES = 12;

let corpus: string;
let running: RunningEmulator;

async function run(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main([...args, "--graph-url", running.url], {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  return { code, text: lines.join("\n") };
}

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), "kanalvagt-privacy-mailbox-"));
  mkdirSync(join(corpus, "p"));
  // The emulator spreads the mails over its 60 days by a hash of the file name.
  for (let i = 0; i < COPIES; i++) {
    writeFileSync(join(corpus, "p", `planted-${i}.eml`), plantedEml({ to: MAILBOX }));
    writeFileSync(join(corpus, "p", `second-${i}.eml`), plantedEml({ to: SECOND_MAILBOX }));
  }
  const { mailboxes } = await seedMailboxes([{ kind: "corpus", dir: corpus }], END);
  running = await startGraphEmulator({ mailboxes });
});
afterAll(async () => {
  await running.close();
  rmSync(corpus, { recursive: true, force: true });
});

describe("bulk triage and statistics hold no planted value", () => {
  it("in what triage prints, the records and categories it writes, and every statistic", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "kanalvagt-privacy-state-")), "state.json");
    const triaged = await run(["triage", "--mailbox", MAILBOX, "--since", "2025-12-01", "--state", state]);
    expect(triaged.code).toBe(0);
    expect(triaged.text).toMatch(new RegExp(`${COPIES} sorteret nu`));

    const box = running.emulator.mailbox(MAILBOX)!;
    const written = Array.from({ length: box.size }, (_, i) => {
      const message = box.message(i);
      const record = message.properties[TRIAGE_RECORD_PROPERTY];
      return { where: `record #${i}`, output: { record, categories: message.categories } };
    });
    expect(written.filter(({ output }) => output.record !== undefined)).toHaveLength(COPIES);

    const period = ["--mailbox", MAILBOX, "--from", "2025-12-01", "--to", "2026-03-02"];
    const statistics = await Promise.all(
      ["table", "csv", "json", "html"].map(async (format) => ({
        where: `stats ${format}`,
        output: await run(["stats", ...period, "--format", format]),
      })),
    );
    for (const { output } of statistics) expect(output.code).toBe(0);
    expect(statistics[2]!.output.text).toMatch(new RegExp(`"received":\\s*${COPIES}\\b`));
    // Each format did print its figures, so the scan read real output.
    expect(statistics[1]!.output.text.split("\n").length).toBeGreaterThan(2);
    expect(statistics[3]!.output.text).toMatch(/<html[\s\S]*<svg/i);

    expect(
      findLeaksIn([
        { where: "triage", output: triaged.text },
        ...written,
        ...statistics.map(({ where, output }) => ({ where, output: output.text })),
      ]),
    ).toEqual([]);
  });

  it("in every checkpoint a run saves on its way, and in what the tools say when Graph refuses", async () => {
    const saved: BulkCheckpoint[] = [];
    const checkpoints: CheckpointStore = {
      load: () => Promise.resolve(undefined),
      save: (checkpoint) => {
        saved.push(checkpoint);
        return Promise.resolve();
      },
      clear: () => Promise.resolve(),
    };
    const since = new Date("2025-12-01T00:00:00Z");
    const result = await bulkTriage(
      { mailbox: SECOND_MAILBOX, since },
      { client: client(running).client, config: DEFAULT_CONFIG, checkpoints, chunkSize: 1, pageSize: 4 },
    );
    expect(result.counts.triaged).toBe(COPIES);
    expect(saved.length).toBeGreaterThan(1);

    running.emulator.faults.set({ deniedMailboxes: [MAILBOX] });
    const refused = await Promise.all([
      run(["triage", "--mailbox", MAILBOX, "--since", "2025-12-01", "--dry-run"]),
      run(["stats", "--mailbox", MAILBOX, "--from", "2025-12-01", "--to", "2026-03-02"]),
    ]);
    running.emulator.faults.set({});
    for (const { code } of refused) expect(code).not.toBe(0);

    expect(
      findLeaksIn([
        { where: "checkpoints", output: saved },
        ...refused.map(({ text }, i) => ({ where: `refused run ${i}`, output: text })),
      ]),
    ).toEqual([]);
  });

  it("in the paths they name: a report written or not, a state file resumed from or not writable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kanalvagt-privacy-paths-"));
    const report = join(dir, `rapport ${CPR.plain.written}.html`);
    const unwritable = join(dir, `mangler ${CPR.enDash.written}`, "rapport.csv");
    const state = join(dir, `tilstand ${CPR.hyphen.written}.json`);
    const since = periodOfDates("2025-12-01", "2025-12-01", DEFAULT_CONFIG.timeZone).from.toISOString();
    const checkpoint = { v: 1, mailbox: MAILBOX, since, resumeFrom: since, done: [], counts: zeroCounts() };
    writeFileSync(state, JSON.stringify({ ...checkpoint, updatedAt: since }));
    const period = ["--mailbox", MAILBOX, "--from", "2025-12-01", "--to", "2026-03-02"];
    const runs = [
      await run(["stats", ...period, "--format", "html", "--out", report]),
      await run(["stats", ...period, "--format", "csv", "--out", unwritable]),
      await run(["triage", "--mailbox", MAILBOX, "--since", "2025-12-01", "--state", state]),
      // A state file that cannot be written: its folder is a file.
      await run([
        "triage",
        "--mailbox",
        MAILBOX,
        "--since",
        "2025-12-01",
        "--state",
        join(report, "tilstand.json"),
      ]),
    ];
    expect(runs.map(({ code }) => code)).toEqual([0, 1, 0, 1]);
    expect(runs[3]!.text).toContain(`tilstandsfilen ${join(dir, `rapport ${maskedCpr(CPR.plain)}.html`)}`);
    expect(runs[0]!.text).toContain(`rapport ${maskedCpr(CPR.plain)}.html`);
    expect(runs[2]!.text).toMatch(/fortsatte en afbrudt kørsel/);
    expect(
      findLeaksIn(runs.map(({ text }, i) => ({ where: `run naming a path ${i}`, output: text }))),
    ).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("while the mailbox the tools read does hold every planted value (the scan looks at real traffic)", () => {
    const box = running.emulator.mailbox(MAILBOX)!;
    const leaks = findLeaks("mailbox content", box.content(0));
    expect(leaks.map((leak) => leak.label).sort()).toEqual(ALL_PLANTED.map((p) => p.label).sort());
  });
});
