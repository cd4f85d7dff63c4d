// kanalvagt categories against the local Graph emulator over HTTP, as the triage tests run the CLI.
import { main } from "../../../src/cli/main";
import type { Output } from "../../../src/cli/output";
import { DEFAULT_CONFIG } from "../../../src/core/config/default-config";
import { categoryWishes } from "../../../src/graph/master-categories";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { generated, start } from "../graph/harness";

jest.setTimeout(60_000);

function capture(): { output: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

const BOX = "borgerservice@nyborg.dk";
const WISHES = categoryWishes(DEFAULT_CONFIG);
let running: RunningEmulator;

beforeEach(async () => {
  running = await start([generated({ count: 5, days: 5, address: BOX }).mailbox]);
});
afterEach(() => running.close());

async function categories(...extra: string[]) {
  const run = capture();
  const code = await main(["categories", "--mailbox", BOX, "--graph-url", running.url, ...extra], run.output);
  return { code, out: run.out.join("\n"), err: run.err.join("\n") };
}

function masterList(): { displayName: string; color: string }[] {
  return running.emulator.mailbox(BOX)!.masterCategories;
}

describe("kanalvagt categories --mailbox ADDRESS", () => {
  it("creates every configured category with its colour; a second run creates nothing and says so", async () => {
    const first = await categories();
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Oprettet i ${BOX} / created (${WISHES.length})`);
    expect(masterList().map((c) => [c.displayName, c.color])).toEqual(
      WISHES.map((w) => [w.displayName, w.color.toLowerCase()]),
    );
    const requests = running.emulator.stats().requests;
    const second = await categories();
    expect(second.code).toBe(0);
    expect(second.out).toBe(
      `Intet at oprette: alle ${WISHES.length} kategorier findes allerede i ${BOX}.\n` +
        `Nothing to create: all ${WISHES.length} categories already exist in ${BOX}.`,
    );
    expect(masterList()).toHaveLength(WISHES.length);
    // One request: the list. Nothing is posted.
    expect(running.emulator.stats().requests - requests).toBe(1);
  });

  it("leaves categories already there alone, whatever their case, and creates the rest", async () => {
    const [kept] = WISHES;
    masterList().push({ displayName: kept!.displayName.toUpperCase(), color: "preset0" });
    const run = await categories();
    expect(run.code).toBe(0);
    expect(run.out).toContain(`created (${WISHES.length - 1})`);
    expect(run.out).toContain(`already there (1): ${kept!.displayName}`);
    expect(masterList()).toHaveLength(WISHES.length);
  });

  it("a 403 on adding categories: exit 1, names the permission to grant and what is missing", async () => {
    running.emulator.faults.set({ categoryCreationDenied: [BOX] });
    const run = await categories();
    expect(run.code).toBe(1);
    expect(run.err).toContain("MailboxSettings.ReadWrite");
    expect(run.err).toContain("giv den programtilladelsen");
    expect(run.err).toContain(`Mangler / missing: ${WISHES.map((w) => w.displayName).join(", ")}`);
    expect(masterList()).toEqual([]);
  });

  it("a 403 on the mailbox itself: exit 1, in Danish and English", async () => {
    running.emulator.faults.set({ deniedMailboxes: [BOX] });
    const run = await categories();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /mangler samtykke til postkassen[\s\S]*lacks consent[\s\S]*MailboxSettings\.ReadWrite/,
    );
  });

  it("throttling that outlasts the retries: exit 1, says to run again, and a rerun finishes the job", async () => {
    running.emulator.faults.set({ throttleNext: 1000, retryAfterSeconds: 0 });
    const run = await categories();
    expect(run.code).toBe(1);
    expect(run.err).toContain("Graph beder os vente");
    expect(run.err).toContain("run the command again shortly");
    running.emulator.faults.set({});
    expect((await categories()).code).toBe(0);
    expect(masterList()).toHaveLength(WISHES.length);
  });

  it("without --mailbox: usage error, exit 2; and the main help names the command", async () => {
    const run = capture();
    expect(await main(["categories"], run.output)).toBe(2);
    expect(run.err.join("\n")).toContain("categories needs --mailbox");
    const help = capture();
    expect(await main(["--help"], help.output)).toBe(0);
    expect(help.out.join("\n")).toContain("kanalvagt categories --mailbox ADDRESS");
  });
});
