import fc from "fast-check";
import { scrubDigits } from "../../../src/cli/scrub";
import { detectIdentifiers } from "../../../src/core/detect/identifiers";
import { normaliseText } from "../../../src/core/text/normalise";
import { maskCprInText } from "../../../src/core/privacy/mask-cpr-in-text";

describe("scrubDigits", () => {
  it.each([
    ["0101901234", "010190-****"],
    ["010190-1234", "010190-****"],
    ["010190 1234", "010190-****"],
    ["ref 2110625629x", "ref 211062-****x"],
    ["010190 - 1234", "010190-****"],
    ["010190 – 1234", "010190-****"],
    ["０１０１９０－１２３４", "010190-****"],
    ["0203291WQ3", "020329-****"],
  ])("masks the CPR number in %s as the findings are, in the one masked form", (text, masked) => {
    expect(scrubDigits(`failed near ${text} in line 3`)).toBe(`failed near ${masked} in line 3`);
  });

  it.each(["DK50 0040 0440 1162 43", "DK5000400440116243", "1234-1234567890", "01 01 90 - 1234"])(
    "removes the account number or spaced-out CPR number in %s",
    (text) => {
      // Removed, or masked as a CPR number where the engine reads it as one: at most a birth date is left.
      const scrubbed = scrubDigits(`failed near ${text} in line 3`);
      expect(scrubbed.replace(/\D/g, "").length).toBeLessThanOrEqual(7);
      expect(scrubbed).not.toContain(text.slice(-4));
    },
  );

  it("keeps short numbers that help to locate the problem", () => {
    expect(scrubDigits("Maximum MIME nesting depth of 256 levels exceeded at line 12")).toBe(
      "Maximum MIME nesting depth of 256 levels exceeded at line 12",
    );
  });
});

describe("maskCprInText on file names", () => {
  it.each([
    ["/sager/0101901234 ansøgning.eml", "/sager/010190-**** ansøgning.eml"],
    ["/sager/010190-1234.eml", "/sager/010190-****.eml"],
    ["/sager/010190 1234/svar.eml", "/sager/010190-****/svar.eml"],
    ["/sager/010190 - 1234.eml", "/sager/010190-****.eml"],
    ["/sager/010190–1234.eml", "/sager/010190-****.eml"],
    ["/sager/０１０１９０１２３４.eml", "/sager/010190-****.eml"],
    ["/sager/0203291WQ3 journal.eml", "/sager/020329-**** journal.eml"],
  ])("masks the CPR number in %s", (path, masked) => {
    expect(maskCprInText(path)).toBe(masked);
  });

  it("leaves other numbers in a path alone", () => {
    expect(maskCprInText("/export/2024-01-15/mail-0042.eml")).toBe("/export/2024-01-15/mail-0042.eml");
    expect(maskCprInText("/export/20240115123045.eml")).toBe("/export/20240115123045.eml");
  });
});

test("property: no CPR number the engine finds in a text survives maskCprInText", () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const cpr = fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }))
    .chain(([day, month, year]) =>
      fc.tuple(
        fc.constant([day, month, year].map((n) => String(n).padStart(2, "0")).join("")),
        fc.array(digit, { minLength: 4, maxLength: 4 }).map((d) => d.join("")),
        fc.constantFrom("", "-", " ", " - ", "–", " – "),
      ),
    );
  fc.assert(
    fc.property(cpr, fc.string({ maxLength: 12 }), ([date, serial, separator], around) => {
      const text = `${around} ${date}${separator}${serial} ${around}`;
      const detected = detectIdentifiers(normaliseText(maskCprInText(text)).text, "body", {
        today: new Date(),
      });
      return detected.every((finding) => finding.kind !== "cpr");
    }),
  );
});
