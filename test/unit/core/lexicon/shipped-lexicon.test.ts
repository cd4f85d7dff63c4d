import { readFileSync } from "node:fs";
import { buildAutomaton } from "../../../../src/core/detect/lexicon/automaton";
import { compileLexicon, lexiconPatterns, patternSymbols } from "../../../../src/core/detect/lexicon/compile";
import { shippedLexiconFile } from "../../../../src/core/detect/lexicon/shipped-lexicon";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";

describe("the shipped lexicons, compiled (data/compiled-lexicon.json)", () => {
  it("are up to date with the lexicon files and the pattern rules (run npm run lexicon-stems after changing them)", () => {
    const file = readFileSync("src/core/detect/lexicon/data/compiled-lexicon.json", "utf8");
    expect(file === shippedLexiconFile()).toBe(true);
  });

  it("give the engine the same patterns and transition table as compiling them afresh", () => {
    const compiled = compileLexicon(DEFAULT_DETECTION_SETTINGS);
    const patterns = lexiconPatterns(DEFAULT_DETECTION_SETTINGS);
    expect(compiled.patterns).toEqual(patterns);
    expect(compiled.automaton).toEqual(buildAutomaton(patternSymbols(patterns)));
  });

  it("are not used for a configuration with additions: an admin's own word is compiled in", () => {
    const settings = {
      ...DEFAULT_DETECTION_SETTINGS,
      lexiconAdditions: { helbred: [{ term: "kanalvagtsyndrom", weight: 0.5 }] },
    };
    const compiled = compileLexicon(settings);
    expect(compiled.patterns.map((p) => p.code)).toContain("kanalvagtsyndrom");
    expect(compiled.automaton).toEqual(buildAutomaton(patternSymbols(compiled.patterns)));
  });
});
