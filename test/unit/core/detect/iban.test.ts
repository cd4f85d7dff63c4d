import { detectIban } from "../../../../src/core/detect/iban";
import { growth, LINEAR } from "../../../support/growth";

describe("detectIban", () => {
  it("finds a valid Danish IBAN, printed together or in groups of four", () => {
    for (const written of ["DK5000400440116243", "DK50 0040 0440 1162 43", "dk50 0040 0440 1162 43"]) {
      const text = `IBAN: ${written}.`;
      const [f, ...rest] = detectIban(text, "body");
      expect(rest).toEqual([]);
      expect(f).toMatchObject({
        kind: "iban",
        value: "DK5000400440116243",
        masked: "DK50 **** **** **** 43",
      });
      expect(text.slice(f?.start, f?.end)).toBe(written);
    }
  });

  it("does not find an IBAN that fails mod-97", () => {
    expect(detectIban("DK5000400440116342", "body")).toEqual([]);
    expect(detectIban("DK50 0040 0440 1163 42", "body")).toEqual([]);
  });

  it("finds IBANs of other countries", () => {
    const found = detectIban(
      "GB82 WEST 1234 5698 7654 32 og DE89370400440532013000 samt NO9386011117947",
      "body",
    );
    expect(found.map((f) => f.reasons[1])).toEqual(["iban.country:GB", "iban.country:DE", "iban.country:NO"]);
  });

  it("ends the IBAN at the country's length when other text follows", () => {
    const text = "DK50 0040 0440 1162 43 12";
    const [f] = detectIban(text, "body");
    expect(f?.value).toBe("DK5000400440116243");
    expect(text.slice(f?.start, f?.end)).toBe("DK50 0040 0440 1162 43");
  });

  it("does not take an IBAN out of a longer word or code", () => {
    expect(detectIban("XDK5000400440116243 DK5000400440116243X", "body")).toEqual([]);
  });

  it("stays linear on adversarial input", () => {
    const ratio = growth(
      (scale) => "DK00".repeat(125_000 * scale) + "DK50 0040 ".repeat(50_000 * scale),
      (text) => detectIban(text, "body"),
    );
    expect(ratio).toBeLessThan(LINEAR);
  });
});
