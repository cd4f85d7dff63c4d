import { analyse } from "../../../../src/core/analyse";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import { emptyMail } from "../../../../src/core/mail";

/** The personal-details reasons for a plain-text mail with no sender name. */
const reasons = (textBody: string): string[] =>
  analyse({ ...emptyMail(), textBody }, { ...DEFAULT_DETECTION_SETTINGS, today: "2025-06-01" })
    .personalDetails?.reasons ?? [];

describe("detectPersonalDetails, whatever the case of the words", () => {
  it("finds a name after a closing in capitals and keeps the name's own case to judge it", () => {
    expect(reasons("Må jeg få en ny tid?\n\nMVH SARA LYKKE\nTLF. 23 45 67 89")).toEqual([]);
    expect(reasons("Må jeg få en ny tid?\n\nMVH Sara Lykke\nTLF. 23456789")).toEqual(
      expect.arrayContaining(["personal.name:signature", "personal.phone:body"]),
    );
  });

  it("finds a birth date, an income and an age written in capitals", () => {
    expect(
      reasons("Venlig hilsen\nSara Lykke\nFØDSELSDATO 3. maj 1980, INDKOMST 300.000 kr, PÅ 45 ÅR"),
    ).toEqual(
      expect.arrayContaining(["personal.birth-date:body", "personal.income:body", "personal.age:body"]),
    );
  });

  it("counts an organisation written in capitals, so its footer is no private person's", () => {
    expect(reasons("Venlig hilsen\nAnja Vestergaard\nNYBORG OPTIK APS\nTlf. 65 31 17 17")).toEqual([]);
  });
});
