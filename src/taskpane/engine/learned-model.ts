import type { TextModel } from "../../core/classify/model";
import { fetchAddinFile, type FetchText } from "../../office/addin-config-file";

/** The model file the configuration names (`modelFile`), and where the engine fetches it. */
export interface ModelFileRef {
  /** As the configuration writes it, for the admin's notice. */
  file: string;
  url: string;
}

/** Why the pane classifies with the shipped model although the configuration names a learned one; for the admin. */
export type ModelNotice =
  | { reason: "missing"; file: string }
  | { reason: "unreachable"; file: string; detail: string }
  | { reason: "invalid"; file: string; problem: string }
  | { reason: "other-version"; file: string; format: number };

/** The learned model to classify with, or (undefined) the shipped one and why. */
export interface ModelLoad {
  model: TextModel | undefined;
  notice?: ModelNotice;
}

/**
 * Fetches and checks the learned model. The check (zod) is loaded only here, when a configuration names a model, so
 * it stays out of the worker's first script. Nothing in a notice quotes the file's content.
 */
export async function loadLearnedModel(
  { file, url }: ModelFileRef,
  fetchText?: FetchText,
): Promise<ModelLoad> {
  const fetched = await fetchAddinFile(url, fetchText);
  if (fetched.kind === "missing") return { model: undefined, notice: { reason: "missing", file } };
  if (fetched.kind === "unreachable") {
    return { model: undefined, notice: { reason: "unreachable", file, detail: fetched.detail } };
  }
  let document: unknown;
  try {
    document = JSON.parse(fetched.text) as unknown;
  } catch {
    return {
      model: undefined,
      notice: { reason: "invalid", file, problem: "not JSON: damaged or cut short?" },
    };
  }
  const { checkModelDocument } = await import("../../core/classify/model-schema");
  const check = checkModelDocument(document);
  if (check.ok) return { model: check.model };
  if (check.reason === "format") {
    return { model: undefined, notice: { reason: "other-version", file, format: check.format } };
  }
  return { model: undefined, notice: { reason: "invalid", file, problem: check.problem } };
}
