import { maskCprInPath, scrubDigits } from "../../../src/cli/scrub";

describe("scrubDigits", () => {
  it.each(["0101901234", "010190-1234", "010190 1234", "ref 2110625629x"])(
    "removes the CPR-like run in %s",
    (text) => {
      expect(scrubDigits(`failed near ${text} in line 3`)).not.toMatch(/\d{6}/);
      expect(scrubDigits(`failed near ${text} in line 3`)).toContain("[digits removed]");
    },
  );

  it.each(["DK50 0040 0440 1162 43", "DK5000400440116243", "1234-1234567890", "01 01 90 - 1234"])(
    "removes the account number or spaced-out CPR number in %s",
    (text) => {
      const scrubbed = scrubDigits(`failed near ${text} in line 3`);
      expect(scrubbed.replace(/\D/g, "")).toBe("3");
    },
  );

  it("keeps short numbers that help to locate the problem", () => {
    expect(scrubDigits("Maximum MIME nesting depth of 256 levels exceeded at line 12")).toBe(
      "Maximum MIME nesting depth of 256 levels exceeded at line 12",
    );
  });
});

describe("maskCprInPath", () => {
  it.each([
    ["/sager/0101901234 ansøgning.eml", "/sager/010190**** ansøgning.eml"],
    ["/sager/010190-1234.eml", "/sager/010190-****.eml"],
    ["/sager/010190 1234/svar.eml", "/sager/010190 ****/svar.eml"],
  ])("masks the CPR number in %s", (path, masked) => {
    expect(maskCprInPath(path)).toBe(masked);
  });

  it("leaves other numbers in a path alone", () => {
    expect(maskCprInPath("/export/2024-01-15/mail-0042.eml")).toBe("/export/2024-01-15/mail-0042.eml");
    expect(maskCprInPath("/export/20240115123045.eml")).toBe("/export/20240115123045.eml");
  });
});
