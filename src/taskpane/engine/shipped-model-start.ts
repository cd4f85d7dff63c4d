import { loadShippedModel } from "./shipped-model";
import { SHIPPED_MODEL_FILE } from "./shipped-model-file";

/**
 * The shipped model's load, started when the worker's script is evaluated: the request goes out while the rest of
 * the engine is still being set up and the lexicons compiled, which takes longer than fetching and parsing the file.
 */
export const shippedModelLoad = loadShippedModel(SHIPPED_MODEL_FILE);
