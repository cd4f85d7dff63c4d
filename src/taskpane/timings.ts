/**
 * How fast the pane is, measured with the User Timing API and kept on window.__kanalvagtTimings for the browser test
 * (and for anyone curious, in the developer tools' Performance panel). Holds durations only, never mail content.
 */
export interface PaneTimings {
  /** From Office.onReady to the first mail's triage on screen. */
  readyToFirstTriageMs?: number;
  /** From each selection (the first, then every ItemChanged) to its triage on screen. */
  selectionToTriageMs: number[];
  /** For each mail with attachments: from its first verdict on screen to the attachments' verdict on screen. */
  triageToAttachmentsMs: number[];
  /** How long the triage worker took to load and warm up. */
  workerWarmUpMs?: number;
}

const READY = "kanalvagt:office-ready";
const SELECTED = "kanalvagt:selected";
const SHOWN = "kanalvagt:triage-shown";
const ATTACHMENTS_SHOWN = "kanalvagt:attachments-shown";

declare global {
  interface Window {
    __kanalvagtTimings?: PaneTimings;
  }
}

/** Old webviews (and jsdom) lack the User Timing API; the pane then works without measuring. */
function canMeasure(): boolean {
  return typeof performance !== "undefined" && typeof performance.mark === "function";
}

function timings(): PaneTimings {
  window.__kanalvagtTimings ??= { selectionToTriageMs: [], triageToAttachmentsMs: [] };
  return window.__kanalvagtTimings;
}

function measure(name: string, from: string, to: string): number {
  return performance.measure(name, from, to).duration;
}

export function markOfficeReady(): void {
  if (!canMeasure()) return;
  timings();
  performance.mark(READY);
}

export function markSelected(): void {
  if (canMeasure()) performance.mark(SELECTED);
}

/** A step on the way (mail read, triage done), visible in the developer tools' Performance panel. */
export function markStep(
  step:
    | "mail-read"
    | "triaged"
    | "attachments-triaged"
    | "worker-spawned"
    | "worker-warm"
    | "config-checked"
    | "model-settled",
): void {
  if (canMeasure()) performance.mark(`kanalvagt:${step}`);
}

/** Call once the triage is on screen (after React committed it and the browser painted). */
export function markTriageShown(): void {
  if (!canMeasure() || performance.getEntriesByName(SELECTED, "mark").length === 0) return;
  performance.mark(SHOWN);
  const t = timings();
  t.selectionToTriageMs.push(Math.round(measure("kanalvagt:selection-to-triage", SELECTED, SHOWN)));
  if (t.readyToFirstTriageMs === undefined && performance.getEntriesByName(READY, "mark").length > 0) {
    t.readyToFirstTriageMs = Math.round(measure("kanalvagt:ready-to-first-triage", READY, SHOWN));
  }
  // Only the latest selection counts; the next one measures from its own mark.
  performance.clearMarks(SELECTED);
}

/** Call once the verdict with the attachments' content is on screen; measured from the first verdict shown. */
export function markAttachmentsShown(): void {
  if (!canMeasure() || performance.getEntriesByName(SHOWN, "mark").length === 0) return;
  performance.mark(ATTACHMENTS_SHOWN);
  const ms = measure("kanalvagt:triage-to-attachments", SHOWN, ATTACHMENTS_SHOWN);
  timings().triageToAttachmentsMs.push(Math.round(ms));
}

export function recordWarmUp(ms: number): void {
  if (canMeasure()) timings().workerWarmUpMs = Math.round(ms);
}
