import { cpus } from "node:os";
import type { Mail } from "../../src/core/mail";
import { parseEml } from "../../src/eml/parse-eml";
import { ADVERSARIAL, bodyBytes, bodyOfSize, typicalMails } from "./inputs";
import { digitRunBaseline, time, type Timing } from "./measure";
import { printTable, verdict } from "./report";
import { sendGuardSection } from "./send-guard";
import { ENGINE_STAGES } from "./stages";

/** Issue 3's speed targets. */
const TARGET = { typicalMailMs: 1, mbPerSecond: 20, baselineRatio: 10, linearity: 2.5 };
const MB = 1024 * 1024;

function baselineText(mail: Mail): string {
  return `${mail.subject}\n${mail.textBody ?? ""}${mail.htmlBody ?? ""}`;
}

function budgetFor(bytes: number): { warmup: number; minRuns: number; budgetMs: number } {
  if (bytes < 64 * 1024) return { warmup: 300, minRuns: 500, budgetMs: 1500 };
  if (bytes < 2 * MB) return { warmup: 3, minRuns: 15, budgetMs: 1000 };
  return { warmup: 1, minRuns: 3, budgetMs: 0 };
}

function timeStages(mails: Mail[]): { baseline: Timing; stages: Timing[] } {
  const budget = budgetFor(bodyBytes(mails[0] ?? bodyOfSize(0, 0)));
  const pick = (i: number): Mail => mails[i % mails.length] as Mail;
  const texts = mails.map(baselineText);
  return {
    baseline: time((i) => digitRunBaseline(texts[i % texts.length] ?? ""), budget),
    stages: ENGINE_STAGES.map((stage) => time((i) => stage.run(pick(i)), budget)),
  };
}

const ms = (value: number): string =>
  value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(0);
const mbps = (bytes: number, milliseconds: number): number => bytes / MB / (milliseconds / 1000);
const last = ENGINE_STAGES.length - 1;
const finalStage = ENGINE_STAGES[last]?.name ?? "";
const misses: string[] = [];

function typicalSection(): void {
  const mails = typicalMails(20, 1);
  const size = mails.reduce((sum, mail) => sum + bodyBytes(mail), 0) / mails.length;
  const { baseline, stages } = timeStages(mails);
  const finalMs = stages[last]?.medianMs ?? 0;
  console.log(`\n1. A typical mail (${(size / 1024).toFixed(1)} KB average over 20 different mails)\n`);
  printTable(
    ["stage", "median ms", "runs", "target"],
    [
      ["baseline (one regex pass)", ms(baseline.medianMs), String(baseline.runs), ""],
      ...ENGINE_STAGES.map((stage, index) => [
        stage.name,
        ms(stages[index]?.medianMs ?? 0),
        String(stages[index]?.runs ?? 0),
        index === last
          ? verdict(finalMs <= TARGET.typicalMailMs, `≤ ${TARGET.typicalMailMs} ms`, misses, "typical mail")
          : "",
      ]),
    ],
  );
  const ratio = finalMs / baseline.medianMs;
  console.log(
    `\n   ${finalStage} / baseline: ${ratio.toFixed(1)}×  ${verdict(ratio <= TARGET.baselineRatio, `≤ ${TARGET.baselineRatio}×`, misses, "typical mail vs baseline")}`,
  );
}

function sizeSection(): void {
  console.log(`\n2. Growth with size (plain-text body of corpus-like text)\n`);
  const rows: string[][] = [];
  for (const [label, bytes] of [
    ["1 KB", 1024],
    ["100 KB", 100 * 1024],
    ["1 MB", MB],
    ["10 MB", 10 * MB],
  ] as const) {
    const mail = bodyOfSize(bytes, 7);
    const actual = bodyBytes(mail);
    const { baseline, stages } = timeStages([mail]);
    const finalMs = stages[last]?.medianMs ?? 0;
    const ratio = finalMs / baseline.medianMs;
    const throughput = mbps(actual, finalMs);
    const isTarget = bytes === 10 * MB;
    rows.push([
      label,
      ms(baseline.medianMs),
      ...stages.map((timing) => ms(timing.medianMs)),
      (finalMs / (actual / MB)).toFixed(1),
      isTarget
        ? verdict(
            throughput >= TARGET.mbPerSecond,
            `${throughput.toFixed(1)} (≥ ${TARGET.mbPerSecond})`,
            misses,
            "10 MB throughput",
          )
        : throughput.toFixed(1),
      isTarget
        ? verdict(
            ratio <= TARGET.baselineRatio,
            `${ratio.toFixed(1)}× (≤ ${TARGET.baselineRatio}×)`,
            misses,
            "10 MB vs baseline",
          )
        : `${ratio.toFixed(1)}×`,
    ]);
  }
  printTable(
    [
      "size",
      "baseline ms",
      ...ENGINE_STAGES.map((stage) => `${stage.name} ms`),
      "ms per MB",
      "MB/s",
      "× baseline",
    ],
    rows,
  );
}

function adversarialSection(): void {
  console.log(
    `\n3. Adversarial inputs (${finalStage}; linearity = time at 2× size / time at 1× size, 2.0 is linear)\n`,
  );
  const rows: string[][] = [];
  for (const input of ADVERSARIAL) {
    const once = input.make(1, 3);
    const twice = input.make(2, 3);
    const stage = ENGINE_STAGES[last];
    if (stage === undefined) break;
    const t1 = time(() => stage.run(once), budgetFor(bodyBytes(once))).medianMs;
    const t2 = time(() => stage.run(twice), budgetFor(bodyBytes(twice))).medianMs;
    const linearity = t2 / t1;
    rows.push([
      input.unit,
      (bodyBytes(once) / MB).toFixed(2),
      ms(t1),
      mbps(bodyBytes(once), t1).toFixed(1),
      ms(t2),
      verdict(linearity <= TARGET.linearity, linearity.toFixed(2), misses, `${input.name} linearity`),
    ]);
  }
  printTable(["input", "MB", "ms", "MB/s", "ms at 2×", "linearity"], rows);
}

async function emlSection(): Promise<void> {
  console.log(
    `\n4. Reading .eml files (postal-mime; the CLI's cost before the engine, not part of the targets)\n`,
  );
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
    while (samples.length < Math.min(budget.minRuns, 50)) {
      const before = performance.now();
      await parseEml(bytes);
      samples.push(performance.now() - before);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? 0;
    rows.push([label, (bytes.length / 1024).toFixed(0), ms(median), mbps(bytes.length, median).toFixed(1)]);
  }
  printTable(["input", "KB", "parse ms", "MB/s"], rows);
}

async function main(): Promise<void> {
  console.log(
    `Kanalvagt benchmark — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus()[0]?.model ?? "unknown CPU"}`,
  );
  console.log(`Stages: ${ENGINE_STAGES.map((stage) => `${stage.name} = ${stage.description}`).join("; ")}.`);
  typicalSection();
  sizeSection();
  adversarialSection();
  await emlSection();
  misses.push(...sendGuardSection());
  console.log(
    misses.length === 0
      ? "\nAll speed targets met."
      : `\nMISSED TARGETS on this machine: ${misses.join(", ")}. (A benchmark reports; it does not fail the build.)`,
  );
}

void main();
