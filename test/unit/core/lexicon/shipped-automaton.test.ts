import { readFileSync } from "node:fs";
import { buildAutomaton } from "../../../../src/core/detect/lexicon/automaton";
import { compileLexicon, patternSymbols } from "../../../../src/core/detect/lexicon/compile";
import { shippedAutomatonFile } from "../../../../src/core/detect/lexicon/shipped-automaton";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";

describe("the shipped lexicons' automaton (data/automaton.json)", () => {
  it("is up to date with the lexicon files and the pattern rules (run npm run lexicon-stems after changing them)", () => {
    const file = readFileSync("src/core/detect/lexicon/data/automaton.json", "utf8");
    expect(file === shippedAutomatonFile()).toBe(true);
  });

  it("gives the engine the same transition table as building the automaton afresh", () => {
    const compiled = compileLexicon(DEFAULT_DETECTION_SETTINGS);
    expect(compiled.automaton).toEqual(buildAutomaton(patternSymbols(compiled.patterns)));
  });

  it("is not used for a configuration with additions: an admin's own word is found", () => {
    const compiled = compileLexicon({
      ...DEFAULT_DETECTION_SETTINGS,
      lexiconAdditions: { helbred: [{ term: "kanalvagtsyndrom", weight: 0.5 }] },
    });
    expect(compiled.automaton).toEqual(buildAutomaton(patternSymbols(compiled.patterns)));
  });
});
