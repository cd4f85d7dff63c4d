import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ms, note, printTable, verdict } from "./report";

interface ChildResult {
  bytes: number;
  elapsedMs: number;
  peakRiseMb: number;
  read: boolean;
  reason?: string;
  chars: number;
}

const ROOT = join(__dirname, "..", "..");

function measure(key: string): ChildResult {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(__dirname, "attachment-child.ts"), key],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as ChildResult;
}

/**
 * Reading attachments (issue 12) in Node, each in a fresh process: time and the rise of peak memory for a 20-page
 * text PDF, a 2 MB Word document and a 5 MB workbook, and how fast and cheaply a 1 GB zip bomb is refused.
 */
export function attachmentSection(): string[] {
  const misses: string[] = [];
  const rows: string[][] = [];
  for (const [key, label] of [
    ["pdf20", "20-page text PDF"],
    ["docx2mb", "2 MB DOCX"],
    ["xlsx5mb", "5 MB XLSX"],
  ] as const) {
    const result = measure(key);
    rows.push([
      label,
      (result.bytes / 1024).toFixed(0),
      ms(result.elapsedMs),
      result.peakRiseMb.toFixed(0),
      String(result.chars),
      result.read ? "read" : `not read (${result.reason ?? "?"})`,
    ]);
    note(`${label}: time`, `${ms(result.elapsedMs)} ms`);
    note(`${label}: peak memory rise`, `${result.peakRiseMb.toFixed(0)} MB`);
  }
  const bomb = measure("bomb");
  rows.push([
    "1 GB zip bomb",
    (bomb.bytes / 1024).toFixed(0),
    ms(bomb.elapsedMs),
    bomb.peakRiseMb.toFixed(0),
    "0",
    bomb.read ? "read (!)" : `not read (${bomb.reason ?? "?"})`,
  ]);
  printTable(["input", "KB", "ms", "peak MB rise", "characters", "outcome"], rows);
  console.log(
    `\n   zip bomb refused: ${verdict(!bomb.read && bomb.elapsedMs < 1000, `${ms(bomb.elapsedMs)} ms`, misses, "zip bomb refused in time", "< 1000 ms")}, ${verdict(bomb.peakRiseMb < 100, `${bomb.peakRiseMb.toFixed(0)} MB`, misses, "zip bomb refused in memory", "< 100 MB")}`,
  );
  return misses;
}
