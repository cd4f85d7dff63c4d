import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../src/core/config/attachment-limit-defaults";
import {
  buildBenchPage,
  CHROMIUM,
  hasChromium,
  readInChromium,
  serve,
  urlOf,
  type BrowserResult,
} from "./attachment-browser";
import { ATTACHMENT_INPUTS } from "./attachment-inputs";
import { ms, note, printTable, verdict } from "./report";

interface Result {
  bytes?: number;
  elapsedMs: number;
  peakRiseMb?: number;
  read: boolean;
  reason?: string;
  chars: number;
}

const ROOT = join(__dirname, "..", "..");
/** Handed to the worker and answered "unsupported" at once: what moving 5 MB to the worker and back costs. */
const BASELINE = { file: "baseline.bin", name: "fil.bin", bytes: 5 * 1024 * 1024 };

function inNode(key: string, file: string): Result {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(__dirname, "attachment-child.ts"), key, file],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Result;
}

const mb = (result: Result | undefined): string =>
  result?.peakRiseMb === undefined ? "–" : result.peakRiseMb.toFixed(0);
const outcome = (result: Result): string => (result.read ? "read" : `not read (${result.reason ?? "?"})`);

/**
 * Reading attachments (issue 12): time and the rise of peak memory for a 20-page text PDF, a 2 MB Word document and a
 * 5 MB workbook, and how fast and cheaply a 1 GB zip bomb is refused, in Node (a fresh process each) and in the
 * pane's attachment worker in Chromium (a fresh browser each). Memory is the rise of the peak resident memory of the
 * process (Node) or of Chromium's renderer processes, which hold the page and its workers (Linux's VmHWM, reset just
 * before the read): the JavaScript heap with its garbage not yet collected, the file's bytes as copied to the worker,
 * and native buffers. In Chromium the time runs from handing the file to the worker until its text is back in the
 * page, as the pane waits for it; the baseline row is that handover alone.
 */
export async function attachmentSection(): Promise<string[]> {
  const misses: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "kanalvagt-attachments-"));
  let server: Server | undefined;
  try {
    const keys = Object.keys(ATTACHMENT_INPUTS);
    for (const key of keys) writeFileSync(join(dir, key), await ATTACHMENT_INPUTS[key]!.make());
    writeFileSync(join(dir, BASELINE.file), new Uint8Array(BASELINE.bytes));
    const node = new Map(keys.map((key) => [key, inNode(key, join(dir, key))]));

    const browser = new Map<string, BrowserResult>();
    if (await hasChromium()) {
      const started = performance.now();
      server = await serve(dir, await buildBenchPage(dir));
      console.log(`   pane worker bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const base = urlOf(server);
      const defaults = DEFAULT_ATTACHMENT_LIMITS;
      browser.set("baseline", await readInChromium(base, BASELINE.file, BASELINE.name, defaults, false));
      for (const key of keys) {
        const input = ATTACHMENT_INPUTS[key]!;
        browser.set(key, await readInChromium(base, key, input.name, input.limits, key.startsWith("pdf")));
      }
    } else {
      console.log(`   Chromium is missing at ${CHROMIUM}: the pane worker's figures are skipped.`);
    }

    const rows: string[][] = [];
    const chromiumBaseline = browser.get("baseline");
    if (chromiumBaseline) {
      rows.push([
        "baseline: 5 MB to the worker and back",
        "5120",
        "–",
        "–",
        ms(chromiumBaseline.elapsedMs),
        mb(chromiumBaseline),
        "–",
        "0",
        outcome(chromiumBaseline),
      ]);
    }
    for (const key of keys) {
      const input = ATTACHMENT_INPUTS[key]!;
      const inNodeResult = node.get(key)!;
      const inChromium = browser.get(key);
      rows.push([
        input.label,
        ((inNodeResult.bytes ?? 0) / 1024).toFixed(0),
        ms(inNodeResult.elapsedMs),
        mb(inNodeResult),
        inChromium ? ms(inChromium.elapsedMs) : "–",
        mb(inChromium),
        inChromium ? (inChromium.elapsedMs / inNodeResult.elapsedMs).toFixed(2) : "–",
        String(inNodeResult.chars),
        outcome(inNodeResult) +
          (inChromium && inChromium.read !== inNodeResult.read ? " (Chromium differs!)" : ""),
      ]);
      if (key === "bomb") continue;
      note(`${input.label}: time, Node`, `${ms(inNodeResult.elapsedMs)} ms`);
      note(`${input.label}: peak memory rise, Node`, `${mb(inNodeResult)} MB`);
      if (inChromium) {
        note(`${input.label}: time, pane worker`, `${ms(inChromium.elapsedMs)} ms`);
        note(`${input.label}: peak memory rise, pane worker`, `${mb(inChromium)} MB`);
      }
    }
    printTable(
      ["input", "KB", "Node ms", "Node MB", "Chromium ms", "Chromium MB", "× Node", "characters", "outcome"],
      rows,
    );
    const workbook = ATTACHMENT_INPUTS.xlsx5mb?.limits.maxTextChars ?? 0;
    console.log(
      `\n   The workbook is read with the text cap lifted to ${(workbook / 1e6).toFixed(0)} M characters in its first row; the second reads it at the default ${(DEFAULT_ATTACHMENT_LIMITS.maxTextChars / 1e6).toFixed(0)} M, where it stops at "limit" with that much text kept for the engine.`,
    );
    for (const [where, bomb] of [
      ["Node", node.get("bomb")],
      ["pane worker", browser.get("bomb")],
    ] as const) {
      if (!bomb) continue;
      const refused = !bomb.read && bomb.reason === "limit";
      console.log(
        `   zip bomb refused, ${where}: ${verdict(refused && bomb.elapsedMs < 1000, `${ms(bomb.elapsedMs)} ms`, misses, `zip bomb refused in time, ${where}`, "< 1000 ms")}, ${verdict(refused && (bomb.peakRiseMb ?? 0) < 100, `${mb(bomb)} MB`, misses, `zip bomb refused in memory, ${where}`, "< 100 MB")}`,
      );
    }
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return misses;
}
