import type { PaneTriage, TriageRequest } from "./pane-triage";

/** From the pane to the triage worker. */
export interface TriageJob {
  id: number;
  request: TriageRequest;
}

/** From the triage worker to the pane: the result, or why there is none (never mail content). */
export type TriageAnswer =
  { id: number; ok: true; result: PaneTriage } | { id: number; ok: false; error: string };

/** The worker says it has loaded and warmed the engine. */
export interface WorkerReady {
  ready: true;
  /** How long loading the configuration and the first (warm-up) triage took, in ms. */
  warmUpMs: number;
}
