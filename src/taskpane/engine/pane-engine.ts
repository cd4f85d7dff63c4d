import { recordWarmUp } from "../timings";
import { createTriageEngine } from "./spawn-worker";

/**
 * The pane's one engine, started as a side effect of the first import of the pane's entry: the worker then loads
 * and warms up while React, Fluent UI and Office.js are still starting.
 */
export const paneEngine = createTriageEngine(recordWarmUp);
