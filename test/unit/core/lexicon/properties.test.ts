import fc from "fast-check";
import { detectCategories } from "../../../../src/core/detect/categories";
import { BASE_CATEGORY_LEXICONS } from "../../../../src/core/detect/lexicon/data";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import type { CategoryKind } from "../../../../src/core/taxonomy";

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

/** Every term of the shipped category lexicons (all languages), with its category. */
const LEXICON_TERMS = Object.values(BASE_CATEGORY_LEXICONS).flatMap((lexicon) =>
  Object.values(lexicon.terms).flatMap((terms) =>
    terms.filter((t) => t.weight > 0).map((t) => ({ kind: lexicon.kind, term: t.term })),
  ),
);

const asWritten = (term: string): string => term;
const capitalised = (term: string): string => term.charAt(0).toUpperCase() + term.slice(1);
const upperCase = (term: string): string => term.toUpperCase();

interface PlacedTerm {
  kind: CategoryKind;
  written: string;
  start: number;
  end: number;
}

/** A piece of a sentence: an everyday word, a little harmless noise, or a lexicon term written one of three ways. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EVERYDAY).map((word) => ({ word })) },
  { weight: 1, arbitrary: harmlessText.map((noise) => ({ word: noise.slice(0, 16) })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        entry: fc.constantFrom(...LEXICON_TERMS),
        write: fc.constantFrom(asWritten, capitalised, upperCase),
      })
      .map(({ entry, write }) => ({ word: write(entry.term), kind: entry.kind })),
  },
);

/**
 * A mail of a few paragraphs: everyday words and noise with real lexicon terms among them, at least one, and where
 * each term stands. Pieces are joined by spaces, so a term is always a word of its own; a paragraph stays under the
 * scanner's longest sentence, which would cut a phrase in two.
 */
const mailOfTerms = fc
  .array(fc.array(piece, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 })
  .filter((paragraphs) => paragraphs.some((pieces) => pieces.some((p) => "kind" in p)))
  .map((paragraphs) => {
    let text = "";
    const placed: PlacedTerm[] = [];
    paragraphs.forEach((pieces, n) => {
      if (n > 0) text += "\n\n";
      pieces.forEach((p, k) => {
        if (k > 0) text += " ";
        if ("kind" in p) {
          placed.push({
            kind: p.kind,
            written: p.word,
            start: text.length,
            end: text.length + p.word.length,
          });
        }
        text += p.word;
      });
    });
    return { text, placed };
  });

describe("detectCategories properties", () => {
  it("finds nothing, not even a weak candidate, in text made of letters no term uses", () => {
    fc.assert(fc.property(harmlessText, (text) => detectCategories(text, "body", ANYTHING).length === 0));
  });

  it("finds nothing in everyday mail words, cues and general questions included", () => {
    fc.assert(fc.property(everydayText, (text) => detectCategories(text, "body").length === 0));
  });

  it("never throws on arbitrary text, and every finding lies inside it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        for (const f of detectCategories(text, "body", ANYTHING)) {
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
          expect(f.confidence >= 0 && f.confidence <= 1).toBe(true);
        }
      }),
    );
  });

  it("finds every category term placed among everyday words, and every finding points at the text it names", () => {
    fc.assert(
      fc.property(mailOfTerms, ({ text, placed }) => {
        const findings = detectCategories(text, "body", ANYTHING);
        for (const term of placed) {
          // The category's finding in the term's sentence spans the term.
          const found = findings.some(
            (f) => f.kind === term.kind && f.start <= term.start && term.end <= f.end,
          );
          if (!found)
            throw new Error(`"${term.written}" (${term.kind}) not found in ${JSON.stringify(text)}`);
        }
        for (const f of findings) {
          const span = text.slice(f.start, f.end);
          const words = f.value.split(", ");
          // The span begins with the first word the finding names and ends with one of them: no more, no less.
          expect(span.startsWith(words[0] ?? "")).toBe(true);
          expect(words.some((word) => span.endsWith(word))).toBe(true);
          // Everyday words and noise name no category: every finding stands on a placed term ("vold" inside
          // "vold i hjemmet" is a finding of its own).
          expect(placed.some((term) => f.start < term.end && term.start < f.end)).toBe(true);
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
