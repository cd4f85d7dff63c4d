import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as LearnEntry from "./learn-entry";
import { writeLearnInput } from "./learn-inputs";
import { bundled } from "./load-engine";
import { note, printTable, verdict } from "./report";

const MAILS = 1_000;
/** Issue 11: learn from 1,000 mails in at most a minute on the project's machine (CPU time, as every target here). */
const TARGET_S = 60;
const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CLI's own builder, a CommonJS script
const { freshCliBundle } = require("../../scripts/lib/cli-bundle.cjs") as { freshCliBundle: () => string };

interface Phase {
  name: string;
  wallS: number;
  cpuS: number;
}

async function timed<T>(phases: Phase[], name: string, run: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  phases.push({ name, wallS: (performance.now() - wall) / 1000, cpuS: (used.user + used.system) / 1e6 });
  return result;
}

/** learn's steps one by one in this process, as learn.ts runs them, from the bundled code. */
async function phases(dir: string): Promise<Phase[]> {
  const labels = readFileSync(join(dir, "LABELS.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as { file: string } & Parameters<typeof LearnEntry.exampleOf>[2]);
  const { module: learn } = bundled<typeof LearnEntry>("learn-entry.ts", "node20");
  const list: Phase[] = [];
  const mails = await timed(list, "parse .eml", async () => {
    const read = [];
    for (const { file, ...labelled } of labels) {
      const result = await learn.readEmlFile(join(dir, file));
      if (!result.ok) throw new Error(`${file}: ${result.error}`);
      read.push({ file, labelled, mail: result.mail });
    }
    return read;
  });
  const examples = await timed(list, "analyse + features", () =>
    mails.map(({ file, labelled, mail }) => learn.exampleOf(file, mail, labelled, learn.DEFAULT_CONFIG)),
  );
  const adapt = learn.adapterFor(learn.DEFAULT_MODEL, 5);
  await timed(list, `cross-validation (${learn.FOLDS} folds)`, () =>
    learn.crossValidatedComparison(learn.DEFAULT_MODEL, examples, learn.FOLDS, adapt),
  );
  const model = await timed(list, "final fit", () => adapt(examples));
  await timed(list, "write", () =>
    writeFileSync(join(dir, "..", "phases-model.json"), JSON.stringify(model)),
  );
  return list;
}

/** The whole command as staff run it: the compiled CLI in a child process, its CPU time read as it exits. */
function wholeCommand(dir: string, out: string): { wallS: number; cpuS: number; output: string } {
  const cli = freshCliBundle(); // built first if stale, outside the time
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      join(__dirname, "cpu-at-exit.cjs"),
      cli,
      "learn",
      "--labels",
      join(dir, "LABELS.jsonl"),
      "--out",
      out,
      dir,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  const wallS = (performance.now() - started) / 1000;
  const cpu = /KANALVAGT_BENCH_CPU_US (\d+)/.exec(run.stderr);
  if (run.status !== 0 || cpu === null) throw new Error(`kanalvagt learn failed: ${run.stderr}`);
  return { wallS, cpuS: Number(cpu[1]) / 1e6, output: run.stdout.trim() };
}

/** `kanalvagt learn` on 1,000 labelled corpus mails (learn-inputs.ts): the whole command, then its phases. */
export async function learnSection(): Promise<string[]> {
  const misses: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), "kanalvagt-bench-learn-"));
  try {
    const dir = join(folder, "mails");
    writeLearnInput(dir, MAILS);
    const out = join(folder, "model.json");
    const whole = wholeCommand(dir, out);
    console.log(`\n   kanalvagt learn on ${MAILS} labelled mails (compiled CLI, child process):\n`);
    for (const line of whole.output.split("\n")) console.log(`     ${line}`);
    const kb = statSync(out).size / 1024;
    console.log(
      `\n   whole command: ${whole.wallS.toFixed(1)} s wall, CPU ${verdict(whole.cpuS <= TARGET_S, `${whole.cpuS.toFixed(1)} s`, misses, `learn ${MAILS} mails, CPU`, `≤ ${TARGET_S} s`)}; model ${kb.toFixed(0)} KB`,
    );
    note(`learn ${MAILS} mails, wall`, `${whole.wallS.toFixed(1)} s`);
    note("learned model size", `${kb.toFixed(0)} KB`, "≤ 1536 KB");
    const list = await phases(dir);
    console.log(`\n   phase by phase (bundled, in this process):\n`);
    printTable(
      ["phase", "wall s", "CPU s"],
      list.map((p) => [p.name, p.wallS.toFixed(1), p.cpuS.toFixed(1)]),
    );
    for (const p of list) note(`learn: ${p.name}`, `${p.cpuS.toFixed(1)} s CPU`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return misses;
}
