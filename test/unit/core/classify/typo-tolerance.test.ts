import fc from "fast-check";
import { analyse } from "../../../../src/core/analyse";
import { classify } from "../../../../src/core/classify/classify";
import { DEFAULT_MODEL } from "../../../../src/core/classify/default-model";
import { foldedWords } from "../../../../src/core/classify/tokens";
import { withinOneSlip } from "../../../../src/core/text/typo-tolerance";
import { PatternSet, TYPO_TOLERANT } from "../../../../src/core/classify/word-patterns";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { emptyMail } from "../../../../src/core/mail";
import { SLIP_KINDS, slipped } from "../../../support/slip";

const matched = (set: PatternSet, text: string) => set.match(foldedWords(text)).map((m) => m.pattern);

describe("keywords with a slip of the finger", () => {
  const set = new PatternSet(
    [["boligstøtte*", "flytning", "træner*", "klager", "ring tilbage"]],
    TYPO_TOLERANT,
  );

  it("still match when a letter is dropped, added, changed or swapped", () => {
    for (const text of ["bolgistøtte", "boligsøtten", "boligsttøtte", "bolipstøtte", "flytnig", "fltyning"]) {
      expect(matched(set, text)).toHaveLength(1);
    }
    expect(matched(set, "bolig støtte")).toEqual([]);
    expect(matched(set, "ring tilabge")).toEqual(["ring tilbage"]);
  });

  it("do not match short words one letter from another word, counting æ, ø, å as one letter", () => {
    expect(matched(set, "Jeg klarer det selv")).toEqual([]);
    expect(matched(set, "Hun er trainer")).toEqual([]);
    expect(matched(set, "Hun er træneren")).toEqual(["træner*"]);
  });

  it("do not match a slip in the first letter, two slips, nor sender names, which stay exact", () => {
    expect(matched(set, "oboligstøtte vlytning")).toEqual([]);
    expect(matched(set, "bolgistøtet")).toEqual([]);
    expect(new PatternSet([["Skattestyrelsen"]]).match(foldedWords("Skattestyrelser"))).toEqual([]);
  });

  it("find every keyword of seven letters or more under any one slip after the first letter", () => {
    const letters = fc.constantFrom(..."bdefgiklmnprstuv");
    const slip = fc.record({
      word: fc.array(letters, { minLength: 7, maxLength: 14 }).map((l) => l.join("")),
      kind: fc.integer({ min: 0, max: SLIP_KINDS - 1 }),
      at: fc.nat(),
      letter: letters,
    });
    fc.assert(
      fc.property(slip, ({ word, kind, at, letter }) => {
        const typed = slipped(word, kind, 1 + (at % (word.length - 1)), letter);
        expect(new PatternSet([[word]], TYPO_TOLERANT).match([typed])).toHaveLength(1);
      }),
    );
  });
});

/** Optimal string alignment distance, the textbook table: what withinOneSlip must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = best;
    }
  }
  return at(a.length, b.length);
}

it("keywords an admin adds match whatever letter, digit or * they start with, in the mail's order", () => {
  const set = new PatternSet(
    [["Ældrepleje*", "*skrald*", "J.nr*", "2. sal", "Østergade"], ["ældre*"]],
    TYPO_TOLERANT,
  );
  expect(matched(set, "2. sal, Østergade: ældreplejen og storskrald, j.nr. 12")).toEqual([
    "2. sal",
    "Østergade",
    "ældre*",
    "Ældrepleje*",
    "*skrald*",
    "J.nr*",
  ]);
  expect(matched(set, "Øtsergade")).toEqual(["Østergade"]);
});

it("one slip means an optimal string alignment distance of at most 1", () => {
  const short = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
  fc.assert(fc.property(short, short, (a, b) => expect(withinOneSlip(a, b)).toBe(osa(a, b) <= 1)));
});

it("a request for self-service written with slips names the self-service solution it asks for", () => {
  const m = {
    ...emptyMail(),
    from: { address: "borger@gmail.com" },
    subject: "Spørgsmål",
    textBody: "Hej. Hvordan søgr jeg om bolgistøtte? Jeg er lige flyttet ind i en lejlighde.",
  };
  const handling = classify(m, analyse(m), DEFAULT_CONFIG, DEFAULT_MODEL).handling;
  expect(handling.value).toBe("selvbetjening");
  expect(handling.reasons).toContain("handling.self-service-words:boligstøtte*");
});
