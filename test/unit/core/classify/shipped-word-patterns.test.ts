import { readFileSync } from "node:fs";
import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import { patternWords, wordsOf } from "../../../../src/core/classify/pattern-words";
import { shippedWordPatternsFile } from "../../../../src/core/classify/shipped-word-patterns";
import { configuredWordPatterns } from "../../../../src/core/classify/signals";

describe("the bundled configuration's word patterns, worked out (compiled-word-patterns.json)", () => {
  it("are up to date with default-config.json and the splitting rules (run npm run word-patterns after changing them)", () => {
    const file = readFileSync("src/core/classify/compiled-word-patterns.json", "utf8");
    expect(file === shippedWordPatternsFile()).toBe(true);
  });

  it("give the classifier the same words as working every pattern out afresh", () => {
    const patterns = configuredWordPatterns(DEFAULT_CONFIG);
    expect(patterns.length).toBeGreaterThan(1000);
    expect(patterns.map(wordsOf)).toEqual(patterns.map(patternWords));
    expect(wordsOf("*skrald*")).toEqual([
      { core: "skrald", anyBefore: true, anyAfter: true, maySlip: false },
    ]);
  });

  it("leave a pattern an admin adds to be worked out when used", () => {
    expect(wordsOf("kanalvagtsordning*")).toEqual([
      { core: "kanalvagtsordning", anyBefore: false, anyAfter: true, maySlip: true },
    ]);
    expect(wordsOf("J.nr. 12*")).toEqual(patternWords("J.nr. 12*"));
  });
});
