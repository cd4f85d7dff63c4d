import type { Config } from "../../core/config/schema";
import { checkCompose, type ComposeCheck, type ComposeRequest } from "./compose-check";
import { triageForPane, type PaneTriage, type TriageRequest } from "./pane-triage";

/** What the pane asks its engine: the triage of a received mail, or the send guard's check of one being written. */
export type EngineWork =
  { kind: "triage"; request: TriageRequest } | { kind: "compose"; request: ComposeRequest };

export type EngineResult = PaneTriage | ComposeCheck;

/** Does one piece of work; the worker and the in-page fallback both run this. */
export function doWork(work: EngineWork, config: Config): EngineResult {
  return work.kind === "triage" ? triageForPane(work.request, config) : checkCompose(work.request, config);
}
