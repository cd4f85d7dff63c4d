import { paneLanguage, paneTexts } from "../../../src/taskpane/i18n";

describe("the pane's language", () => {
  it.each([
    ["da-DK", "da"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["de-DE", "da"],
    ["", "da"],
  ])("is %p → %p", (displayLanguage, lang) => {
    expect(paneLanguage(displayLanguage)).toBe(lang);
  });

  it("has every text in both languages", () => {
    const flatten = (texts: object): string[] =>
      Object.values(texts).flatMap((v: unknown) => (typeof v === "string" ? [v] : flatten(v as object)));
    for (const lang of ["da", "en"] as const) {
      expect(flatten(paneTexts[lang]).filter((text) => text.trim() === "")).toEqual([]);
    }
  });
});
