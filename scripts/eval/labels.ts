import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { triageDecisionFields } from "../../src/core/record";
import { FINDING_KINDS } from "../../src/core/taxonomy";

/** One line of a set's labels.jsonl, as the corpus brief defines it. */
export const labelSchema = z.object({
  file: z.string().regex(/^[^/\\]+\.eml$/),
  ...triageDecisionFields,
  kinds: z.array(z.enum(FINDING_KINDS)),
  cpr: z.array(z.string().regex(/^\d{10}$/)),
  signed: z.boolean(),
  encrypted: z.boolean(),
});
export type Label = z.infer<typeof labelSchema>;

export interface LabelledMail {
  set: string;
  path: string;
  label: Label;
}

export interface Corpus {
  mails: LabelledMail[];
  /** Label lines that do not parse, labels naming missing files, .eml files without a label. */
  problems: string[];
}

/** Reads every set under the corpus folder (one sub-folder per set, each with a labels.jsonl). */
export async function readCorpus(root: string): Promise<Corpus> {
  const corpus: Corpus = { mails: [], problems: [] };
  const sets = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const set of sets) await readSet(root, set, corpus);
  return corpus;
}

async function readSet(root: string, set: string, corpus: Corpus): Promise<void> {
  const folder = join(root, set);
  const files = new Set((await readdir(folder)).filter((name) => name.endsWith(".eml")));
  let text: string;
  try {
    text = await readFile(join(folder, "labels.jsonl"), "utf8");
  } catch {
    corpus.problems.push(`${set}: no labels.jsonl; its ${files.size} mail(s) are not evaluated`);
    return;
  }
  const labelled = new Set<string>();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${set}/labels.jsonl line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      corpus.problems.push(`${where}: not valid JSON`);
      return;
    }
    const parsed = labelSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      corpus.problems.push(`${where}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"}`);
      return;
    }
    const label = parsed.data;
    if (!files.has(label.file)) corpus.problems.push(`${where}: ${label.file} does not exist`);
    else if (labelled.has(label.file)) corpus.problems.push(`${where}: ${label.file} is labelled twice`);
    else {
      labelled.add(label.file);
      corpus.mails.push({ set, path: join(folder, label.file), label });
    }
  });
  for (const file of files) if (!labelled.has(file)) corpus.problems.push(`${set}/${file}: has no label`);
}
