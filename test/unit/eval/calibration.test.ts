import { chanceCalibrationError, expectedCalibrationError } from "../../../scripts/eval/calibration";
import { seededRandom } from "../../bench/prng";

/** Confidences spread over 0.3–1, as a head's stated confidences are. */
function confidences(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => 0.3 + 0.7 * random());
}

describe("expected calibration error", () => {
  it("is the share-weighted gap between confidence and accuracy", () => {
    const sure = Array.from({ length: 10 }, (_, i) => ({ confidence: 0.9, correct: i < 6 }));
    expect(expectedCalibrationError(sure)).toBeCloseTo(0.3, 10);
  });

  it("is zero for a head that is right exactly as often as it says", () => {
    const points = Array.from({ length: 8 }, (_, i) => ({ confidence: 0.75, correct: i % 4 !== 0 }));
    expect(expectedCalibrationError(points)).toBe(0);
  });
});

describe("chance level of the calibration error", () => {
  it("is what a set of a LOBO set's size scores even when perfectly calibrated", () => {
    const level = chanceCalibrationError(confidences(150, 1));
    expect(level).toBeGreaterThan(0.03);
    expect(level).toBeLessThan(0.08);
  });

  it("falls as the group grows, so a big pooled group is held to near zero", () => {
    const small = chanceCalibrationError(confidences(150, 2));
    const large = chanceCalibrationError(confidences(5000, 2));
    expect(large).toBeLessThan(small / 3);
    expect(large).toBeLessThan(0.015);
  });

  it("reports the same level on every run", () => {
    const group = confidences(120, 3);
    expect(chanceCalibrationError(group)).toBe(chanceCalibrationError(group));
  });
});
