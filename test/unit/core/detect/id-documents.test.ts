import { detectIdentifiers } from "../../../../src/core/detect/identifiers";

const today = new Date("2026-03-01T12:00:00Z");
const kinds = (text: string) =>
  detectIdentifiers(text, "body", { today }).map((f) => [f.kind, f.value, f.masked]);

describe("passport and driving-licence numbers", () => {
  it.each(["Pasnummer: 123456789", "mit pas nr. 123456789", "Passport no. 123456789", "Reisepass 123456789"])(
    "finds a passport number in %s",
    (text) => {
      expect(kinds(text)).toEqual([["pas", "123456789", "*******89"]]);
    },
  );

  it.each([
    "Kørekortnummer 12345678",
    "kørekort nr. 12345678",
    "koerekort: 12345678",
    "Driving licence 12345678",
  ])("finds a driving-licence number in %s", (text) => {
    expect(kinds(text)).toEqual([["koerekort", "12345678", "******78"]]);
  });

  it("accepts the keyword just after the number when the number has no other label", () => {
    expect(kinds("Nummeret 123456789 står i mit pas")).toEqual([["pas", "123456789", "*******89"]]);
  });

  it("needs the keyword", () => {
    expect(kinds("Nummeret er 123456789 og 12345678")).toEqual([]);
  });

  it("does not take a phone or CVR number near the word for one", () => {
    expect(kinds("Mit kørekort er fornyet. Tlf. 12345678, CVR 29189765")).toEqual([]);
    expect(kinds("Pas på! Ring +45 123456789")).toEqual([]);
  });

  it("wants exactly nine or eight digits", () => {
    expect(kinds("pasnummer 1234567890123 kørekort 1234567")).toEqual([]);
  });
});
