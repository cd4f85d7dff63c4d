// Health as a disclosure about a person, not a place or a workplace (issue 10, item 4): plain-language disclosures
// in Danish, English and German count; a hospital one works at, moves near or lives on the street of does not.
import { analyse } from "../../../../src/core/analyse";
import { detectCategories } from "../../../../src/core/detect/categories";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import { emptyMail } from "../../../../src/core/mail";

const health = (text: string) =>
  detectCategories(text, "body", DEFAULT_DETECTION_SETTINGS).filter((f) => f.kind === "helbred");

describe("helbred: plain-language disclosures about a person", () => {
  it.each([
    "Min søn er allergisk over for nødder.",
    "Jeg har fået et tilbagefald.",
    "Min far er blevet dårligere.",
    "Min mor er blevet værre den sidste måned.",
    "Jeg tager medicin for det.",
    "My father is getting worse.",
    "My daughter has a nut allergy.",
    "I had a relapse in March.",
    "I need my medication renewed.",
    "Mein Vater hat einen Rückfall.",
    "Ich habe eine Allergie gegen Nüsse.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });
});

describe("helbred: a hospital as a place or a workplace", () => {
  it.each([
    "I have moved to Nyborg to work at the hospital.",
    "Jeg er flyttet til Nyborg for at arbejde på sygehuset.",
    "Jeg arbejder på Sygehus Fyn og vil gerne høre om daginstitutioner.",
    "Jeg bor på Sygehusvej 3 og vil gerne bestille en storskraldsafhentning.",
    "Ich arbeite im Krankenhaus und suche eine Wohnung.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });

  it("still finds a disclosure by someone who works at a hospital", () => {
    expect(health("Jeg arbejder på sygehuset, men er nu sygemeldt med stress.")).toHaveLength(1);
  });

  it("gives the issue's demo mail no sensitive-data level", () => {
    const mail = {
      ...emptyMail(),
      subject: "New in Nyborg",
      textBody:
        "Hello,\n\nI have moved to Nyborg to work at the hospital. How do I get a doctor?\n\nBest regards",
    };
    const analysis = analyse(mail);
    expect(analysis.findings.filter((f) => f.kind === "helbred")).toEqual([]);
    expect(analysis.sensitivity).not.toBe("foelsomme");
  });
});
