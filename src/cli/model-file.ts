import { readFile } from "node:fs/promises";
import { DEFAULT_MODEL } from "../core/classify/default-model";
import { MODEL_FORMAT, type TextModel } from "../core/classify/model";
import { checkModelDocument } from "../core/classify/model-schema";
import { systemErrorCode } from "../eml/error-text";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";

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
  const check = checkModelDocument(json);
  if (check.ok) return check.model;
  switch (check.reason) {
    case "format":
      throw new ModelFileError(
        `the model file ${path} has format ${check.format}; this version of Kanalvagt reads format ${MODEL_FORMAT}. Learn the model again with this version (kanalvagt learn) or use the version that wrote it`,
      );
    case "schema":
      throw new ModelFileError(`the model file ${path} is not a Kanalvagt model (${check.problem})`);
    case "unusable":
      throw new ModelFileError(`the model file ${path} cannot be used: ${check.problem}`);
  }
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
