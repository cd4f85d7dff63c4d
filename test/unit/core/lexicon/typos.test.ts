// The sensitive-data lexicon read with one slip of the finger (issue 10): a long, strong term typed with a letter
// dropped, added, changed or swapped still counts; weak or short terms, names and everyday words one
// letter from a term do not.
import fc from "fast-check";
import { analyse } from "../../../../src/core/analyse";
import { detectCategories } from "../../../../src/core/detect/categories";
import { lexiconFor } from "../../../../src/core/detect/lexicon/compile";
import { foldText } from "../../../../src/core/detect/lexicon/fold";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import { emptyMail } from "../../../../src/core/mail";
import { SLIP_KINDS, slipped } from "../../../support/slip";

const kinds = (text: string) => detectCategories(text, "body", DEFAULT_DETECTION_SETTINGS).map((f) => f.kind);

describe("category terms with a slip of the finger", () => {
  it.each([
    ["Min mor har diabtes og skal have hjælp.", "helbred"],
    ["Min far har alzhiemer.", "helbred"],
    ["Jeg har fibromylagi.", "helbred"],
    ["Min søn har epilespi og må ikke cykle alene.", "helbred"],
    ["Min far fik en blodpro i sidste uge.", "helbred"],
    ["My daughter has epilepys.", "helbred"],
    ["Meine Mutter hatte einen Schlaganfll.", "helbred"],
    ["Min bror er prøveløsldt.", "strafbare_forhold"],
    ["Jeg er homoskesuel og vil gerne tale med en rådgiver.", "seksuel"],
  ])("finds %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  // A shorter entry matching the start of the word ("syg", "angst") must not stop the longer term being read.
  it.each([
    ["Jeg er sygemledt fra i dag.", "sygemeldt"],
    ["Jeg er sygemedlt fra i dag.", "sygemeldt"],
    ["Jeg får angstanfadl om natten.", "angstanfald"],
  ])("reads %s as the longer term behind a short one at its start", (text, term) => {
    const [finding] = detectCategories(text, "body", DEFAULT_DETECTION_SETTINGS);
    expect(finding?.reasons).toContain(`lexicon.term:${term}`);
  });

  it.each([
    "Vi har sygeplejersker på skolen hver tirsdag.",
    // "alkohol" as written, not the English "alcohol(ic)" with a slip.
    "Vi søger om alkoholbevilling til vores nye restaurant.",
    // "voldsom" (severe) begins with "vold" and is one letter from "voldsdom": an everyday word, excluded.
    "Min datter fik en voldsom reaktion, og hun har det bedre nu.",
  ])("does not read %s, a compound of a shorter entry, as a longer term", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("reads the slipped word as the term it was meant to be, in the reasons", () => {
    const [finding] = detectCategories("Min mor har diabtes.", "body", DEFAULT_DETECTION_SETTINGS);
    expect(finding?.reasons).toContain("lexicon.term:diabetes");
  });

  it.each([
    // A name one swap from a weak term ("kristen", 0.6): weak terms stay exact.
    "Jeg er Kirsten, og min mand og jeg flytter til Nyborg.",
    // A relative one letter from a term, listed among the words that are not terms.
    "Mein Schwager wohnt in Nyborg.",
    // A slip in the first letter is not read as one.
    "Min mor har fiabetes.",
    // Short terms stay exact: "gravid" and "astma" are one letter from too many words.
    "Min kone er grabid.",
  ])("does not read %s as a disclosure", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("keeps the issue's demo mail, with a slip, free of sensitive data", () => {
    const mail = {
      ...emptyMail(),
      textBody:
        "Hello,\n\nI have moved to Nyborg to work at the hosptial. How do I get a docotr?\n\nBest regards",
    };
    expect(analyse(mail).sensitivity).not.toBe("foelsomme");
  });

  it("finds every strong term of seven letters or more under any one slip after the first letter", () => {
    const lexicon = lexiconFor(DEFAULT_DETECTION_SETTINGS);
    const tolerant = lexicon.patterns
      .map((pattern, index) => ({ pattern, index, word: foldText(pattern.code) }))
      .filter(
        ({ pattern, word }) =>
          pattern.role === "term" &&
          pattern.weight >= 0.7 &&
          /^[a-z]+$/.test(word) &&
          word.replace(/ae|oe|aa/g, "a").length >= 7,
      );
    expect(tolerant.length).toBeGreaterThan(100);
    const slip = fc.record({
      term: fc.constantFrom(...tolerant),
      kind: fc.integer({ min: 0, max: SLIP_KINDS - 1 }),
      at: fc.nat(),
      letter: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
    });
    fc.assert(
      fc.property(slip, ({ term, kind, at, letter }) => {
        const typed = slipped(term.word, kind, 1 + (at % (term.word.length - 2)), letter);
        expect(lexicon.slips.patternsAt(typed, 0, typed.length)).toContain(term.index);
      }),
      { numRuns: 2000 },
    );
  });
});
