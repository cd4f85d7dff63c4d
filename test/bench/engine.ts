import type { Mail } from "../../src/core/mail";
import { ADVERSARIAL, bodyBytes, bodyOfSize, typicalMails } from "./inputs";
import type { Engine } from "./load-engine";
import { budgetFor, digitRunPass, time, type Timing, wordSplitPass } from "./measure";
import { ms, note, printTable, verdict } from "./report";

/** The engine's speed targets: analyse and triage alike. */
export const TARGET = { typicalMailMs: 1, mbPerSecond: 20, baselineRatio: 10, linearity: 2.5 } as const;
/** What the engine aims at beyond the target, so a loaded machine still clears it. */
const AIM_MB_PER_SECOND = 40;
const MB = 1024 * 1024;
/** A fixed "now", so the aktindsigt deadline is computed the same way in every run. */
const NOW = new Date("2025-03-04T12:00:00Z");

/** The text the baselines read: everything the engine reads, as one string. */
function baselineText(mail: Mail): string {
  return `${mail.subject}\n${mail.textBody ?? ""}${mail.htmlBody ?? ""}`;
}

interface Stage {
  name: string;
  run: (mail: Mail) => unknown;
}

/** The engine's stages, cumulative: text ⊂ analyse ⊂ triage. */
function stagesOf(engine: Engine): Stage[] {
  return [
    { name: "text", run: (mail) => engine.extractMailText(mail) },
    { name: "analyse", run: (mail) => engine.analyse(mail, engine.DEFAULT_CONFIG.detection) },
    { name: "triage", run: (mail) => engine.triage(mail, engine.DEFAULT_CONFIG, NOW) },
  ];
}

const mbps = (bytes: number, milliseconds: number): number => bytes / MB / (milliseconds / 1000);
const cpuAndWall = (t: Timing): string => `${ms(t.cpu.median)} / ${ms(t.wall.median)}`;

function timeOver(mails: readonly Mail[], run: (mail: Mail) => unknown): Timing {
  const budget = budgetFor(bodyBytes(mails[0] as Mail));
  return time((i) => run(mails[i % mails.length] as Mail), budget);
}

function typicalSection(engine: Engine, misses: string[]): void {
  const mails = typicalMails(20, 1);
  const size = mails.reduce((sum, mail) => sum + bodyBytes(mail), 0) / mails.length;
  const texts = mails.map(baselineText);
  console.log(`\nA typical mail (${(size / 1024).toFixed(1)} KB, 20 different mails in turn)\n`);
  const digits = time((i) => digitRunPass(texts[i % texts.length] ?? ""), budgetFor(size));
  const words = time((i) => wordSplitPass(texts[i % texts.length] ?? ""), budgetFor(size));
  const rows: string[][] = [
    ["baseline 1: digit-run regex pass", digits],
    ["baseline 2: lower-case + word split", words],
  ].map(([label, t]) => [label as string, ...timingCells(t as Timing), ""]);
  let analyseMs = 0;
  for (const stage of stagesOf(engine)) {
    const t = timeOver(mails, stage.run);
    const judged = stage.name !== "text";
    if (stage.name === "analyse") analyseMs = t.cpu.median;
    rows.push([
      stage.name,
      ...timingCells(t),
      judged
        ? verdict(
            t.cpu.median <= TARGET.typicalMailMs,
            `≤ ${TARGET.typicalMailMs} ms`,
            misses,
            `typical mail: ${stage.name}, cpu median`,
            `≤ ${TARGET.typicalMailMs} ms`,
            `${ms(t.cpu.median)} ms`,
          )
        : "",
    ]);
  }
  printTable(["stage", "cpu median ms", "cpu p90", "wall median", "wall p90", "runs", "target (cpu)"], rows);
  const ratios = `${(analyseMs / digits.cpu.median).toFixed(0)}× baseline 1, ${(analyseMs / words.cpu.median).toFixed(1)}× baseline 2`;
  console.log(
    `\n   analyse on a typical mail: ${ratios} (fixed costs dominate at this size; the ratio is judged at 10 MB)`,
  );
  note("typical mail: analyse vs baselines", ratios);
}

function timingCells(t: Timing): string[] {
  return [ms(t.cpu.median), ms(t.cpu.p90), ms(t.wall.median), ms(t.wall.p90), String(t.runs)];
}

function sizeSection(engine: Engine, misses: string[]): void {
  console.log(
    `\nGrowth with size (plain-text body of corpus-like text; cpu median ms, wall in the last column)\n`,
  );
  const rows: string[][] = [];
  const [, analyseStage, triageStage] = stagesOf(engine);
  if (analyseStage === undefined || triageStage === undefined) return;
  for (const [label, bytes] of [
    ["1 KB", 1024],
    ["100 KB", 100 * 1024],
    ["1 MB", MB],
    ["10 MB", 10 * MB],
  ] as const) {
    const mail = bodyOfSize(bytes, 7);
    const actual = bodyBytes(mail);
    const text = baselineText(mail);
    const budget = budgetFor(actual);
    const digits = time(() => digitRunPass(text), budget);
    const words = time(() => wordSplitPass(text), budget);
    const analysed = time(() => analyseStage.run(mail), budget);
    const triaged = time(() => triageStage.run(mail), budget);
    const isTarget = bytes === 10 * MB;
    const analyseRate = mbps(actual, analysed.cpu.median);
    const triageRate = mbps(actual, triaged.cpu.median);
    const ratio1 = analysed.cpu.median / digits.cpu.median;
    const ratio2 = analysed.cpu.median / words.cpu.median;
    const rate = (value: number, stage: string): string =>
      isTarget
        ? verdict(
            value >= TARGET.mbPerSecond,
            value.toFixed(1),
            misses,
            `10 MB: ${stage} MB/s`,
            `≥ ${TARGET.mbPerSecond} (aim ≥ ${AIM_MB_PER_SECOND})`,
          )
        : value.toFixed(1);
    rows.push([
      label,
      ms(digits.cpu.median),
      ms(words.cpu.median),
      ms(analysed.cpu.median),
      ms(triaged.cpu.median),
      rate(analyseRate, "analyse"),
      rate(triageRate, "triage"),
      isTarget
        ? verdict(
            ratio1 <= TARGET.baselineRatio,
            `${ratio1.toFixed(1)}×`,
            misses,
            "10 MB: analyse vs baseline 1 (digit runs)",
            `≤ ${TARGET.baselineRatio}×`,
          )
        : `${ratio1.toFixed(1)}×`,
      `${ratio2.toFixed(1)}×`,
      `${ms(analysed.wall.median)} / ${ms(triaged.wall.median)}`,
    ]);
    if (isTarget) note("10 MB: analyse vs baseline 2 (lower-case + word split)", `${ratio2.toFixed(1)}×`);
  }
  printTable(
    [
      "size",
      "baseline 1",
      "baseline 2",
      "analyse",
      "triage",
      "analyse MB/s",
      "triage MB/s",
      "analyse ÷ b1",
      "analyse ÷ b2",
      "wall analyse / triage",
    ],
    rows,
  );
  console.log(
    "\n   baseline 1 = one regex pass for digit runs (the target's yardstick); baseline 2 = lower-case and split into words.",
  );
}

/** Where the time goes on a 10 MB body: each stage on its own, on the text the engine extracted. */
function breakdownSection(engine: Engine): void {
  console.log(`\nWhere the time goes on a 10 MB body (each part alone; cpu median ms)\n`);
  const mail = bodyOfSize(10 * MB, 7);
  const text = engine.extractMailText(mail);
  const settings = engine.DEFAULT_CONFIG.detection;
  const budget = budgetFor(10 * MB);
  const parts: [string, () => unknown][] = [
    ["text (HTML, normalisation, quoted split)", () => engine.extractMailText(mail)],
    ["identifiers (CPR, IBAN, accounts, documents)", () => engine.detectIdentifiers(text.body, "body")],
    ["categories (lexicon scan and scoring)", () => engine.detectCategories(text.body, "body", settings)],
    ["personal details", () => engine.detectPersonalDetails(mail, text)],
    ["analyse (all of the above, sorted)", () => engine.analyse(mail, settings)],
    ["triage (analyse, classification, policy)", () => engine.triage(mail, engine.DEFAULT_CONFIG, NOW)],
  ];
  printTable(
    ["part", "cpu ms", "wall ms", "MB/s (cpu)"],
    parts.map(([label, run]) => {
      const t = time(run, budget);
      return [label, ms(t.cpu.median), ms(t.wall.median), mbps(bodyBytes(mail), t.cpu.median).toFixed(0)];
    }),
  );
}

function adversarialSection(engine: Engine, misses: string[]): void {
  console.log(`\nAdversarial inputs (triage; linearity = cpu time at 2× size ÷ at 1× size, 2.0 is linear)\n`);
  const triageStage = stagesOf(engine)[2];
  if (triageStage === undefined) return;
  const rows = ADVERSARIAL.map((input) => {
    const once = input.make(1, 3);
    const twice = input.make(2, 3);
    const t1 = time(() => triageStage.run(once), budgetFor(bodyBytes(once))).cpu.median;
    const t2 = time(() => triageStage.run(twice), budgetFor(bodyBytes(twice))).cpu.median;
    const linearity = t2 / t1;
    return [
      input.unit,
      (bodyBytes(once) / MB).toFixed(2),
      ms(t1),
      mbps(bodyBytes(once), t1).toFixed(1),
      ms(t2),
      verdict(
        linearity <= TARGET.linearity,
        linearity.toFixed(2),
        misses,
        `linearity: ${input.unit}`,
        `≤ ${TARGET.linearity}`,
      ),
    ];
  });
  printTable(["input", "MB", "cpu ms", "MB/s", "cpu ms at 2×", "linearity"], rows);
}

/** The same figures through tsx (how the scripts run; the CLI is bundled): it turns imported bindings into getters. */
function loaderSection(bundled: Engine, viaTsx: Engine): void {
  console.log(`\nBundle against tsx (cpu / wall median ms)\n`);
  const typical = typicalMails(20, 1);
  const big = [bodyOfSize(10 * MB, 7)];
  const rows: string[][] = [];
  for (const [label, mails, stage] of [
    ["typical mail: analyse", typical, 1],
    ["typical mail: triage", typical, 2],
    ["10 MB: analyse", big, 1],
  ] as const) {
    const [onBundle, onTsx] = [bundled, viaTsx].map((engine) => {
      const run = stagesOf(engine)[stage]?.run;
      return run === undefined ? undefined : timeOver(mails, run);
    });
    if (onBundle === undefined || onTsx === undefined) continue;
    rows.push([
      label,
      cpuAndWall(onBundle),
      cpuAndWall(onTsx),
      `${(onTsx.cpu.median / onBundle.cpu.median).toFixed(2)}×`,
    ]);
    note(`tsx: ${label}`, `${ms(onTsx.cpu.median)} ms (bundle ${ms(onBundle.cpu.median)})`);
  }
  printTable(["figure", "bundle (esbuild)", "tsx", "tsx ÷ bundle"], rows);
}

/** The engine's sections; returns the names of missed targets. `viaTsx` adds the loader comparison. */
export function engineSections(engine: Engine, viaTsx?: Engine): string[] {
  const misses: string[] = [];
  typicalSection(engine, misses);
  sizeSection(engine, misses);
  breakdownSection(engine);
  adversarialSection(engine, misses);
  if (viaTsx !== undefined) loaderSection(engine, viaTsx);
  return misses;
}
