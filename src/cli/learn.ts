import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { analyse } from "../core/analyse";
import { classificationInput } from "../core/classify/classify";
import { DEFAULT_MODEL } from "../core/classify/default-model";
import type { TextModel } from "../core/classify/model";
import type { Config } from "../core/config/schema";
import { adaptModel, DEFAULT_ADAPT_OPTIONS, type LocalExample } from "../core/learn/adapt-model";
import {
  crossValidatedComparison,
  FIELD_MEASURE,
  worseFields,
  type FieldComparison,
} from "../core/learn/local-evaluation";
import { DEFAULT_MIN_MAILS_AND_SENDERS } from "../core/learn/private-buckets";
import { CLASSIFIED_FIELDS } from "../core/triage-types";
import { errorMessage } from "../eml/error-text";
import { readEmlFile } from "../eml/read-eml-file";
import { collectMailFiles } from "./collect-files";
import { configFor } from "./config-file";
import { LEARN_HELP } from "./learn-help";
import { LabelsError, parseLabels, type LabelLine } from "./learn-labels";
import { ModelFileError, readModelFile } from "./model-file";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";
import { commandRunner, parseOptions, UsageError, type Env } from "./usage";
import { graphClientFor, reportGraphFailure } from "./graph-connection";
import { correctedMails } from "../graph/corrected-mails";
import type { Period } from "../graph/messages";
import { periodOfDates } from "../graph/stats-source";
import { addDays, dateInZone, formatIsoDate } from "../core/calendar/calendar-date";
import type { Mail } from "../core/mail";

/** Where the labelled mails come from: .eml files with a labels file, or a shared mailbox's corrected records. */
export type LabelSource =
  | { kind: "files"; labels: string; paths: string[] }
  | { kind: "mailbox"; mailbox: string; since?: string; graphUrl?: string };

export interface LearnOptions {
  source: LabelSource;
  out: string;
  base?: string;
  force: boolean;
  minMailsAndSenders: number;
  configPath?: string;
}

export const FOLDS = 5;
/** Without --since, a year's corrections: docs/learning.md advises learning from all corrections so far. */
const DEFAULT_SINCE_DAYS = 365;
/** Fewer mails than this cannot be split into folds that each teach and test something. */
const MIN_MAILS = 2 * FOLDS;

/** Bad input found before anything is written: the command prints it and exits with 1. */
class LearnInputError extends Error {}

function parse(argv: string[]): LearnOptions | "help" {
  const { values, positionals } = parseOptions({
    args: argv,
    allowPositionals: true,
    options: {
      labels: { type: "string" },
      mailbox: { type: "string" },
      since: { type: "string" },
      "graph-url": { type: "string" },
      out: { type: "string" },
      base: { type: "string" },
      force: { type: "boolean", default: false },
      k: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (values.out === undefined) throw new UsageError("learn needs --out MODEL.json");
  const source = labelSource(values, positionals);
  const k = values.k === undefined ? DEFAULT_MIN_MAILS_AND_SENDERS : Number(values.k);
  if (!Number.isInteger(k) || k < 1) throw new UsageError("--k must be a whole number of at least 1");
  return {
    source,
    out: values.out,
    ...(values.base === undefined ? {} : { base: values.base }),
    force: values.force,
    minMailsAndSenders: k,
    ...(values.config === undefined ? {} : { configPath: values.config }),
  };
}

function labelSource(
  values: { labels?: string; mailbox?: string; since?: string; "graph-url"?: string },
  paths: string[],
): LabelSource {
  if (values.mailbox !== undefined) {
    if (values.labels !== undefined || paths.length > 0) {
      throw new UsageError("learn takes either --mailbox or --labels with .eml files, not both");
    }
    return {
      kind: "mailbox",
      mailbox: values.mailbox,
      ...(values.since === undefined ? {} : { since: values.since }),
      ...(values["graph-url"] === undefined ? {} : { graphUrl: values["graph-url"] }),
    };
  }
  if (values.labels === undefined)
    throw new UsageError("learn needs --labels LABELS.jsonl or --mailbox ADDRESS");
  if (values.since !== undefined) throw new UsageError("--since goes with --mailbox");
  if (paths.length === 0) throw new UsageError("learn needs at least one .eml file or folder");
  return { kind: "files", labels: values.labels, paths };
}

/** The .eml files under the PATHs by base name; a name found twice would make a label ambiguous. */
async function mailFilesByName(paths: readonly string[]): Promise<Map<string, string>> {
  const byName = new Map<string, string>();
  for (const path of paths) {
    for (const item of await collectMailFiles(path)) {
      if ("error" in item) throw new LearnInputError(`${item.file}: ${item.error}`);
      const name = basename(item.file);
      const other = byName.get(name);
      if (other !== undefined) {
        throw new LearnInputError(`two mails are called ${name} (${other} and ${item.file}): rename one`);
      }
      byName.set(name, item.file);
    }
  }
  return byName;
}

async function readLabels(path: string): Promise<LabelLine[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new LearnInputError(`the labels file ${path} cannot be read (${errorMessage(err)})`);
  }
  try {
    return parseLabels(text);
  } catch (err) {
    if (err instanceof LabelsError) throw new LearnInputError(`${path}: ${err.message}`);
    throw err;
  }
}

/** Each labelled mail read as the engine reads it; a label for a file that is not there names its line. */
async function localExamples(
  lines: readonly LabelLine[],
  files: ReadonlyMap<string, string>,
  config: Config,
): Promise<LocalExample[]> {
  const missing = lines.find((l) => !files.has(l.file));
  if (missing) {
    throw new LearnInputError(
      `line ${missing.line} labels ${missing.file}, which is not among the .eml files given`,
    );
  }
  const examples: LocalExample[] = [];
  for (const line of lines) {
    const path = files.get(line.file) ?? line.file;
    const read = await readEmlFile(path);
    if (!read.ok) throw new LearnInputError(`${path} cannot be read: ${read.error}`);
    const labels: LocalExample["labels"] = {};
    for (const field of CLASSIFIED_FIELDS) if (line[field] !== undefined) labels[field] = line[field];
    examples.push(exampleOf(line.file, read.mail, labels, config));
  }
  return examples;
}

/** A labelled mail as the learner takes it: the engine's features, never the text. */
export function exampleOf(
  id: string,
  mail: Mail,
  labels: LocalExample["labels"],
  config: Config,
): LocalExample {
  const analysis = analyse(mail, config.detection);
  const { features, boosts } = classificationInput(mail, analysis, config);
  return { id, features, boosts, labels, sender: mail.from?.address.toLowerCase() ?? "" };
}

/**
 * The mails of a shared mailbox whose triage record holds a correction, over Graph with the same app registration
 * as `kanalvagt triage`: the labels are the corrected fields' values the record holds (staff's).
 */
async function mailboxExamples(
  source: Extract<LabelSource, { kind: "mailbox" }>,
  config: Config,
  output: Output,
  env: Env,
): Promise<LocalExample[]> {
  const today = dateInZone(new Date(), config.timeZone);
  const sinceDate = source.since ?? formatIsoDate(addDays(today, -DEFAULT_SINCE_DAYS));
  let period: Period;
  try {
    period = { from: periodOfDates(sinceDate, sinceDate, config.timeZone).from, to: new Date() };
  } catch (error) {
    // The message quotes the value given, which may be a CPR number typed in the wrong field.
    throw new LearnInputError(`--since: ${errorMessage(error)}`);
  }
  const client = graphClientFor(source.graphUrl, env, output);
  const corrected = await correctedMails(client, source.mailbox, period, (listed, found) =>
    output.err(`kanalvagt: ${listed} mails læst, ${found} med rettelser`),
  );
  return corrected.map(({ mail, record }, i) => {
    const labels: LocalExample["labels"] = {};
    for (const field of CLASSIFIED_FIELDS)
      if (record.corrected?.includes(field)) labels[field] = record[field];
    return exampleOf(`mail ${i + 1}`, mail, labels, config);
  });
}

/** How learn adapts the base model to some of the labelled mails (a fold's training part) or all of them. */
export function adapterFor(
  base: TextModel,
  minMailsAndSenders: number,
): (training: readonly LocalExample[]) => TextModel {
  const options = { ...DEFAULT_ADAPT_OPTIONS, minMailsAndSenders };
  return (training) => adaptModel(base, training, options);
}

const figure = (x: number): string => x.toFixed(3);

function printComparison(comparison: readonly FieldComparison[], output: Output): void {
  output.out(`Before → after, ${FOLDS}-fold cross-validation on the labelled mails:`);
  for (const c of comparison) {
    const change = c.after - c.before;
    output.out(
      `  ${c.field.padEnd(9)} ${FIELD_MEASURE[c.field].padEnd(8)} ${figure(c.before)} → ${figure(c.after)}  (${change >= 0 ? "+" : ""}${figure(change)}, ${c.mails} mails)`,
    );
  }
}

async function fileExamples(
  source: Extract<LabelSource, { kind: "files" }>,
  config: Config,
): Promise<LocalExample[]> {
  const lines = await readLabels(source.labels);
  const files = await mailFilesByName(source.paths);
  return localExamples(lines, files, config);
}

async function learn(options: LearnOptions, output: Output, env: Env): Promise<number> {
  const config = await configFor(options.configPath, output);
  const base: TextModel = options.base === undefined ? DEFAULT_MODEL : await readModelFile(options.base);
  const { source } = options;
  const examples =
    source.kind === "files"
      ? await fileExamples(source, config)
      : await mailboxExamples(source, config, output, env);
  if (examples.length < MIN_MAILS) {
    throw new LearnInputError(
      `${examples.length} labelled mails are too few to measure a model; give at least ${MIN_MAILS}`,
    );
  }
  const adapt = adapterFor(base, options.minMailsAndSenders);
  const comparison = crossValidatedComparison(base, examples, FOLDS, adapt);
  printComparison(comparison, output);
  const worse = worseFields(comparison);
  if (worse.length > 0 && !options.force) {
    output.err(
      `kanalvagt: the learned model is worse than the base model on ${worse.map((c) => c.field).join(", ")}; nothing was written (--force writes it anyway)`,
    );
    return 1;
  }
  const model = adapt(examples);
  const json = `${JSON.stringify(model)}\n`;
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, json);
  output.out(
    `Wrote ${options.out}: ${(json.length / 1024).toFixed(0)} KB, version ${model.version}, learned from ${examples.length} mails (k = ${options.minMailsAndSenders}).`,
  );
  return 0;
}

/** `kanalvagt learn`: bad input and a worse model write nothing and exit with 1. */
export const learnCommand = commandRunner<LearnOptions>({
  help: LEARN_HELP,
  parse,
  async run(options, output, env) {
    try {
      return await learn(options, output, env);
    } catch (err) {
      const code = reportGraphFailure(err, output);
      if (code !== undefined) return code;
      if (!(err instanceof LearnInputError || err instanceof ModelFileError)) throw err;
      output.err(scrubDigits(`kanalvagt: ${err.message}`));
      return 1;
    }
  },
});
