import { readFile } from "node:fs/promises";
import { z } from "zod";
import { DEFAULT_MODEL } from "../core/classify/default-model";
import { checkModel, MODEL_FORMAT, type TextModel } from "../core/classify/model";
import { systemErrorCode } from "../eml/error-text";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";

const headSchema = z.strictObject({
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  temperature: z.number().positive(),
  scale: z.number().positive(),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** A text model file as `npm run train` and `kanalvagt learn` write it. */
const modelFileSchema = z.strictObject({
  format: z.number().int(),
  version: z.string().min(1),
  trainedOn: z.number().int().min(0),
  buckets: z.number().int().positive(),
  heads: z.strictObject({ handling: headSchema, topic: headSchema, sender: headSchema }),
  learned: z
    .strictObject({
      from: z.string(),
      mails: z.number().int().min(0),
      minMailsAndSenders: z.number().int().min(1),
    })
    .optional(),
});

/** A model file that cannot be used: the message names the file and what is wrong with it. */
export class ModelFileError extends Error {}

/** Reads and checks a model file; a file of another format is refused with the format it has and the one we read. */
export async function readModelFile(path: string): Promise<TextModel> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = systemErrorCode(err);
    throw new ModelFileError(
      `the model file ${path} cannot be read (${code === "ENOENT" ? "no such file" : (code ?? "unknown error")})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelFileError(`the model file ${path} is not JSON: is it damaged or cut short?`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === "number" && format !== MODEL_FORMAT) {
    throw new ModelFileError(
      `the model file ${path} has format ${format}; this version of Kanalvagt reads format ${MODEL_FORMAT}. Learn the model again with this version (kanalvagt learn) or use the version that wrote it`,
    );
  }
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new ModelFileError(
      `the model file ${path} is not a Kanalvagt model (${where ? `${where}: ` : ""}${issue?.message ?? "invalid"})`,
    );
  }
  const model: TextModel = parsed.data;
  try {
    checkModel(model);
  } catch (err) {
    throw new ModelFileError(
      `the model file ${path} cannot be used: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return model;
}

/**
 * The model a command classifies with: the shipped one, or the --model file. A file that cannot be used is named on
 * stderr and gives undefined: the command stops rather than classify with a model nobody asked for.
 */
export async function modelFor(path: string | undefined, output: Output): Promise<TextModel | undefined> {
  if (path === undefined) return DEFAULT_MODEL;
  try {
    return await readModelFile(path);
  } catch (err) {
    if (!(err instanceof ModelFileError)) throw err;
    output.err(scrubDigits(`kanalvagt: ${err.message}`));
    return undefined;
  }
}
