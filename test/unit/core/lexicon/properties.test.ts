import fc from "fast-check";
import { detectCategories } from "../../../../src/core/detect/categories";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";

const ANYTHING = { ...DEFAULT_DETECTION_SETTINGS, threshold: 0 };

/** Letters no lexicon term is made of only, with digits, punctuation and line breaks. */
const harmlessText = fc.string({
  unit: fc.constantFrom(..."qxzwvyk QXZ0123456789,.;:!?-\n\t".split("")),
  maxLength: 400,
});

/** Everyday words of citizens' mail, cues among them, but no word of any category. */
const EVERYDAY = [
  "jeg",
  "min",
  "vores",
  "søn",
  "datter",
  "har",
  "fået",
  "hvordan",
  "hvornår",
  "kan",
  "man",
  "skraldespanden",
  "ved",
  "vejen",
  "blev",
  "ikke",
  "tømt",
  "tak",
  "for",
  "svaret",
  "parkering",
  "cykel",
  "mandag",
  "og",
  "i",
  "på",
  "det",
  "er",
  "kommunen",
  "bibliotek",
  "åbningstider",
  "byggetilladelse",
  "carport",
  "?",
  ".",
  ",",
  "\n",
];
const everydayText = fc
  .array(fc.constantFrom(...EVERYDAY), { maxLength: 120 })
  .map((words) => words.join(" "));

describe("detectCategories properties", () => {
  it("finds nothing, not even a weak candidate, in text made of letters no term uses", () => {
    fc.assert(fc.property(harmlessText, (text) => detectCategories(text, "body", ANYTHING).length === 0));
  });

  it("finds nothing in everyday mail words, cues and general questions included", () => {
    fc.assert(fc.property(everydayText, (text) => detectCategories(text, "body").length === 0));
  });

  it("never throws on arbitrary text, and every finding points at the text it names", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        for (const f of detectCategories(text, "body", ANYTHING)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          for (const word of f.value.split(", ")) expect(text.slice(f.start, f.end)).toContain(word);
        }
      }),
    );
  });

  it("still finds a disclosure wherever it stands in everyday text", () => {
    const disclosure = "Min søn har fået diagnosen ADHD.";
    fc.assert(
      fc.property(everydayText, everydayText, (before, after) => {
        const text = `${before}\n\n${disclosure}\n\n${after}`;
        const found = detectCategories(text, "body").filter((f) => f.kind === "helbred");
        expect(found.map((f) => text.slice(f.start, f.end))).toContain("diagnosen ADHD");
      }),
    );
  });
});
