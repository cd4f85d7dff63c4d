import { softmax } from "../../../src/core/classify/model";
import { fitCalibration, type CalibrationRow } from "../../../scripts/lib/calibration-fit";

/** A small seeded generator, so the mails drawn are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Mails whose true labels are drawn from the given calibration of their scores. */
function drawn(count: number, truth: { model: number; rules: number; shift: number[] }): CalibrationRow[] {
  const next = random(7);
  return Array.from({ length: count }, () => {
    const model = truth.shift.map(() => 6 * next() - 3);
    const rules = truth.shift.map(() => (next() < 0.2 ? 3 : 0));
    const p = softmax(
      model.map((m, c) => truth.model * m + truth.rules * (rules[c] ?? 0) + (truth.shift[c] ?? 0)),
    );
    let u = next();
    const y = Math.max(
      0,
      p.findIndex((q) => (u -= q) < 0),
    );
    return { model, rules, y };
  });
}

describe("fitting a head's calibration on out-of-fold scores", () => {
  it("finds the factors and shifts the labels were drawn with", () => {
    const truth = { model: 2, rules: 0.5, shift: [0.8, 0, -0.8] };
    const fitted = fitCalibration(drawn(4000, truth), 3);
    // Only differences between shifts matter to softmax; the prior centres them on 0.
    expect(Math.abs((fitted.shift[0] ?? 0) - (fitted.shift[2] ?? 0) - 1.6)).toBeLessThan(0.3);
    expect(Math.abs(fitted.model - truth.model)).toBeLessThan(0.2);
    expect(Math.abs(fitted.rules - truth.rules)).toBeLessThan(0.2);
  });

  it("leaves scores that are calibrated already as they are", () => {
    const fitted = fitCalibration(drawn(4000, { model: 1, rules: 1, shift: [0, 0, 0] }), 3);
    expect(Math.abs(fitted.model - 1)).toBeLessThan(0.1);
    expect(Math.abs(fitted.rules - 1)).toBeLessThan(0.2);
    for (const shift of fitted.shift) expect(Math.abs(shift)).toBeLessThan(0.15);
  });

  it("keeps the rules' factor at 1 for a head whose rules never push", () => {
    const rows = drawn(1000, { model: 0.5, rules: 1, shift: [0, 0, 0] }).map((row) => ({
      ...row,
      rules: [0, 0, 0],
    }));
    expect(fitCalibration(rows, 3).rules).toBe(1);
  });
});
