import { z } from "zod";
import { FLAGS, HANDLINGS, SENDERS, TOPICS } from "../core/taxonomy";
import { CLASSIFIED_FIELDS, type ClassifiedField } from "../core/triage-types";

/** One line of LABELS.jsonl: the file it labels (a base name) and any of the fields staff corrected. */
const labelLineSchema = z.strictObject({
  file: z.string().min(1),
  handling: z.enum(HANDLINGS).optional(),
  topic: z.enum(TOPICS).optional(),
  sender: z.enum(SENDERS).optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
});

/** A checked line, with its line number for the messages about it. */
export type LabelLine = z.infer<typeof labelLineSchema> & { line: number };

/** Bad input in the labels file: the message names the line and what is wrong, and nothing is written. */
export class LabelsError extends Error {}

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join(".")}"` : "the line";
  if (issue.code === "invalid_value") {
    return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return `${where}: ${issue.message}`;
}

/**
 * The lines of a labels file, each checked: valid JSON, a known label in every field, a file named once, at least one
 * field labelled. Every problem names its line; the first problem ends the reading.
 */
export function parseLabels(text: string): LabelLine[] {
  const lines: LabelLine[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((raw, i) => {
    const where = `line ${i + 1}`;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new LabelsError(`${where} is not JSON`);
    }
    const parsed = labelLineSchema.safeParse(json);
    if (!parsed.success) throw new LabelsError(`${where}: ${parsed.error.issues.map(describe).join("; ")}`);
    const line = { ...parsed.data, line: i + 1 };
    if (seen.has(line.file)) throw new LabelsError(`${where} labels "${line.file}" a second time`);
    if (!CLASSIFIED_FIELDS.some((field) => line[field] !== undefined)) {
      throw new LabelsError(`${where} labels no field: give handling, topic or sender`);
    }
    seen.add(line.file);
    lines.push(line);
  });
  if (lines.length === 0) throw new LabelsError("the labels file holds no labels");
  const kinds = CLASSIFIED_FIELDS.map((field) => [field, classesOf(lines, field)] as const).filter(
    ([, classes]) => classes.size > 0,
  );
  if (kinds.every(([, classes]) => classes.size === 1)) {
    const only = kinds.map(([field, classes]) => `${field} "${[...classes].join("")}"`).join(", ");
    throw new LabelsError(
      `every label is of one kind (${only}): a model cannot learn to tell mails apart from that; add mails of other kinds`,
    );
  }
  return lines;
}

function classesOf(lines: readonly LabelLine[], field: ClassifiedField): Set<string> {
  return new Set(lines.flatMap((l) => (l[field] === undefined ? [] : [l[field]])));
}
