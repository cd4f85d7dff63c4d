import fc from "fast-check";
import { DurationHistogram } from "../../../../src/core/stats/duration-histogram";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function exactPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1] ?? Number.NaN;
}

describe("DurationHistogram", () => {
  it("has no percentile before anything is added", () => {
    expect(new DurationHistogram().percentile(0.5)).toBeUndefined();
  });

  it("gives median and 90th percentile of known durations within 1 %", () => {
    const histogram = new DurationHistogram();
    // 1..10 hours: nearest-rank median is 5 h, 90th percentile 9 h.
    for (let h = 1; h <= 10; h++) histogram.add(h * HOUR);
    expect(histogram.count).toBe(10);
    expect(histogram.percentile(0.5)! / HOUR).toBeCloseTo(5, 1);
    expect(Math.abs(histogram.percentile(0.5)! / (5 * HOUR) - 1)).toBeLessThan(0.01);
    expect(Math.abs(histogram.percentile(0.9)! / (9 * HOUR) - 1)).toBeLessThan(0.01);
  });

  it("puts everything under a minute in one bin", () => {
    const histogram = new DurationHistogram();
    histogram.add(0);
    histogram.add(59_000);
    expect(histogram.percentile(1)).toBeLessThan(MINUTE);
  });

  it("ignores durations that are not durations", () => {
    const histogram = new DurationHistogram();
    histogram.add(Number.NaN);
    histogram.add(-5);
    expect(histogram.count).toBe(0);
  });

  it("any percentile is within 1 % (or a minute) of the exact nearest-rank value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 * 24 * HOUR }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (values, p) => {
          const histogram = new DurationHistogram();
          for (const v of values) histogram.add(v);
          const exact = exactPercentile(values, p);
          const approx = histogram.percentile(p)!;
          return exact < MINUTE ? approx < MINUTE : Math.abs(approx / exact - 1) <= 0.0101;
        },
      ),
    );
  });
});
