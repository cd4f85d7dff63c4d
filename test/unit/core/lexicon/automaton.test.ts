import fc from "fast-check";
import { buildAutomaton, type Automaton } from "../../../../src/core/detect/lexicon/automaton";
import { SYMBOL_COUNT } from "../../../../src/core/detect/lexicon/fold";

/** Every pattern that ends at each position of the text, as the scanner reads them off the automaton. */
function matchesOf(
  { delta, firstOutputRow, outputStart, outputs }: Automaton,
  text: readonly number[],
): string[] {
  const found: string[] = [];
  let row = 0;
  text.forEach((symbol, end) => {
    row = delta[row + symbol] ?? 0;
    if (row < firstOutputRow) return;
    const o = (row - firstOutputRow) / SYMBOL_COUNT;
    for (let k = outputStart[o] ?? 0; k < (outputStart[o + 1] ?? 0); k++) found.push(`${outputs[k]}@${end}`);
  });
  return found.sort();
}

/** The same, by comparing every pattern with the text at every position. */
function matchesByHand(patterns: readonly number[][], text: readonly number[]): string[] {
  const found: string[] = [];
  text.forEach((_, end) => {
    patterns.forEach((pattern, index) => {
      const start = end + 1 - pattern.length;
      if (start >= 0 && pattern.every((symbol, i) => text[start + i] === symbol))
        found.push(`${index}@${end}`);
    });
  });
  return found.sort();
}

// A few symbols only, so patterns share prefixes and suffixes and overlap in the text: the failure links' cases.
const symbol = fc.integer({ min: 0, max: 3 }).map((s) => s * 12);
const pattern = fc.array(symbol, { minLength: 1, maxLength: 6 });

describe("the lexicon automaton", () => {
  it("finds exactly the patterns that end at each position, overlapping and repeated ones too", () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 12 }),
        fc.array(symbol, { maxLength: 60 }),
        (patterns, text) => {
          const automaton = buildAutomaton(patterns.map((p) => Uint8Array.from(p)));
          expect(matchesOf(automaton, text)).toEqual(matchesByHand(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("puts every state with an output after those without, so one comparison tells the scanner", () => {
    const automaton = buildAutomaton([Uint8Array.of(1, 2), Uint8Array.of(2), Uint8Array.of(3, 4, 5)]);
    // States: root, 1, 1·2, 2, 3, 3·4, 3·4·5. With outputs: 1·2 and 2 (pattern 1 ends there) and 3·4·5.
    expect(automaton.firstOutputRow).toBe(4 * SYMBOL_COUNT);
    expect(automaton.delta.length).toBe(7 * SYMBOL_COUNT);
    expect(Array.from(automaton.outputs).sort()).toEqual([0, 1, 1, 2]);
  });
});
