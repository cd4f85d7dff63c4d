import { fetchConfigFile } from "../../office/addin-config-file";
import { browserConfigCache } from "../config/config-cache";
import { configuredEngine } from "../config/configured-engine";
import { startPaneConfig, validateConfigText } from "../config/pane-config";
import { markStep, recordWarmUp } from "../timings";
import { loadDateFormatting } from "./date-formatting";
import { createTriageEngine } from "./spawn-worker";

/**
 * The pane's one engine, started as a side effect of the first import of the pane's entry: the worker then loads
 * and warms up, and the add-in's kanalvagt-config.json (and the learned model it names) is fetched, while React, Fluent UI and Office.js are still
 * starting.
 */
export const paneEngine = configuredEngine(
  createTriageEngine(recordWarmUp),
  startPaneConfig({
    fetched: fetchConfigFile(window.location.href),
    cache: browserConfigCache(),
    validate: validateConfigText,
  }),
  window.location.href,
);
loadDateFormatting();
void paneEngine.settled.then(() => markStep("config-checked"));
void paneEngine.model.then(() => markStep("model-settled"));
