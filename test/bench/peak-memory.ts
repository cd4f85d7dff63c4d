import { readFileSync, writeFileSync } from "node:fs";

/**
 * A process's peak resident memory over a stretch of work, from Linux's /proc: writing 5 to clear_refs resets the
 * high-water mark (VmHWM) to what the process holds now, so the peak that follows is the work's own and not that of
 * whatever ran before it (building the input, loading a library). Undefined where /proc is missing (macOS).
 */
export function startPeak(pid: number | "self"): number | undefined {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return statusKb(pid, "VmRSS");
  } catch {
    return undefined;
  }
}

/** How far the peak rose, in MB, above the resident memory at `startPeak`. */
export function peakRiseMb(pid: number | "self", startKb: number): number {
  return Math.max(0, (statusKb(pid, "VmHWM") ?? startKb) - startKb) / 1024;
}

function statusKb(pid: number | "self", field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) : undefined;
}
