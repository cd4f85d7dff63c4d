import { seededRandom } from "../../test/bench/prng";

/** How far a head's stated confidence is from how often it is right. */
export interface CalibrationPoint {
  /** The probability the engine gave its choice (0–1). */
  confidence: number;
  correct: boolean;
}

export const CALIBRATION_BINS = 10;

/**
 * Expected calibration error: the points fall into equal-width bins of confidence; each bin adds its share of the
 * points times the gap between its mean confidence and its accuracy. 0 is perfect; a head that says 90 % and is right
 * 60 % of the time adds 0.3 for those mails.
 */
export function expectedCalibrationError(
  points: readonly CalibrationPoint[],
  bins = CALIBRATION_BINS,
): number {
  if (points.length === 0) return 0;
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const count = new Array<number>(bins).fill(0);
  for (const point of points) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(point.confidence * bins)));
    confidence[bin] = (confidence[bin] ?? 0) + point.confidence;
    correct[bin] = (correct[bin] ?? 0) + (point.correct ? 1 : 0);
    count[bin] = (count[bin] ?? 0) + 1;
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    const n = count[bin] ?? 0;
    if (n > 0) error += Math.abs((confidence[bin] ?? 0) - (correct[bin] ?? 0)) / points.length;
  }
  return error;
}

/** How many seeded draws {@link chanceCalibrationError} averages: enough for a steady third decimal. */
const CHANCE_DRAWS = 200;

/**
 * The ECE a perfectly calibrated head would still score with these confidences: every point is drawn right with the
 * probability it states, and the ECE of those draws is averaged. Binned ECE is biased upwards on small groups (on a
 * set of 100–185 mails the chance level is about 0.05), so a figure should be read against this level, not against
 * zero. Seeded, so every run reports the same level.
 */
export function chanceCalibrationError(confidences: readonly number[], draws = CHANCE_DRAWS): number {
  if (confidences.length === 0) return 0;
  const random = seededRandom(confidences.length);
  let total = 0;
  for (let draw = 0; draw < draws; draw++) {
    total += expectedCalibrationError(
      confidences.map((confidence) => ({ confidence, correct: random() < confidence })),
    );
  }
  return total / draws;
}
