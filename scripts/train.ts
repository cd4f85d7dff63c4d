/**
 * npm run train: trains the text model of src/core/classify from the labelled corpus (test/fixtures/corpus/<set>/
 * labels.jsonl + .eml files) and writes src/core/classify/model.json. Deterministic: files are read in sorted order,
 * weights start at zero and full-batch gradient descent runs a fixed number of steps, so the same corpus gives the
 * same bytes. A fixed quarter of the corpus (picked by a hash of the file name) is held out: the model never sees
 * it, and the figures printed at the end are measured on it with the whole classify() pipeline.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { classificationInput, classify } from "../src/core/classify/classify";
import type { Features } from "../src/core/classify/features";
import type { ModelHead, TextModel } from "../src/core/classify/model";
import { DEFAULT_CONFIG } from "../src/core/config/load";
import { detectSignature } from "../src/core/detect/signature";
import type { Mail } from "../src/core/mail";
import { HANDLINGS, SENDERS, TOPICS } from "../src/core/taxonomy";
import { extractMailText } from "../src/core/text/mail-text";
import { parseEml } from "../src/eml/parse-eml";
import { fnv1a, isHeldOut } from "./lib/corpus-split";

const CORPUS = "test/fixtures/corpus";
const MODEL_FILE = "src/core/classify/model.json";
const MIN_DOCUMENT_FREQUENCY = 2;
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const LEARNING_RATE = Number(process.env.LR ?? 2);
const L2 = Number(process.env.L2 ?? 1e-2);

interface Labels {
  file: string;
  handling: string;
  flags: string[];
  topic: string;
  sender: string;
  lang: string;
}

interface Example {
  set: string;
  labels: Labels;
  mail: Mail;
  bodyReadable: boolean;
  features: Features;
}

async function readCorpus(): Promise<Example[]> {
  const examples: Example[] = [];
  const sets = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, "labels.jsonl")))
    .map((d) => d.name)
    .sort();
  for (const set of sets) {
    const lines = readFileSync(join(CORPUS, set, "labels.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim());
    const rows = lines.map((l) => JSON.parse(l) as Labels).sort((a, b) => a.file.localeCompare(b.file));
    for (const labels of rows) {
      const parsed = await parseEml(readFileSync(join(CORPUS, set, labels.file)));
      if (!parsed.ok) {
        console.error(`skipped ${set}/${labels.file}: ${parsed.error}`);
        continue;
      }
      const mail = parsed.mail;
      const text = extractMailText(mail);
      const bodyReadable = !detectSignature(mail).encrypted && (text.body + text.quoted).trim().length > 0;
      const { features } = classificationInput(mail, text, bodyReadable, DEFAULT_CONFIG);
      examples.push({ set, labels, mail, bodyReadable, features });
    }
  }
  return examples;
}

function vocabulary(examples: readonly Example[]): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df]
    .filter(([name, n]) => name.startsWith("#") || n >= MIN_DOCUMENT_FREQUENCY)
    .map(([name]) => name)
    .sort();
}

/** Softmax regression by full-batch gradient descent with class-balanced weights and L2, from zero weights. */
function trainHead(
  examples: readonly Example[],
  vocab: readonly string[],
  labels: readonly string[],
  target: (e: Example) => string,
): ModelHead {
  const index = new Map(vocab.map((name, i) => [name, i]));
  const k = labels.length;
  const rows = examples.map((e) => ({
    y: labels.indexOf(target(e)),
    x: [...e.features].filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n) ?? 0, v] as const),
  }));
  const counts = labels.map((_, c) => rows.filter((r) => r.y === c).length);
  const classWeight = counts.map((n) => (n === 0 ? 0 : rows.length / (k * n)));
  const w = vocab.map(() => new Float64Array(k));
  const b = new Float64Array(k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gw = vocab.map(() => new Float64Array(k));
    const gb = new Float64Array(k);
    for (const row of rows) {
      if (row.y < 0) continue;
      const scores = Array.from(b);
      for (const [f, v] of row.x)
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (w[f]?.[c] ?? 0);
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const sum = exps.reduce((a, v) => a + v, 0);
      const weight = classWeight[row.y] ?? 1;
      for (let c = 0; c < k; c++) {
        const error = weight * ((exps[c] ?? 0) / sum - (c === row.y ? 1 : 0));
        gb[c] = (gb[c] ?? 0) + error;
        for (const [f, v] of row.x) {
          const g = gw[f];
          if (g) g[c] = (g[c] ?? 0) + error * v;
        }
      }
    }
    const n = rows.length;
    for (let c = 0; c < k; c++) b[c] = (b[c] ?? 0) - (LEARNING_RATE * (gb[c] ?? 0)) / n;
    w.forEach((wf, f) => {
      for (let c = 0; c < k; c++)
        wf[c] = (wf[c] ?? 0) - LEARNING_RATE * ((gw[f]?.[c] ?? 0) / n + L2 * (wf[c] ?? 0));
    });
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((name, f) => {
    const row = Array.from(w[f] ?? [], round);
    if (row.some((x) => x !== 0)) weights[name] = row;
  });
  return { labels: [...labels], bias: Array.from(b, round), weights };
}

function macroF1(pairs: readonly [string, string][], labels: readonly string[]): number {
  const f1s = labels
    .filter((l) => pairs.some(([truth]) => truth === l))
    .map((l) => {
      const tp = pairs.filter(([t, p]) => t === l && p === l).length;
      const fp = pairs.filter(([t, p]) => t !== l && p === l).length;
      const fn = pairs.filter(([t, p]) => t === l && p !== l).length;
      return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    });
  return f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
}

const accuracy = (pairs: readonly [string, string][]): number =>
  pairs.filter(([t, p]) => t === p).length / Math.max(1, pairs.length);

function evaluate(name: string, examples: readonly Example[], model: TextModel): void {
  const handling: [string, string][] = [];
  const topic: [string, string][] = [];
  const sender: [string, string][] = [];
  const lang: [string, string][] = [];
  const flag = { aktindsigt: { tp: 0, fn: 0, fp: 0 }, klage: { tp: 0, fn: 0, fp: 0 } };
  for (const e of examples) {
    const c = classify(e.mail, extractMailText(e.mail), e.bodyReadable, DEFAULT_CONFIG, model);
    handling.push([e.labels.handling, c.handling.value]);
    topic.push([e.labels.topic, c.topic.value]);
    sender.push([e.labels.sender, c.sender.value]);
    lang.push([e.labels.lang, c.lang.value]);
    for (const f of ["aktindsigt", "klage"] as const) {
      const truth = e.labels.flags.includes(f);
      const predicted = c.flags.some((d) => d.value === f);
      if (truth && predicted) flag[f].tp++;
      else if (truth) flag[f].fn++;
      else if (predicted) flag[f].fp++;
    }
  }
  const pct = (x: number): string => x.toFixed(3);
  const recall = (f: { tp: number; fn: number }): string =>
    f.tp + f.fn === 0 ? "n/a" : pct(f.tp / (f.tp + f.fn));
  const precision = (f: { tp: number; fp: number }): string =>
    f.tp + f.fp === 0 ? "n/a" : pct(f.tp / (f.tp + f.fp));
  console.log(`\n${name} (${examples.length} mails)`);
  console.log(
    `  handling macro-F1   ${pct(macroF1(handling, HANDLINGS))}  (target ≥ 0.85; accuracy ${pct(accuracy(handling))})`,
  );
  console.log(`  topic accuracy      ${pct(accuracy(topic))}  (target ≥ 0.85)`);
  console.log(`  sender accuracy     ${pct(accuracy(sender))}  (target ≥ 0.9)`);
  console.log(
    `  aktindsigt recall   ${recall(flag.aktindsigt)}  (target ≥ 0.95; precision ${precision(flag.aktindsigt)})`,
  );
  console.log(`  klage recall        ${recall(flag.klage)}  (precision ${precision(flag.klage)})`);
  console.log(`  language accuracy   ${pct(accuracy(lang))}`);
  if (process.argv.includes("--errors")) {
    examples.forEach((e, i) => {
      const wrong = [handling[i], topic[i], sender[i]].filter((p) => p && p[0] !== p[1]);
      if (wrong.length > 0)
        console.log(`    ${e.set}/${e.labels.file}: ${wrong.map((p) => `${p?.[0]}→${p?.[1]}`).join(" ")}`);
    });
  }
}

async function main(): Promise<void> {
  const examples = await readCorpus();
  const training = examples.filter((e) => !isHeldOut(e.labels.file));
  const heldOut = examples.filter((e) => isHeldOut(e.labels.file));
  const vocab = vocabulary(training);
  const heads = {
    handling: trainHead(training, vocab, HANDLINGS, (e) => e.labels.handling),
    topic: trainHead(training, vocab, TOPICS, (e) => e.labels.topic),
    sender: trainHead(training, vocab, SENDERS, (e) => e.labels.sender),
  };
  const version = `lr-${fnv1a(JSON.stringify(heads)).toString(16).padStart(8, "0")}`;
  const model: TextModel = { version, trainedOn: training.length, heads };
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(MODEL_FILE, json);
  console.log(`trained on ${training.length} mails, held out ${heldOut.length}; ${vocab.length} features`);
  console.log(`wrote ${MODEL_FILE}: ${(json.length / 1024).toFixed(0)} KB, version ${version}`);
  evaluate("held-out", heldOut, model);
  if (process.argv.includes("--training-figures")) evaluate("training set (optimistic)", training, model);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
