// A CPR number hidden from a scanner with characters a reader does not see, or written in another digit system, is
// still a CPR number (issue 10): normaliseText removes every format character, joiner and variation selector and maps
// every Unicode decimal digit to ASCII before the detectors read the text.
import fc from "fast-check";
import type { Finding } from "../../../../src/core/detect/finding";
import { detectIdentifiers, IDENTIFIER_FINDING_THRESHOLD } from "../../../../src/core/detect/identifiers";
import { emptyMail } from "../../../../src/core/mail";
import { extractMailText } from "../../../../src/core/text/mail-text";

const today = new Date("2026-03-01T12:00:00Z");

function cprInMail(textBody: string): Finding[] {
  const body = extractMailText({ ...emptyMail(), textBody }).body;
  return detectIdentifiers(body, "body", { today }).filter(
    (f) => f.kind === "cpr" && f.confidence >= IDENTIFIER_FINDING_THRESHOLD,
  );
}

/** Every code point with the given property, from the Unicode tables of the JavaScript engine running the test. */
function codePointsWith(property: RegExp): number[] {
  const found: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (property.test(String.fromCodePoint(cp))) found.push(cp);
  }
  return found;
}

const FORMAT_CHARACTERS = codePointsWith(/^\p{Cf}$/u);
const JOINERS_AND_SELECTORS = [
  0x034f,
  ...Array.from({ length: 16 }, (_, i) => 0xfe00 + i),
  ...Array.from({ length: 240 }, (_, i) => 0xe0100 + i),
  0x180b,
  0x180c,
  0x180d,
  0x180f,
];
const INVISIBLE = [...FORMAT_CHARACTERS, ...JOINERS_AND_SELECTORS];

/** The zero of every decimal digit system: the first digit of each run of ten in category Nd, ASCII left out. */
const DIGIT_ZEROS = (() => {
  const digits = codePointsWith(/^\p{Nd}$/u);
  const zeros: number[] = [];
  let runStart = -2;
  digits.forEach((cp, i) => {
    if (digits[i - 1] !== cp - 1) runStart = cp;
    if ((cp - runStart) % 10 === 0 && cp !== 0x30) zeros.push(cp);
  });
  return zeros;
})();

const inDigits = (ascii: string, zero: number) =>
  ascii.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

describe("CPR numbers hidden with invisible characters or other digits", () => {
  it("knows the invisible characters and digit systems it is tested against", () => {
    expect(FORMAT_CHARACTERS).toEqual(
      expect.arrayContaining([0x200e, 0x200f, 0x2066, 0x2069, 0x202a, 0xfeff]),
    );
    expect(DIGIT_ZEROS).toEqual(expect.arrayContaining([0x660, 0x6f0, 0x966, 0xff10]));
    expect(DIGIT_ZEROS.length).toBeGreaterThan(60);
  });

  it.each([
    ["a left-to-right mark", "cpr 010190\u200E-1234"],
    ["a right-to-left mark", "cpr 0101\u200F901234"],
    ["a directional isolate", "cpr \u2066010190-1234\u2069"],
    ["an embedding and its pop", "cpr 01\u202A0190\u202C-1234"],
    ["a variation selector", "cpr 0101\uFE0F901234"],
    ["a combining grapheme joiner", "cpr 010190-12\u034F34"],
    ["an Arabic letter mark", "cpr 010190\u061C-1234"],
    ["Arabic-Indic digits", "cpr ٠١٠١٩٠-١٢٣٤"],
    ["Extended Arabic-Indic digits", "cpr ۰۱۰۱۹۰-۱۲۳۴"],
    ["Devanagari digits", "cpr ०१०१९०-१२३४"],
    ["Bengali digits", "cpr ০১০১৯০-১২৩৪"],
    ["Thai digits", "cpr ๐๑๐๑๙๐-๑๒๓๔"],
    ["mathematical bold digits", "cpr 𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒"],
  ])("finds it with %s", (_name, text) => {
    const found = cprInMail(text);
    expect(found.map((f) => f.value)).toEqual(["0101901234"]);
  });

  it("maps the digits of every decimal numbering system the JavaScript engine formats with (an independent list)", () => {
    const systems = Intl.supportedValuesOf("numberingSystem").flatMap((numberingSystem) => {
      const format = new Intl.NumberFormat("en", { numberingSystem, useGrouping: false });
      const digits = [..."0123456789"].map((d) => format.format(Number(d)));
      // Decimal digit systems only: Han numerals (hanidec) are letters, not digits, to Unicode.
      return digits.every((d) => /^\p{Nd}$/u.test(d)) ? [{ numberingSystem, digits }] : [];
    });
    expect(systems.length).toBeGreaterThan(50);
    for (const { numberingSystem, digits } of systems) {
      const written = [..."070761-4285"].map((c) => digits[Number(c)] ?? c).join("");
      expect([numberingSystem, cprInMail(`CPR-nr.: ${written}`).map((f) => f.value)]).toEqual([
        numberingSystem,
        ["0707614285"],
      ]);
    }
  });

  it("finds a valid CPR number with any invisible character or joiner inside it (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("0707614285", "070761-4285", "211062-5629", "0101585018"),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 4 }),
        (number, insertions) => {
          // Characters, not UTF-16 units: an insertion must not split a surrogate pair inserted before it.
          const written = [...number];
          for (const [at, cp] of insertions)
            written.splice(at % (written.length + 1), 0, String.fromCodePoint(cp));
          const found = cprInMail(`Mit CPR-nummer er ${written.join("")}. Hilsen Jens`);
          expect(found.map((f) => f.value)).toEqual([number.replace("-", "")]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds a valid CPR number written in any Unicode decimal digit system (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("0707614285", "070761-4285", "211062-5629", "0101585018"),
        fc.constantFrom(...DIGIT_ZEROS),
        (number, zero) => {
          const found = cprInMail(`Mit CPR-nummer er ${inDigits(number, zero)}. Hilsen Jens`);
          expect(found.map((f) => f.value)).toEqual([number.replace("-", "")]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
