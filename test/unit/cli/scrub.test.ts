import { scrubDigits } from "../../../src/cli/scrub";

describe("scrubDigits", () => {
  it.each(["0101901234", "010190-1234", "010190 1234", "ref 2110625629x"])(
    "removes the CPR-like run in %s",
    (text) => {
      expect(scrubDigits(`failed near ${text} in line 3`)).not.toMatch(/\d{6}/);
      expect(scrubDigits(`failed near ${text} in line 3`)).toContain("[digits removed]");
    },
  );

  it("keeps short numbers that help to locate the problem", () => {
    expect(scrubDigits("Maximum MIME nesting depth of 256 levels exceeded at line 12")).toBe(
      "Maximum MIME nesting depth of 256 levels exceeded at line 12",
    );
  });
});
