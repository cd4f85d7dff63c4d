import type { Config } from "../../core/config/schema";
import type { EngineResult, EngineWork } from "./engine-work";

/** From the pane to the triage worker. */
export type TriageJob = { id: number } & EngineWork;

/**
 * From the pane to the triage worker: the jobs after this use this configuration (the add-in's own file, checked by
 * the pane), or the bundled default when it is undefined.
 */
export interface ConfigUpdate {
  config: Config | undefined;
}

/** From the triage worker to the pane: the result, or why there is none (never mail content). */
export type TriageAnswer =
  { id: number; ok: true; result: EngineResult } | { id: number; ok: false; error: string };

/** The worker says it has loaded and warmed the engine. */
export interface WorkerReady {
  ready: true;
  /** How long loading the configuration and the first (warm-up) triage took, in ms. */
  warmUpMs: number;
}
