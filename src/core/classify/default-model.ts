import type { TextModel } from "./model";
import trained from "./model.json";

/** The model `npm run train` wrote; shipped with the add-in. */
export const DEFAULT_MODEL: TextModel = trained;
