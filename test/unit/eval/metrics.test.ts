import { Confusion, Tally } from "../../../src/core/learn/metrics";

describe("eval metrics", () => {
  it("scores CPR numbers one by one: found against labelled", () => {
    const tally = new Tally();
    tally.addSets(new Set(["0101901234", "0202802345"]), new Set(["0101901234", "0303703456"]));
    tally.addSets(new Set(), new Set(["0404604567"]));
    expect([tally.tp, tally.fp, tally.fn]).toEqual([1, 1, 2]);
    expect(tally.precision).toBe(0.5);
    expect(tally.recall).toBeCloseTo(1 / 3);
    expect(tally.f1).toBeCloseTo(0.4);
  });

  it("counts nothing found and nothing labelled as perfect, not as zero", () => {
    const tally = new Tally();
    tally.add(false, false);
    expect([tally.precision, tally.recall]).toEqual([1, 1]);
  });

  it("gives accuracy and macro-F1 over the classes that occur", () => {
    const confusion = new Confusion(["sag", "generel", "booking"] as const);
    confusion.add("sag", "sag");
    confusion.add("sag", "generel");
    confusion.add("generel", "generel");
    confusion.add("generel", "generel");
    expect(confusion.accuracy).toBe(0.75);
    // sag: P 1, R 0.5, F1 2/3; generel: P 2/3, R 1, F1 0.8; booking never occurs and is left out.
    expect(confusion.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(confusion.count("sag", "generel")).toBe(1);
  });
});
