import fc from "fast-check";
import { maskCprInText } from "../../../../src/core/privacy/mask-cpr-in-text";

/** Digits only, after folding the ways a sender can write them: what a reader could still copy out of the text. */
const digitsOf = (text: string): string => text.normalize("NFKC").replace(/\D/g, "");

describe("maskCprInText", () => {
  it.each([
    ["Min sygedagpengesag 0707614285", "Min sygedagpengesag 070761-****"],
    ["0707614285@example.dk", "070761-****@example.dk"],
    ["Hans Jensen 070761-4285", "Hans Jensen 070761-****"],
    ["cpr 070761 - 4285.pdf", "cpr 070761-****.pdf"],
    ["cpr 070761 4285", "cpr 070761-****"],
    ["cpr 070761\u20134285 (en dash)", "cpr 070761-**** (en dash)"],
    ["\uFF10\uFF17\uFF10\uFF17\uFF16\uFF11\uFF14\uFF12\uFF18\uFF15 fuldbredde", "070761-**** fuldbredde"],
    ["07\u200B07614285 skjult", "070761-**** skjult"],
    ["erstatning 0203291WQ3", "erstatning 020329-****"],
  ])("masks %j", (text, masked) => {
    expect(maskCprInText(text)).toBe(masked);
  });

  it.each([
    "Faktura 12345678 betalt",
    "Tlf. 65 31 31 31",
    "Sag 2026-004512",
    "ingen tal her, kun æøå",
    "9999999999 er ikke en dato",
  ])("leaves %j as written", (text) => {
    expect(maskCprInText(text)).toBe(text);
  });

  it("keeps no serial of any CPR number in any layout, wherever it stands in the text", () => {
    const cpr = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        year: fc.integer({ min: 0, max: 99 }),
        serial: fc.integer({ min: 0, max: 3999 }),
      })
      .map(({ day, month, year, serial }) => ({
        date: [day, month, year].map((n) => String(n).padStart(2, "0")).join(""),
        serial: String(serial).padStart(4, "0"),
      }));
    const separator = fc.constantFrom("", "-", " ", " - ", "\u2013", "\u2011", "\u00AD");
    const fullWidth = (digits: string): string =>
      digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const words = fc.stringMatching(/^[A-Za-zæøå .,@_()]{0,12}$/);
    fc.assert(
      fc.property(cpr, separator, fc.boolean(), words, words, (n, sep, wide, before, after) => {
        const written = `${before}${wide ? fullWidth(n.date) : n.date}${sep}${wide ? fullWidth(n.serial) : n.serial}${after}`;
        const masked = maskCprInText(written);
        expect(digitsOf(masked)).not.toContain(n.date + n.serial);
        expect(masked).toContain(`${n.date}-****`);
        expect(masked.startsWith(before)).toBe(true);
        expect(masked.endsWith(after)).toBe(true);
      }),
    );
  });
});
