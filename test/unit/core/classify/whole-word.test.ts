import fc from "fast-check";
import { firstMarker, hasWholeWord } from "../../../../src/core/classify/whole-word";

/** The regular expression each marker used to be compiled to, as the reference. */
function byRegex(text: string, marker: string): boolean {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

// Letters, digits and marks of several scripts, characters outside the BMP (a letter and an emoji) and the halves
// of one, punctuation.
const character = fc.constantFrom(
  ..."AaSsIiFf/.& -1٣éÆø\u0301".split(""),
  "\u{1D400}",
  "\u{1F600}",
  "\uD835",
  "\uDC00",
  "A/S",
  "IF",
);
const text = fc.array(character, { maxLength: 16 }).map((parts) => parts.join(""));
const marker = fc.array(character, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

describe("a company or club marker as a whole word", () => {
  it("is found exactly where the regular expression with Unicode word edges finds it", () => {
    fc.assert(
      fc.property(text, marker, (t, m) => {
        expect(hasWholeWord(t, m)).toBe(byRegex(t, m));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps case and word edges: the marker, not the letters inside a word", () => {
    expect(hasWholeWord("Byg & Anlæg A/S", "A/S")).toBe(true);
    expect(hasWholeWord("IFØLGE aftalen", "IF")).toBe(false);
    expect(hasWholeWord("Nyborg if", "IF")).toBe(false);
    expect(hasWholeWord("Ørbæk IF, fodbold", "IF")).toBe(true);
  });

  it("names the first marker in the configured order that any text holds", () => {
    expect(firstMarker(["ApS", "A/S", "IVS"], ["Hansen IVS", "Jensen A/S"])).toBe("A/S");
    expect(firstMarker(["ApS"], ["Hansen", "Jensen"])).toBeUndefined();
  });
});
