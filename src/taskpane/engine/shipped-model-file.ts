/**
 * The shipped model as the build emits it: a static file beside the scripts (webpack.config.js names it), fetched by
 * the engine rather than compiled into the worker's script, whose top-level code the browser compiles before it can
 * run a line: with the model inside, that script was 980 KB and took about 100 ms to compile under load.
 */
import type { ShippedModelFile } from "./shipped-model";

export const SHIPPED_MODEL_FILE: ShippedModelFile = {
  url: new URL("../../core/classify/model.json", import.meta.url).href,
  // Written in by the build from the same file: the fetched model must be this one.
  version: KANALVAGT_SHIPPED_MODEL_VERSION,
};
