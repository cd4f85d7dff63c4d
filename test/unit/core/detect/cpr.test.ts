import { CPR_CONFIDENCE } from "../../../../src/core/detect/cpr";
import { cprBirthDate, cprCentury, passesMod11 } from "../../../../src/core/detect/cpr-date";
import { cpr, isFinding, only } from "./cpr-findings";
import { IDENTIFIER_FINDING_THRESHOLD } from "../../../../src/core/detect/identifiers";
import { emptyMail } from "../../../../src/core/mail";
import { extractMailText } from "../../../../src/core/text/mail-text";

describe("CPR: public test vectors (python-stdnum, validator.js)", () => {
  it("211062-5629 is valid, born 1862 (python-stdnum)", () => {
    expect(cprBirthDate("211062", 5)).toEqual({ year: 1862, month: 10, day: 21, dayPlus60: false });
    expect(isFinding(only("211062-5629"))).toBe(true);
  });

  it("511062-5629 is an invalid date (python-stdnum)", () => {
    expect(cpr("511062-5629")).toEqual([]);
  });

  it("2110525629 is invalid: born in the future, 2052 (python-stdnum)", () => {
    expect(cprBirthDate("211052", 5)?.year).toBe(2052);
    expect(cpr("2110525629")).toEqual([]);
  });

  it("010180-1234 is valid though it fails mod-11 (stdnum-js)", () => {
    expect(passesMod11("0101801234")).toBe(false);
    const f = only("010180-1234");
    expect(isFinding(f)).toBe(true);
    expect(f.reasons).toContain("cpr.mod11-fail");
  });

  it("070761-4285 passes mod-11 (the CPR office's example)", () => {
    expect(passesMod11("0707614285")).toBe(true);
    const f = only("070761-4285");
    expect(f.reasons).toContain("cpr.mod11:ok");
    expect(f.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("070761-4286 fails mod-11 but is a valid date, so still a finding", () => {
    const f = only("070761-4286");
    expect(isFinding(f)).toBe(true);
    expect(f.confidence).toBeLessThan(only("070761-4285").confidence);
  });

  it("0101585018 is valid, born 1858 (validator.js issue 2818)", () => {
    expect(cprBirthDate("010158", 5)?.year).toBe(1858);
    expect(isFinding(only("0101585018"))).toBe(true);
  });

  it("2902034000 is invalid: 29 February 2003 (validator.js)", () => {
    expect(cprBirthDate("290203", 4)).toBeUndefined();
    expect(cpr("2902034000")).toEqual([]);
  });

  it("290204-1234 is a valid date, 29 February 1904 (Presidio PR 2196)", () => {
    expect(cprBirthDate("290204", 1)).toEqual({ year: 1904, month: 2, day: 29, dayPlus60: false });
    expect(isFinding(only("290204-1234"))).toBe(true);
  });
});

describe("CPR: the century table", () => {
  it.each([
    [0, 0, 1900],
    [36, 3, 1900],
    [99, 3, 1900],
    [36, 4, 2000],
    [37, 4, 1900],
    [36, 9, 2000],
    [37, 9, 1900],
    [57, 5, 2000],
    [57, 8, 2000],
    [58, 5, 1800],
    [99, 8, 1800],
  ])("year %i with first serial digit %i is in the %i s", (yy, digit, century) => {
    expect(cprCentury(yy, digit)).toBe(century);
  });

  it("knows the leap years: 29 February 2000 exists, 29 February 1900 does not", () => {
    expect(cprBirthDate("290200", 4)?.year).toBe(2000);
    expect(cprBirthDate("290200", 0)).toBeUndefined();
  });

  it("drops birth dates after today, but keeps today", () => {
    expect(cpr("020326-4000")).toEqual([]);
    expect(cpr("010326-4000")).toHaveLength(1);
  });
});

describe("CPR: layouts and boundaries", () => {
  it.each([
    ["0101901234", 0, 10],
    ["010190-1234", 0, 11],
    ["010190 1234", 0, 11],
    ["010190 - 1234", 0, 13],
  ])("finds %s", (text, start, end) => {
    const f = only(`Mit nummer: ${text}.`);
    expect([f.start - 12, f.end - 12]).toEqual([start, end]);
    expect(f.value).toBe("0101901234");
    expect(f.masked).toBe("010190-****");
  });

  it("does not accept a dot or a slash after six digits (dates and references are written so)", () => {
    expect(cpr("010190.1234 og 010190/1234")).toEqual([]);
  });

  it("does not take ten digits out of a longer number", () => {
    expect(cpr("10101901234 0101901234567 x0101901234x")).toHaveLength(1);
  });

  it("does not take masked numbers for CPR numbers", () => {
    expect(cpr("cpr-nr. 010190-xxxx, 010190-****, 010190-XXXX, 010190-12xx")).toEqual([]);
  });
});

describe("CPR: confidence", () => {
  it("gives a valid date without context about 0.6–0.7", () => {
    const bare = only("Her er nummeret 0101901234 som aftalt"); // fails mod-11
    expect(bare.confidence).toBeGreaterThanOrEqual(0.6);
    expect(bare.confidence).toBeLessThanOrEqual(0.7);
  });

  it("raises it to 0.8 or more with a context word, and 0.9 or more with mod-11 as well", () => {
    expect(only("Mit CPR-nummer er 0101901234").confidence).toBeGreaterThanOrEqual(0.8);
    expect(only("Mit CPR-nummer er 070761-4285").confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    "cpr 010190-1234",
    "CPR-nr.: 010190-1234",
    "cpr nr 010190-1234",
    "cprnr. 010190-1234",
    "personnummeret er 010190-1234",
    "Sygesikringsbevis: 010190-1234",
    "nummeret på det gule kort er 010190-1234",
    "SSN 010190-1234",
  ])("reads the context word in %s", (text) => {
    const f = only(text);
    expect(f.reasons.some((r) => r.startsWith("cpr.context:"))).toBe(true);
  });

  it("counts a context word up to about 300 characters away, on either side", () => {
    const filler = "ord ".repeat(60); // 240 characters
    expect(only(`Jeg sender mit cpr. ${filler} 0101901234`).reasons).toContain("cpr.context:cpr");
    expect(only(`0101901234 ${filler} var mit cpr`).reasons).toContain("cpr.context:cpr");
    expect(only(`cpr ${filler}${filler} 0101901234`).reasons.some((r) => r.startsWith("cpr.context"))).toBe(
      false,
    );
  });

  it.each([
    "Fakturanr. 0101901234",
    "Faktura nummer: 0101901234",
    "Ordrenummer 0101901234",
    "Kundenr.: 0101901234",
    "Customer no. 0101901234",
    "P-nr. 1012851234",
    "P-nummer 1012851234",
    "Sagsnummer 0101901234",
    "Bilagsnr. 0101901234",
    "Order number 0101901234",
  ])("keeps %s at 0.4 or below", (text) => {
    const f = only(text);
    expect(f.confidence).toBeLessThanOrEqual(CPR_CONFIDENCE.negativeCap);
    expect(f.reasons.some((r) => r.startsWith("cpr.negative-context:"))).toBe(true);
  });

  it("lets the number's own label win over other words in the mail", () => {
    const f = only("Spørgsmål om min faktura. Mit cpr-nr. er 070761-4285.");
    expect(f.confidence).toBeGreaterThanOrEqual(0.9);
    const g = only("Jeg har et cpr-nummer, men fakturanummeret er 0101901234.");
    expect(g.confidence).toBeLessThanOrEqual(0.4);
  });

  it("lowers a bare number with a reference word nearby, without capping it", () => {
    const bare = only("Jeg har spørgsmål til en faktura fra jer.\nNummeret er 0101901234.");
    expect(bare.reasons).toContain("cpr.nearby-reference:faktura");
    expect(bare.confidence).toBeLessThan(IDENTIFIER_FINDING_THRESHOLD);
    const checked = only("Jeg har spørgsmål til en faktura fra jer.\nNummeret er 0707614285.");
    expect(checked.confidence).toBeGreaterThanOrEqual(IDENTIFIER_FINDING_THRESHOLD);
  });

  it("takes phone and CVR words only as a label: a ten-digit number is no Danish phone number", () => {
    expect(only("Tlf.: 0707614285").confidence).toBeLessThanOrEqual(0.4);
    const signed = only("Jeg kan ikke bruge min telefon, så skriv her.\n\nMaria\n0707614285");
    expect(signed.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("reads a label on the line above when it stands alone there, but not a word that ends a sentence", () => {
    expect(only("CPR-nr.:\n0101901234").reasons).toContain("cpr.context:cpr-nr");
    expect(only("Fakturanummer:\n  0101901234").confidence).toBeLessThanOrEqual(0.4);
    expect(only("Se fakturaen. Mit nummer er 0707614285").confidence).toBeGreaterThan(0.4);
  });

  it("knows German invoice and order words", () => {
    expect(only("Rechnung Nr. 1004250077").confidence).toBeLessThanOrEqual(0.4);
    expect(only("Ihre Bestellung 0101901234 vom 03.02.2025").confidence).toBeLessThanOrEqual(0.4);
  });

  it("lowers numbers glued to other numbers", () => {
    for (const text of ["12-0101901234", "0101901234/25", "+0101901234", "010190 1234 5678"]) {
      expect(cpr(text).every((f) => f.confidence <= 0.4 && f.reasons.includes("cpr.glued"))).toBe(true);
    }
  });

  it("lowers numbers in a table of numbers, but not a list of CPR numbers", () => {
    const table = "Linje 1: 2025 4711 0101901234 1200 3300 99812\nLinje 2: 2026 4712 8810 1000 2200";
    expect(only(table).reasons).toContain("cpr.table");
    expect(only(table).confidence).toBeLessThanOrEqual(0.4);
    const list = "Anne 010190-1234\nBo 020291-2345\nCarl 030392-3456\nDorte 040493-4567\nEmil 050594-5678";
    const found = cpr(list);
    expect(found).toHaveLength(5);
    expect(found.every(isFinding)).toBe(true);
  });

  it("finds substitute numbers at lower confidence", () => {
    const day = only("0101901234".replace(/^01/, "61"));
    expect(day.reasons).toContain("cpr.substitute-day");
    expect(day.confidence).toBeLessThan(only("6101901234 cpr").confidence);
    const letters = only("Erstatningsnummer 0203291WQ3");
    expect(letters.reasons).toContain("cpr.substitute-letters");
    expect(letters.value).toBe("0203291WQ3");
    expect(letters.masked).toBe("020329-****");
    expect(letters.confidence).toBeLessThan(IDENTIFIER_FINDING_THRESHOLD);
    expect(only("cpr: 020329-1WQ3").confidence).toBeGreaterThanOrEqual(IDENTIFIER_FINDING_THRESHOLD);
  });
});

describe("CPR: numbers that are not CPR numbers", () => {
  it.each([
    ["phone numbers", "Ring på 20304050, +45 20 30 40 50, 0045 20304050 eller (+45) 2030 4050."],
    ["an international phone number glued together", "Tlf. +4520304050"],
    ["a CVR number", "CVR-nr. 29189765"],
    ["an EAN number", "EAN 5798005910001"],
    ["dates", "den 01.01.1990, 01-01-1990, 1990-01-01, 01011990 kl. 10.14"],
    ["amounts and postal codes", "1.250.000,00 kr. til 5800 Nyborg"],
    ["a journal number", "j.nr. 27.12.04-P20-3-25"],
  ])("does not find %s", (_name, text) => {
    expect(cpr(text).filter(isFinding)).toEqual([]);
  });
});

describe("CPR: hiding tricks, through extractMailText", () => {
  const body = (textBody: string) => extractMailText({ ...emptyMail(), textBody }).body;

  it.each([
    ["zero-width characters inside", "cpr 01\u200B01\u200D90-12\u206034"],
    ["a soft hyphen and a byte-order mark", "cpr 0101\u00AD90\uFEFF1234"],
    ["full-width digits", "cpr \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF0D\uFF11\uFF12\uFF13\uFF14"],
    ["a non-breaking hyphen", "cpr 010190\u20111234"],
    ["a minus sign", "cpr 010190\u22121234"],
    ["a non-breaking space", "cpr 010190\u00A01234"],
  ])("finds a CPR number with %s", (_name, text) => {
    const normalised = body(text);
    const f = only(normalised);
    expect(f.value).toBe("0101901234");
    expect(normalised.slice(f.start, f.end).replace(/\D/g, "")).toBe("0101901234");
  });
});
