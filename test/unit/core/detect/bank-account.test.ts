import { detectIdentifiers } from "../../../../src/core/detect/identifiers";

const today = new Date("2026-03-01T12:00:00Z");
const bank = (text: string) =>
  detectIdentifiers(text, "body", { today }).filter((f) => f.kind === "bankkonto");

describe("bank accounts", () => {
  it.each([
    ["reg.nr. 1234 kontonr. 1234567890", "12341234567890"],
    ["reg. 1234 konto 1234567890", "12341234567890"],
    ["Registreringsnummer: 1234\nKontonummer: 12345678", "123412345678"],
    ["Konto: 1234-1234567890", "12341234567890"],
    ["min NemKonto er 1234 1234567890", "12341234567890"],
    ["Reg 1234, kontonummer 0001234567", "12340001234567"],
  ])("finds %s", (text, value) => {
    const [f, ...rest] = bank(text);
    expect(rest).toEqual([]);
    expect(f?.value).toBe(value);
    expect(f?.masked).toMatch(/^\*{4}\d{2,4}$/);
    expect(f?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it("finds '1234-1234567890' with 'konto' just after it", () => {
    expect(bank("Pengene skal på 1234-1234567890 som er min konto")).toHaveLength(1);
  });

  it("finds an account number alone after a bank word, at lower confidence", () => {
    const [f] = bank("Mit kontonummer er 12345678");
    expect(f?.reasons).toContain("bankkonto.account-only");
    expect(f?.confidence).toBeLessThan(0.75);
  });

  it("needs a bank word", () => {
    expect(bank("1234-1234567890 og 1234 12345678")).toEqual([]);
  });

  it("does not take a phone number split in halves for an account", () => {
    expect(bank("Min konto er lukket. Ring 2030 4050.")).toEqual([]);
  });

  it("masks all but the last digits of the account", () => {
    expect(bank("reg.nr. 1234 kontonr. 1234567890")[0]?.masked).toBe("****7890");
  });

  it("is not also reported as a CPR number when the account number looks like one", () => {
    const found = detectIdentifiers("reg.nr. 1234 kontonr. 0101901234", "body", { today });
    expect(found.map((f) => f.kind)).toEqual(["bankkonto"]);
  });
});
