import { leaveOneBatchOut } from "../../../scripts/eval/batches";
import { expectedCalibrationError } from "../../../scripts/eval/calibration";

describe("leave-one-batch-out splits", () => {
  const mails = ["a1", "a2", "b1", "c1", "c2", "c3", "d1"].map((name) => ({ set: name[0] ?? "", name }));

  it("leaves each set out once, found from the mails, and never trains on a mail of the set left out", () => {
    const splits = leaveOneBatchOut(mails);
    expect(splits.map((split) => split.set)).toEqual(["a", "b", "c", "d"]);
    for (const split of splits) {
      expect(split.test.every((mail) => mail.set === split.set)).toBe(true);
      expect(split.training.some((mail) => mail.set === split.set)).toBe(false);
      expect(split.training.length + split.test.length).toBe(mails.length);
    }
    expect(splits.find((split) => split.set === "c")?.test.map((mail) => mail.name)).toEqual([
      "c1",
      "c2",
      "c3",
    ]);
  });
});

describe("expected calibration error", () => {
  it("is 0 when each bin is right as often as it says", () => {
    const points = [
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.9, correct: i < 9 })),
      ...Array.from({ length: 4 }, (_, i) => ({ confidence: 0.5, correct: i < 2 })),
    ];
    expect(expectedCalibrationError(points)).toBeCloseTo(0);
  });

  it("weighs each bin's gap by its share of the mails", () => {
    // 3 mails said 90 % and were all wrong (gap 0.9), 1 said 30 % and was right (gap 0.7).
    const points = [
      { confidence: 0.9, correct: false },
      { confidence: 0.9, correct: false },
      { confidence: 0.9, correct: false },
      { confidence: 0.3, correct: true },
    ];
    expect(expectedCalibrationError(points)).toBeCloseTo((3 / 4) * 0.9 + (1 / 4) * 0.7);
  });

  it("puts a confidence of exactly 1 in the top bin", () => {
    expect(expectedCalibrationError([{ confidence: 1, correct: true }])).toBeCloseTo(0);
  });
});
