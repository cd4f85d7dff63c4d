import { detectCategories } from "../../../../src/core/detect/categories";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import type { CategoryKind } from "../../../../src/core/taxonomy";

const kindsIn = (text: string): CategoryKind[] => [
  ...new Set(detectCategories(text, "body").map((f) => f.kind as CategoryKind)),
];

/** For every category, Danish and English: a person's disclosure is a finding, a general question is not. */
const PAIRS: { kind: CategoryKind; disclosure: string; question: string }[] = [
  {
    kind: "helbred",
    disclosure: "Min søn har fået diagnosen ADHD, og vi har brug for hjælp i skolen.",
    question: "Hvornår har sundhedsplejen åbent?",
  },
  {
    kind: "helbred",
    disclosure: "I have been diagnosed with cancer and I am on sick leave.",
    question: "What are the opening hours of the psychiatric emergency room?",
  },
  {
    kind: "helbred",
    disclosure: "Jeg er sygemeldt med stress og har svær angst.",
    question: "Hvordan søger man om handicapbil?",
  },
  {
    kind: "social",
    disclosure: "Vores søn blev anbragt i en plejefamilie efter en underretning fra skolen.",
    question: "Hvilke regler gælder for underretning, når man er lærer?",
  },
  {
    kind: "social",
    disclosure: "I am homeless and my debt collector keeps calling me.",
    question: "Where can I find information about shelters for homeless people in general?",
  },
  {
    kind: "strafbare_forhold",
    disclosure: "Min straffeattest er plettet, fordi jeg fik en betinget dom sidste år.",
    question: "Hvordan bestiller jeg en straffeattest?",
  },
  {
    kind: "strafbare_forhold",
    disclosure: "My son was arrested last week and has been convicted of theft.",
    question: "How do I apply for a criminal record certificate?",
  },
  {
    kind: "fagforening",
    disclosure: "Jeg er medlem af 3F og vil gerne have min fagforening med til mødet.",
    question: "Kan man få fradrag for kontingent til en fagforening?",
  },
  {
    kind: "fagforening",
    disclosure: "I am a member of a trade union, which will represent me.",
    question: "Is it possible to get information about trade union rules in general?",
  },
  {
    kind: "religion",
    disclosure: "Jeg er muslim og ønsker halal mad til min søn i vuggestuen.",
    question: "Hvornår åbner moskéen for besøgende?",
  },
  {
    kind: "religion",
    disclosure: "We are Jewish and my daughter needs kosher food.",
    question: "When is the mosque open for visitors?",
  },
  {
    kind: "etnisk",
    disclosure: "Jeg er af somalisk herkomst og oplever, at jeg bliver behandlet anderledes.",
    question: "Hvor kan man finde statistik om etnicitet i kommunen?",
  },
  {
    kind: "etnisk",
    disclosure: "My ethnic origin is Roma and my children are treated differently at school.",
    question: "How do I find statistics about ethnic minority groups in general?",
  },
  {
    kind: "politisk",
    disclosure: "Jeg er medlem af Enhedslisten, og min politiske overbevisning skal ikke spille ind.",
    question: "Hvornår holder Enhedslisten og Dansk Folkeparti valgmøde?",
  },
  {
    kind: "politisk",
    disclosure: "My political views should not matter: I am a member of the Labour Party.",
    question: "Where can I read how party members are chosen as candidates?",
  },
  {
    kind: "seksuel",
    disclosure: "Min datter er lesbisk og bliver mobbet i klassen.",
    question: "Hvor kan man få information om LGBT-undervisning på skolerne?",
  },
  {
    kind: "seksuel",
    disclosure: "I am bisexual and my partner lives with me.",
    question: "How can I find information about LGBT support groups in general?",
  },
  {
    kind: "genetisk_biometrisk",
    disclosure: "Min søn har fået lavet en gentest, som viste en arvelig sygdom.",
    question: "Hvordan kan man få taget fingeraftryk til pas?",
  },
  {
    kind: "genetisk_biometrisk",
    disclosure: "My daughter had a genetic test which showed a hereditary disease.",
    question: "How do I get my fingerprint taken for a passport?",
  },
];

describe("detectCategories: disclosure versus general question", () => {
  it.each(PAIRS)("$kind: finds the disclosure «$disclosure»", ({ kind, disclosure }) => {
    expect(kindsIn(disclosure)).toContain(kind);
  });

  it.each(PAIRS)("$kind: leaves the general question «$question» alone", ({ kind, question }) => {
    const candidates = detectCategories(question, "body", { ...DEFAULT_DETECTION_SETTINGS, threshold: 0 });
    expect(candidates.map((f) => f.kind)).toContain(kind); // the topic's word is there …
    expect(kindsIn(question)).toEqual([]); // … but a general question is not a finding
  });
});

describe("detectCategories: words, compounds and spelling", () => {
  it("finds a term inside a Danish compound and points at the whole word", () => {
    const text = "Min bror er i alkoholmisbrugsbehandling.";
    const [finding] = detectCategories(text, "body").filter((f) => f.kind === "social");
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe("alkoholmisbrugsbehandling");
    expect(finding?.reasons).toContain("lexicon.term:misbrug");
  });

  it("finds cancer in a compound (kræftbehandling) but not in strength (kræfter) or confirming (bekræfte)", () => {
    expect(kindsIn("Min mor er i kræftbehandling.")).toContain("helbred");
    expect(kindsIn("Min mor har ikke flere kræfter, og jeg vil bekræfte tiden.")).toEqual([]);
  });

  it("reads æ, ø and å written as ae, oe and aa, and in capitals", () => {
    expect(kindsIn("min mor har kraeft")).toContain("helbred");
    expect(kindsIn("MIN MOR HAR KRÆFT")).toContain("helbred");
    expect(kindsIn("min soen er sygemeldt")).toContain("helbred");
  });

  it("reads a compound written in two words ('syge meldt')", () => {
    expect(kindsIn("jeg er syge meldt")).toContain("helbred");
  });

  it("takes inflected forms through the stemmer (jøder, sygemeldte)", () => {
    expect(kindsIn("Mine forældre er jøder.")).toContain("religion");
    expect(kindsIn("Jeg har været sygemeldte i to uger.")).toContain("helbred");
  });

  it("does not take a longer word that only starts like a term (racer, Kristian, gælder)", () => {
    expect(kindsIn("Jeg er medlem af en klub for racer.")).toEqual([]);
    expect(kindsIn("Jeg er Kristian og skriver om min have.")).toEqual([]);
    expect(kindsIn("Jeg spørger, hvad der gælder for min søn.")).toEqual([]);
  });

  it("does not find a deeply cut stem inside other words (demens → Skraldemanden, sigtelse → aktindsigt)", () => {
    expect(kindsIn("Jeg har set, at skraldemanden ikke kom. Jeg beder om aktindsigt.")).toEqual([]);
  });

  it("needs more than one weak word: 'læge' or 'sygdom' alone is not a finding", () => {
    expect(kindsIn("Jeg skal til læge på tirsdag.")).toEqual([]);
    expect(kindsIn("Jeg har hørt om en sygdom i skolen.")).toEqual([]);
  });

  it("carries a person named in the sentence before ('Min søn … Han har …')", () => {
    expect(kindsIn("Min søn Mads er 7 år. Han har autisme.")).toContain("helbred");
  });
});

describe("detectCategories: the finding", () => {
  const text = "Hej. Min søn har fået diagnosen ADHD, og vi søger støtte.";
  const findings = detectCategories(text, "body");

  it("gives one finding per category per sentence, spanning its words, with the category's Danish name", () => {
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ kind: "helbred", where: "body", masked: "helbredsoplysninger" });
    expect(text.slice(f?.start, f?.end)).toBe("diagnosen ADHD");
    expect(f?.value).toBe("diagnosen, ADHD");
  });

  it("names the terms and the cues that decided", () => {
    expect(findings[0]?.reasons).toEqual(
      expect.arrayContaining([
        "lexicon.term:diagnose",
        "lexicon.term:adhd",
        "lexicon.disclosure:min søn",
        "lexicon.disclosure:har fået",
      ]),
    );
  });

  it("lowers the confidence for a general question and names its cue", () => {
    const asked = detectCategories("Hvordan søger jeg om hjælp, når min søn har ADHD?", "body")[0];
    expect(asked?.reasons).toEqual(expect.arrayContaining(["lexicon.general-question:hvordan"]));
    expect(asked?.confidence).toBeLessThan(findings[0]?.confidence ?? 0);
  });

  it("keeps to the threshold", () => {
    const all = detectCategories("Jeg har kræft.", "body", { ...DEFAULT_DETECTION_SETTINGS, threshold: 0 });
    const strict = detectCategories("Jeg har kræft.", "body", {
      ...DEFAULT_DETECTION_SETTINGS,
      threshold: 0.99,
    });
    expect(all.length).toBeGreaterThan(0);
    expect(strict).toEqual([]);
  });
});
