import fc from "fast-check";
import { detectIdentifiers, IDENTIFIER_FINDING_THRESHOLD } from "../../../../src/core/detect/identifiers";
import { maskAllBut, maskBankAccount, maskCpr, maskIban } from "../../../../src/core/detect/mask";
import { hasReasonText } from "../../../../src/core/i18n/describe-reason";

const today = new Date("2026-03-01T12:00:00Z");

describe("detectIdentifiers", () => {
  it("reports every kind in text order with offsets into the text and where it stands", () => {
    const text =
      "CPR: 070761-4285. IBAN DK50 0040 0440 1162 43. Reg.nr. 1234 kontonr. 1234567890. " +
      "Pasnummer 123456789. Kørekort 12345678.";
    const found = detectIdentifiers(text, "quoted", { today });
    expect(found.map((f) => f.kind)).toEqual(["cpr", "iban", "bankkonto", "pas", "koerekort"]);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      "070761-4285",
      "DK50 0040 0440 1162 43",
      "1234 kontonr. 1234567890",
      "123456789",
      "12345678",
    ]);
    expect(found.every((f) => f.where === "quoted")).toBe(true);
  });

  it("returns nothing for text without digits", () => {
    expect(detectIdentifiers("Hvornår har I åbent?", "body")).toEqual([]);
  });

  it("takes extra context words from the options", () => {
    const keywords = {
      cprContext: ["kundens id"],
      cprPerson: [],
      cprNegative: [],
      bankAccount: [],
      bankRegistration: [],
      passport: [],
      drivingLicence: [],
      notIdentifier: [],
      timeStamp: [],
      numberLabel: [],
      unit: [],
    };
    const [f] = detectIdentifiers("Kundens ID: 0101901234", "body", { today, keywords });
    expect(f?.reasons).toContain("cpr.context:kundens id");
  });

  it("has a Danish and English text for every reason it gives", () => {
    const text =
      "cpr 0101901234, 0101901234, 070761-4285, fakturanr. 0101901234, 12-0101901234, 6101901234, 0203291WQ3, " +
      "DK5000400440116243, reg 1234 konto 1234567890, kontonr. 12345678, pas 123456789, kørekort 12345678\n" +
      "1 2 3 2025 4711 0101901234 1200 3300 99812 4444\n" +
      "x".repeat(400) +
      " Spørgsmål om ordre.\n0707614285\nLog 150324 1032 kl. 10.32\nVentet 0101901234 sekunder";
    const reasons = new Set(detectIdentifiers(text, "body", { today }).flatMap((f) => f.reasons));
    expect(reasons.size).toBeGreaterThan(15);
    for (const code of reasons) expect([code, hasReasonText(code)]).toEqual([code, true]);
  });

  it("stays linear on adversarial input: four times the text takes about four times as long", () => {
    // A growth ratio measured here rather than a time limit, which a loaded machine can miss for no fault of the code.
    // Linear growth gives 4, quadratic 16: the margin between them absorbs the noise of a shared machine. The
    // process's own CPU time, not the wall clock, so other work on the machine does not count against the code.
    const inputs: ((times: number) => string)[] = [
      (n) => "7".repeat(250_000 * n),
      (n) => "-".repeat(250_000 * n),
      (n) => "1\n".repeat(25_000 * n),
      (n) => "010190-1234 ".repeat(12_500 * n),
      (n) => "01 01 90 1234 ".repeat(12_500 * n),
      (n) => "Borger: Hans Jensen, 0101901234\n".repeat(5_000 * n),
      (n) => "cpr konto 1234 12345678 pas 123456789 ".repeat(5_000 * n),
      (n) => "1 ".repeat(125_000 * n),
    ];
    const fastest = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const before = process.cpuUsage();
        detectIdentifiers(text, "body", { today });
        const { user, system } = process.cpuUsage(before);
        best = Math.min(best, (user + system) / 1000);
      }
      return best;
    };
    inputs.forEach((input, i) => {
      const once = fastest(input(1));
      const fourTimes = fastest(input(4));
      // Times of a few milliseconds are mostly noise, so the smaller one counts as at least 25 ms.
      const growth = fourTimes / Math.max(once, 25);
      if (growth >= 9) throw new Error(`input ${i}: 4× the text took ${growth.toFixed(1)}× as long`);
    });
  });
});

describe("masks", () => {
  it("never show a CPR serial, most of an IBAN or account, or more than two digits of an ID number", () => {
    expect(maskCpr("0101901234")).toBe("010190-****");
    expect(maskIban("DK5000400440116243")).toBe("DK50 **** **** **** 43");
    expect(maskBankAccount("1234567890")).toBe("****7890");
    expect(maskBankAccount("123456")).toBe("****56");
    expect(maskAllBut("123456789", 2)).toBe("*******89");
    expect(maskAllBut("1", 2)).toBe("*");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** First serial digits that put a two-digit year in each century (the century table, read backwards). */
function firstDigitsFor(year: number): number[] {
  const yy = year % 100;
  if (year < 1900) return [5, 6, 7, 8];
  if (year < 2000) return yy <= 36 ? [0, 1, 2, 3] : [0, 1, 2, 3, 4, 9];
  return yy <= 36 ? [4, 5, 6, 7, 8, 9] : [5, 6, 7, 8];
}

/** A valid CPR number: a real date in a century its serial allows, not after `today`, in any supported layout. */
const validCpr = fc
  .record({
    date: fc.date({
      min: new Date("1858-01-01T00:00:00Z"),
      max: new Date("2026-02-28T00:00:00Z"),
      noInvalidDate: true,
    }),
    pick: fc.nat(),
    serialTail: fc.integer({ min: 0, max: 999 }),
    layout: fc.constantFrom("", "-", " ", " - "),
  })
  .map(({ date, pick, serialTail, layout }) => {
    const year = date.getUTCFullYear();
    const digits = firstDigitsFor(year);
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const ddmmyy = pad(date.getUTCDate(), 2) + pad(date.getUTCMonth() + 1, 2) + pad(year % 100, 2);
    const serial = String(digits[pick % digits.length]) + pad(serialTail, 3);
    return { written: ddmmyy + layout + serial, value: ddmmyy + serial };
  });

/** Letters, punctuation and white space: no digits, no context words. */
const filler = fc
  .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåÆØÅ .,;:!?()\n\t\"'".split("")), { maxLength: 200 })
  .map((chars) => chars.join(""));

describe("properties", () => {
  it("finds a valid CPR number in any supported layout inside random text", () => {
    fc.assert(
      fc.property(filler, validCpr, filler, (before, cpr, after) => {
        const text = before + cpr.written + after;
        const found = detectIdentifiers(text, "body", { today }).filter((f) => f.kind === "cpr");
        expect(found).toHaveLength(1);
        const f = found[0];
        expect(f?.value).toBe(cpr.value);
        expect([f?.start, f?.end]).toEqual([before.length, before.length + cpr.written.length]);
        // Random letters can spell a negative word ("ref", "ean", "ocr", "kr"), or touch the digits as in a product
        // code: then it may be lower, and must say why.
        // Readings that lower a valid number on purpose: a label for another number, glue, an amount, or a serial that
        // reads as a clock time after a date ("010326 0000": 1 March 2026 at 00:00).
        const lowered = ["cpr.negative-context:", "cpr.glued-letters", "cpr.amount", "cpr.time-stamp"];
        const negative = f?.reasons.some((r) => lowered.some((code) => r.startsWith(code))) ?? false;
        if (!negative) expect(f?.confidence).toBeGreaterThanOrEqual(IDENTIFIER_FINDING_THRESHOLD);
      }),
      { numRuns: 300 },
    );
  });

  it("gives random digit soup no high-confidence CPR number", () => {
    const soup = fc
      .array(
        fc.oneof(
          { arbitrary: fc.constantFrom(..."0123456789".split("")), weight: 9 },
          { arbitrary: fc.constantFrom(" ", "\n", "-", "  "), weight: 1 },
        ),
        {
          minLength: 200,
          maxLength: 1000,
        },
      )
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(soup, (text) => {
        const high = detectIdentifiers(text, "body", { today }).filter(
          (f) => f.kind === "cpr" && f.confidence >= 0.8,
        );
        expect(high).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
