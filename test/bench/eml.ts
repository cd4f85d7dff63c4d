import { parseEml } from "../../src/eml/parse-eml";
import { ADVERSARIAL, bodyOfSize, typicalMails } from "./inputs";
import { budgetFor } from "./measure";
import { ms, note, printTable } from "./report";

const MB = 1024 * 1024;

/** Reading .eml files with postal-mime: the CLI's cost before the engine runs (no target; through tsx). */
export async function emlSection(): Promise<string[]> {
  console.log(`\nReading .eml files (postal-mime through tsx; no target)\n`);
  const rows: string[][] = [];
  for (const [label, mail] of [
    ["typical mail", typicalMails(1, 5)[0]],
    ["10 MB body", bodyOfSize(10 * MB, 9)],
    ["100,000 short lines", ADVERSARIAL.find((input) => input.name === "short-lines")?.make(1, 3)],
  ] as const) {
    if (mail === undefined) continue;
    const bytes = Buffer.from(
      `From: a@example.dk\r\nTo: b@nyborg.dk\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${(mail.textBody ?? "").replace(/\n/g, "\r\n")}`,
    );
    const budget = budgetFor(bytes.length);
    for (let i = 0; i < budget.warmup; i++) await parseEml(bytes);
    const samples: number[] = [];
    while (samples.length < Math.min(budget.minSamples, 50)) {
      const before = performance.now();
      await parseEml(bytes);
      samples.push(performance.now() - before);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? 0;
    const rate = (bytes.length / MB / (median / 1000)).toFixed(1);
    rows.push([label, (bytes.length / 1024).toFixed(0), ms(median), rate]);
    note(`parse ${label}`, `${ms(median)} ms wall (${rate} MB/s)`);
  }
  printTable(["input", "KB", "wall median ms", "MB/s"], rows);
  return [];
}
