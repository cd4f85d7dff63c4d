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

// Written for the lexicon's second round without looking at the corpus's sets d and e (their figures are measured,
// never read mail by mail): conditions, functional limits and care needs, mental health and treatment, the way
// citizens and relatives say them.
describe("helbred: conditions, limits and treatment in everyday words", () => {
  it.each([
    "Jeg har forhøjet blodtryk og skal tage det roligt.",
    "Jeg har leddegigt i begge hænder.",
    "Jeg har slidgigt i knæet og venter på en ny hofte.",
    "Jeg er i dialyse tre gange om ugen.",
    "Jeg har tinnitus og hører dårligt.",
    "Min mor er næsten blind efter grå stær.",
    "Jeg har en stomi efter operationen.",
    "Jeg er udbrændt og kan ikke arbejde lige nu.",
    "Jeg faldt og brækkede hoften.",
    "Hun har hjertesvigt og kan ikke gå på trapper.",
    "Jeg har ondt i ryggen hver dag og kan ikke løfte.",
    "Jeg har lavt stofskifte og tager tabletter.",
    "Min mor er terminalt syg.",
    "Min bror tager stoffer og er blevet psykotisk.",
    "Jeg er nyreopereret.",
    "Min mor kan ikke længere gå på trapper og er faldet flere gange.",
    "Min far har brug for hjælp til at komme i bad.",
    "Jeg har det psykisk hårdt for tiden.",
    "Jeg er gået ned med stress.",
    "Min svigermor er sengeliggende.",
    "Jeg venter barn i april.",
    "Min datter skader sig selv.",
    "I have high blood pressure.",
    "I broke my leg and can't climb the stairs.",
    "I am recovering from a stroke.",
    "My wife is undergoing chemo.",
    "I'm expecting a baby in May.",
    "My father needs help to shower.",
    "Meine Mutter hatte einen Schlaganfall.",
    "Ich habe Rückenschmerzen und kann nicht arbeiten.",
    "Meine Mutter kann nicht mehr laufen.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it.each([
    "Jeg vil gerne skifte min læge til en i Nyborg.",
    "Næste termin er 1. juli.",
    "Hvordan søger man om hjælp til personlig pleje?",
    "Prisen er faldet flere gange.",
    "Jeg kan ikke gå til mødet på torsdag.",
    "Min datter kan ikke gå på fortovet for hækken.",
    "Jeg kan ikke tåle at vente længere på jeres svar!",
    "Tak af hjertet for jeres hjælp.",
    "Hvilke regler gælder for kørsel til sygehuset?",
    "My doctor's surgery is closed on Fridays; where else can I go?",
    "I have been waiting for weeks for an answer.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe("helbred: the person named in the sentence before", () => {
  it.each([
    "Hej, vedr. min søns skoleplads. Allergien er så slem, at skolen skal vide det.",
    "Jeg skriver for min mors skyld. Sygdommen er desværre blevet værre.",
    "Hello, this is about my father's care. The cancer has come back.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it("does not carry a person across a paragraph to a general question", () => {
    expect(health("Min søn går i 3. klasse.\n\nHvilke regler gælder for medicin i skolen?")).toEqual([]);
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

// A third round, written as citizens and relatives put it, without looking at any corpus mail: an allergy without
// the word, a relapse or a worsening in everyday words, medicine "against" something, common conditions by their
// everyday names.
describe("helbred: allergies, relapses, worsening and medicine in everyday words", () => {
  it.each([
    "Min søn kan ikke tåle nødder.",
    "Jeg er overfølsom over for penicillin.",
    "Min mand er blevet syg igen.",
    "Min far er begyndt at drikke igen.",
    "Min far bliver dårligere og dårligere.",
    "Min mor har det værre end sidst.",
    "Jeg får piller mod angst.",
    "Min datter går til psykolog.",
    "Min far har svært ved at trække vejret.",
    "Jeg kan ikke komme ud af sengen.",
    "Min kone har haft et slagtilfælde.",
    "Jeg har en psykisk lidelse.",
    "Min søn har fået et anfald.",
    "My father's condition has worsened.",
    "My dad is getting weaker every week.",
    "I take tablets for my blood pressure.",
    "He started drinking again.",
    "I suffer from migraines.",
    "Mein Vater ist schwer krank.",
    "Ich bin zuckerkrank.",
    "Ich nehme Tabletten gegen Depressionen.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it.each([
    "Hvor kan man købe medicin mod lus?",
    "Skolen er en nøddefri skole, så husk det til madpakken.",
    "My son needs tablets for school; does the municipality lend them?",
    "The road has worsened since the winter.",
    "Die Straße wird immer schlechter.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });
});

// Worsening phrases say something about health only with a person (or an illness) as their subject.
describe("helbred: worsening needs a person as its subject", () => {
  it.each([
    "Min far er blevet dårligere.",
    "Hun bliver dårligere for hver uge.",
    "Jeg har det værre end i sidste måned.",
    "Jeg har det dårligt.",
    "Jeg har det skidt for tiden.",
    "Jeg skriver for min mors skyld. Sygdommen er desværre blevet værre.",
    "My mum has got worse since the summer.",
    "I'm feeling worse every day.",
    "Es geht mir immer schlechter.",
    "Meiner Mutter geht es immer schlechter.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it.each([
    "Vejen ved skolen er blevet dårligere.",
    "Servicen er blevet dårligere.",
    "Internettet bliver dårligere og dårligere.",
    "Vejen til sygehuset er blevet dårligere.",
    "Jeg har det dårligt med at vente så længe på et svar.",
    "The bus service has got far worse.",
    "The weather is getting worse.",
    "Die Verbindung wird immer schlechter.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });

  it("needs the person word in the phrase's own language", () => {
    // Danish "er" (is) is not the German "er" (he), nor the Danish "i" (in) the English "I".
    expect(health("Vejen er i dag blevet dårligere.")).toEqual([]);
  });
});

// A fourth round, written without looking at any corpus mail: citizens, relatives and colleagues in plain words.
describe("helbred: a fourth round of plain disclosures", () => {
  it.each([
    "Min dreng er diabetiker og skal have hjælp til at måle blodsukker.",
    "Jeg har ondt i hovedet hver dag og kan ikke koncentrere mig.",
    "Min mor bruger kørestol efter sit fald.",
    "I use a wheelchair since my accident.",
    "Meine Tochter sitzt im Rollstuhl.",
    "Min mand har KOL og bruger ilt.",
    "My husband had a heart attack last week.",
    "Ich bin seit Monaten krankgeschrieben.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it.each([
    "Kørestolsrampen ved rådhuset er i stykker.",
    "Is the library accessible in a wheelchair?",
    "The swimming pool's water has deteriorated.",
    "Ich arbeite im Krankenhaus als Pfleger.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });
});

// Written for the fifth round without looking at any corpus mail: the person must be the subject of the worsening
// phrase's own clause, whether a pronoun, a relative, a relative clause's antecedent or a name; a person inside a
// phrase about a road, a bus or a website does not make the road's worsening health data.
describe("helbred: worsening with a name or a person as its clause's subject", () => {
  it.each([
    "Nu er Karen blevet dårligere.",
    "Min mor hedder Karen. Karen er blevet dårligere.",
    "Hej, jeg skriver om Ahmed. Ahmed har fået det værre siden sidst.",
    "Vi har talt med Jens. Jens er blevet dårligere.",
    "Min søn Muhammad har fået det værre.",
    "Since Christmas Fatima has got worse.",
    "My neighbour Tom is getting worse.",
    "Min far, der bor alene, er blevet dårligere.",
    "Jeg skriver om min far, som er blevet dårligere.",
    "Min far bor alene, og er blevet dårligere.",
    "Desværre er min mor blevet dårligere.",
    "Det er blevet værre med min mor.",
    "Es geht meiner Mutter immer schlechter.",
  ])("finds %s", (text) => {
    expect(health(text)).toHaveLength(1);
  });

  it.each([
    "Busforbindelsen til min mor er blevet dårligere.",
    "Vejen hen til min far er blevet dårligere.",
    "Internettet hos min søster bliver dårligere og dårligere.",
    "Skolen for min søn er blevet værre.",
    "Min mor ringede, og vejen er blevet dårligere.",
    "The bus to my mother's house has got worse.",
    "Die Verbindung zu meiner Mutter wird immer schlechter.",
    "Nyborg er blevet dårligere til at rydde sne.",
    "Jeg bor i Nyborg. Nyborg er blevet dårligere til at rydde sne.",
    "Vi bor i Odense, og Odense er blevet dårligere.",
    "Jeg bor på Fyn. Fyn er blevet dårligere til busser.",
    "Trafikken til Aarhus er blevet værre.",
    "Kommunens hjemmeside er blevet dårligere.",
  ])("does not take %s for health data", (text) => {
    expect(health(text)).toEqual([]);
  });

  it("says that a person as the subject made the worsening count", () => {
    const [finding] = health("Nu er Karen blevet dårligere.");
    expect(finding?.reasons).toContain("lexicon.disclosure-subject");
  });

  it.each([
    "Dad's getting worse.",
    "Mum has been getting worse since Easter.",
    "Farmor er blevet dårligere.",
  ])("finds %s, where the person word is the only cue", (text) => {
    expect(health(text)).toHaveLength(1);
  });
});

// A sixth round, written without looking at any corpus mail, in styles the corpus has little of: Danish learners,
// phone one-liners, relatives and lawyers writing on someone's behalf, English and German. Each names one art. 9 or
// 10 kind in plain words; the look-alikes name a place, a workplace or a general question.
describe("sensitive categories: plain disclosures in many voices", () => {
  const kinds = (text: string) =>
    detectCategories(text, "body", DEFAULT_DETECTION_SETTINGS).map((f) => f.kind);

  it.each([
    ["hej jeg har allergi mod gluten kan min søn få anden mad i skolen", "helbred"],
    ["Min datter har fået allergi for mælk, hvad skal jeg gøre.", "helbred"],
    ["jeg er gravid i 5 måned og skal have større bolig", "helbred"],
    ["Ich bin schwanger und brauche eine Wohnung.", "helbred"],
    ["Min mand har fået tilbagefald med sin depression.", "helbred"],
    ["My brother is addicted to heroin.", "helbred"],
    ["Jeg er afhængig af hash og vil gerne have hjælp.", "helbred"],
    ["Jeg er på metadon.", "helbred"],
    ["jeg tager antidepressiva siden i sommer", "helbred"],
    ["Jeg har angst og kan ikke møde op.", "helbred"],
    ["Jeg er døv og kan ikke ringe.", "helbred"],
    ["Min datter er blind.", "helbred"],
    ["Jeg skriver på vegne af min far, som har demens.", "helbred"],
    ["Min klient har en psykiatrisk diagnose.", "helbred"],
    ["I'm a recovering alcoholic.", "helbred"],
    ["Meine Tochter ist Diabetikerin.", "helbred"],
    ["min far har parkinson", "helbred"],
    ["Som advokat for min klient kan jeg oplyse, at han er sigtet for tyveri.", "strafbare_forhold"],
    ["My son was arrested last week.", "strafbare_forhold"],
    ["Jeg er katolik og vil gerne have fri til påske.", "religion"],
    ["Vi er Jehovas Vidner og vil ikke have blodtransfusion.", "religion"],
    ["Jeg er medlem af FOA.", "fagforening"],
    ["Ich bin Mitglied bei ver.di.", "fagforening"],
    ["Jeg er biseksuel.", "seksuel"],
    ["I am gay and my partner will move in with me.", "seksuel"],
  ])("finds %s as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    "Hvad koster en allergitest?",
    "Jeg arbejder på psykiatrien i Odense og vil høre om daginstitution.",
    "Hvor ligger hospitalet?",
    "Er der parkering ved sygehuset?",
    "Kan man få en gravid-rabat i svømmehallen?",
    "Hvilke fagforeninger findes der for pædagoger?",
    "Hvor ligger moskeen?",
    "Vi søger en pædagog til vores handicapafdeling.",
    "I work as a nurse at the hospital.",
    "Where can I buy allergy tablets?",
    "Ich arbeite in der Psychiatrie als Koch.",
    "Is there a prison visit schedule online?",
    "Vejen er blind.",
    "The website is blind to my needs.",
    "Jeg kan ikke komme til samtalen, da min søn er syg.",
  ])("finds no sensitive category in %s", (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
