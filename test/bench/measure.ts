/** Median and 90th percentile of a series, in milliseconds per run. */
export interface Spread {
  median: number;
  p90: number;
}

/**
 * One measured series. CPU time (user + system of the whole process, so garbage collection on helper threads counts
 * too) is what the targets are judged on: on a machine shared with other work, wall time also counts the time the
 * scheduler gave to others. Both are reported, so a loaded machine shows up as wall time well above CPU time.
 */
export interface Timing {
  wall: Spread;
  cpu: Spread;
  /** Runs measured (after warm-up). */
  runs: number;
}

export interface Budget {
  warmup: number;
  /** Samples at least; a sample is a batch of runs lasting about SAMPLE_MS, so fast runs are timed in bulk. */
  minSamples: number;
  /** Keep sampling until this much wall time has passed. */
  budgetMs: number;
}

/** process.cpuUsage() counts microseconds; a sample this long keeps its rounding under 0.1 %. */
const SAMPLE_MS = 2;
const MAX_SAMPLES = 5_000;

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9) };
}

export function time(run: (iteration: number) => unknown, budget: Budget): Timing {
  let iteration = 0;
  for (; iteration < budget.warmup; iteration++) run(iteration);
  const probeStart = performance.now();
  run(iteration++);
  const probe = performance.now() - probeStart;
  const batch = Math.max(1, Math.min(1_000, Math.floor(SAMPLE_MS / Math.max(probe, 0.0001))));
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (wall.length < budget.minSamples || performance.now() - started < budget.budgetMs) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (let k = 0; k < batch; k++) run(iteration++);
    const wallMs = performance.now() - wallBefore;
    const used = process.cpuUsage(cpuBefore);
    wall.push(wallMs / batch);
    cpu.push((used.user + used.system) / 1000 / batch);
    if (wall.length >= MAX_SAMPLES) break;
  }
  return { wall: spread(wall), cpu: spread(cpu), runs: wall.length * batch };
}

/** Warm-up and sample counts by input size: small inputs get many runs, 10 MB a handful so a slow machine finishes. */
export function budgetFor(bytes: number): Budget {
  if (bytes < 64 * 1024) return { warmup: 300, minSamples: 200, budgetMs: 1500 };
  if (bytes < 2 * 1024 * 1024) return { warmup: 5, minSamples: 21, budgetMs: 1500 };
  return { warmup: 3, minSamples: 9, budgetMs: 0 };
}

/**
 * Baseline 1, the yardstick the speed target is set against: one regex pass over the text that finds every run of digits. It reads every character
 * but understands none, so it is a floor no detector can reach.
 */
export function digitRunPass(text: string): number {
  const pattern = /\d+/g;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

/**
 * Baseline 2, fairer: lower-case the text and split it into words. An engine that looks for words has to do at
 * least this much, so the ratio against it says how much the detection itself costs.
 */
export function wordSplitPass(text: string): number {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
}
