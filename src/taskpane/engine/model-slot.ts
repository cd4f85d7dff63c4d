import type { TextModel } from "../../core/classify/model";
import { loadLearnedModel, type ModelFileRef, type ModelLoad } from "./learned-model";
import type { ShippedModel } from "./shipped-model";
import type { ModelSettled } from "./worker-protocol";

/** The model an engine classifies with: the learned one once loaded, else the shipped one (or the rules alone). */
export interface ModelSlot {
  /** The model to classify with now; waits only for the shipped model, which is fetched from the start. */
  ready(): Promise<TextModel>;
  /** A mail was triaged with `model`: a model that loads after this changes what staff may already see. */
  triaged(model: TextModel): void;
  /** Loads the named model; undefined when a newer request has replaced this one meanwhile. */
  use(ref: ModelFileRef | undefined): Promise<ModelSettled | undefined>;
}

/**
 * The worker's and the in-page engine's slot. `shipped` is the shipped model's load, started by the caller as early
 * as it can; `load` is the tests' stand-in for the network.
 */
export function modelSlot(
  shipped: Promise<ShippedModel>,
  load: typeof loadLearnedModel = loadLearnedModel,
): ModelSlot {
  let learned: TextModel | undefined;
  let triagedWith: string | undefined;
  let latest = 0;
  return {
    async ready() {
      const fallback = await shipped;
      return learned ?? fallback.model;
    },
    triaged(model) {
      triagedWith = model.version;
    },
    async use(ref) {
      const request = ++latest;
      const [loaded, fallback]: [ModelLoad, ShippedModel] = await Promise.all([
        ref ? load(ref) : { model: undefined },
        shipped,
      ]);
      if (request !== latest) return undefined;
      learned = loaded.model;
      const next = learned ?? fallback.model;
      const changed = triagedWith !== undefined && next.version !== triagedWith;
      // Without the shipped model the rules alone classify: staff must know that before why a learned one is not used.
      const notice = learned ? undefined : (fallback.notice ?? loaded.notice);
      return { learned: learned !== undefined, changed, ...(notice ? { notice } : {}) };
    },
  };
}
