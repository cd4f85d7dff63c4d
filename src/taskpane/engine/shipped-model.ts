import { checkModel, MODEL_FORMAT, type TextModel } from "../../core/classify/model";
import { rulesOnlyModel } from "../../core/classify/rules-only-model";
import { fetchAddinFile, type FetchText } from "../../office/addin-config-file";
import type { ModelNotice } from "./learned-model";

/** Where the build put the shipped model (a file beside the scripts), and the version it was built with. */
export interface ShippedModelFile {
  url: string;
  version: string;
}

/** The model to fall back on: the shipped one, or, when it could not be loaded, none but the rules and why. */
export interface ShippedModel {
  model: TextModel;
  notice?: ModelNotice;
}

/**
 * How long the first triage may wait for the shipped model on a bad connection before it goes on with the rules
 * alone: long enough for a slow line to bring 570 KB, short of the pane's own 30 s limit on an analysis.
 */
const GIVE_UP_AFTER_MS = 10_000;

/** The file's name has a content hash: the browser's cache may keep it as long as it likes. */
const fetchModel: FetchText = (url) =>
  fetch(
    url,
    typeof AbortSignal.timeout === "function" ? { signal: AbortSignal.timeout(GIVE_UP_AFTER_MS) } : {},
  );

/**
 * Fetches the shipped model and checks it is the one this engine was built with (format, version, the weights'
 * shape). The engine then never scores with weights it would misread, and a file that cannot be had leaves
 * detection working with a notice instead of a pane that waits for ever. Nothing in a notice quotes the file.
 */
export async function loadShippedModel(
  { url, version }: ShippedModelFile,
  fetchText: FetchText = fetchModel,
): Promise<ShippedModel> {
  const file = url.replace(/[?#].*$/s, "").replace(/^.*\//s, "");
  const unavailable = (detail: string): ShippedModel => ({
    model: rulesOnlyModel(),
    notice: { reason: "shipped-unavailable", file, detail },
  });
  const fetched = await fetchAddinFile(url, fetchText);
  if (fetched.kind === "missing") return unavailable("HTTP 404");
  if (fetched.kind === "unreachable") return unavailable(fetched.detail);
  let model: TextModel;
  try {
    model = JSON.parse(fetched.text) as TextModel;
  } catch {
    return unavailable("not JSON: damaged or cut short?");
  }
  if (model?.format !== MODEL_FORMAT || model.version !== version) {
    return unavailable(`not the model this version of Kanalvagt was built with (${version})`);
  }
  try {
    // Decodes the weights too, so the first triage finds them ready.
    checkModel(model);
  } catch {
    return unavailable("the weights do not fit this engine");
  }
  return { model };
}
