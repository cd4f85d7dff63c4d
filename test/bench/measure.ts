export interface Timing {
  medianMs: number;
  runs: number;
}

/**
 * Median wall time of `run` over a warmed-up series. Small inputs get many runs (stopping at `budgetMs`), large
 * ones at least `minRuns`, so a slow machine still finishes.
 */
export function time(
  run: (iteration: number) => void,
  options: { warmup: number; minRuns: number; budgetMs: number },
): Timing {
  for (let i = 0; i < options.warmup; i++) run(i);
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < options.minRuns || performance.now() - started < options.budgetMs) {
    const before = performance.now();
    run(samples.length);
    samples.push(performance.now() - before);
    if (samples.length >= 100_000) break;
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)] ?? 0, runs: samples.length };
}

/** The baseline the issue names: one regex pass over the text that finds every run of digits. */
export function digitRunBaseline(text: string): number {
  const pattern = /\d+/g;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}
