/**
 * Percentiles of durations in fixed memory: a log-scale histogram. Bin 0 holds everything under one minute; above,
 * each bin is 2 % wider than the one before, up to two years (about 700 bins in all). A percentile is read as the
 * geometric middle of its bin, so it is within 1 % of the exact value (or under one minute for the first bin),
 * however many durations went in. The rank rule is nearest-rank: the p-th percentile of n values is the
 * ceil(p·n)-th smallest.
 */
const MINUTE_MS = 60_000;
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
const MAX_MS = 2 * 366 * 86_400_000;
const BINS = 2 + Math.ceil(Math.log(MAX_MS / MINUTE_MS) / LOG_GROWTH);

function binOf(durationMs: number): number {
  if (durationMs < MINUTE_MS) return 0;
  const bin = 1 + Math.floor(Math.log(durationMs / MINUTE_MS) / LOG_GROWTH);
  return Math.min(bin, BINS - 1);
}

/** The value a bin stands for: the geometric middle of its edges. */
function valueOf(bin: number): number {
  if (bin === 0) return MINUTE_MS / 2;
  return MINUTE_MS * GROWTH ** (bin - 1) * Math.sqrt(GROWTH);
}

export class DurationHistogram {
  private readonly counts = new Uint32Array(BINS);
  private total = 0;

  add(durationMs: number): void {
    if (!Number.isFinite(durationMs) || durationMs < 0) return;
    const bin = binOf(durationMs);
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    this.total++;
  }

  /** Adds another histogram's durations, as if they had been added here: percentiles of the union stay exact to 1 %. */
  merge(other: DurationHistogram): void {
    other.counts.forEach((count, bin) => {
      this.counts[bin] = (this.counts[bin] ?? 0) + count;
    });
    this.total += other.total;
  }

  get count(): number {
    return this.total;
  }

  /** The p-th percentile (0 < p ≤ 1) in milliseconds, or undefined when nothing was added. */
  percentile(p: number): number | undefined {
    if (this.total === 0) return undefined;
    const rank = Math.max(1, Math.ceil(p * this.total));
    let seen = 0;
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.counts[bin] ?? 0;
      if (seen >= rank) return valueOf(bin);
    }
    return valueOf(BINS - 1);
  }
}
