import type { TextModel } from "../../core/classify/model";
import { loadLearnedModel, type ModelFileRef, type ModelLoad } from "./learned-model";
import type { ModelSettled } from "./worker-protocol";

/** The model an engine classifies with: the shipped one (undefined) until a learned one has loaded. */
export interface ModelSlot {
  readonly model: TextModel | undefined;
  /** A mail was triaged: a model that loads after this changes what staff may already see. */
  triaged(): void;
  /** Loads the named model; undefined when a newer request has replaced this one meanwhile. */
  use(ref: ModelFileRef | undefined): Promise<ModelSettled | undefined>;
}

/** The worker's and the in-page engine's slot; `load` is the tests' stand-in for the network. */
export function modelSlot(load: typeof loadLearnedModel = loadLearnedModel): ModelSlot {
  let model: TextModel | undefined;
  let anyTriage = false;
  let latest = 0;
  return {
    get model() {
      return model;
    },
    triaged() {
      anyTriage = true;
    },
    async use(ref) {
      const request = ++latest;
      const loaded: ModelLoad = ref ? await load(ref) : { model: undefined };
      if (request !== latest) return undefined;
      const next = loaded.model;
      const changed = anyTriage && next?.version !== model?.version;
      model = next;
      return { learned: next !== undefined, changed, ...(loaded.notice ? { notice: loaded.notice } : {}) };
    },
  };
}
