// The CPR detector's reading of layouts and of the words and characters around a number (issue 10, item 4): grouped
// and wrapped numbers, labels for other numbers, amounts, time stamps, glue, denial, and the people a number belongs to.
import fc from "fast-check";
import type { Finding } from "../../../../src/core/detect/finding";
import { cpr, isFinding, only, today } from "./cpr-findings";
import { DEFAULT_IDENTIFIER_KEYWORDS } from "../../../../src/core/detect/identifier-context";
import { detectIdentifiers } from "../../../../src/core/detect/identifiers";

const hasReason = (f: Finding, prefix: string) => f.reasons.some((r) => r.startsWith(prefix));

describe("CPR: numbers written in groups or wrapped", () => {
  it.each([
    ["0101 90-1234", "date as 4 + 2"],
    ["01 01 90 1234", "date in pairs"],
    ["01-01-90-1234", "date in pairs with hyphens"],
    ["010190 12 34", "serial in pairs, as read out over the phone"],
    ["01 01 90 12 34", "all in pairs"],
  ])("finds %s (%s) without a label, and higher with one", (written) => {
    const bare = only(`Nummeret er ${written} tak.`);
    expect(bare.value).toBe("0101901234");
    expect(isFinding(bare)).toBe(true);
    expect(only(`Mit CPR-nr. er ${written}.`).confidence).toBeGreaterThan(bare.confidence);
  });

  it("finds a labelled number with a dotted date even when it fails mod-11, but not a bare dotted date", () => {
    const labelled = only("CPR: 01.01.90-1235");
    expect(labelled.reasons).toContain("cpr.mod11-fail");
    expect(isFinding(labelled)).toBe(true);
    expect(isFinding(only("Mødet er 01.01.90 1235 i salen"))).toBe(false);
  });

  it("finds a number wrapped at the end of a line", () => {
    for (const text of ["Mit nummer er 010190-\n1234 og jeg", "Mit nummer er 010190\n1234"]) {
      const f = only(text);
      expect(f.value).toBe("0101901234");
      expect(isFinding(f)).toBe(true);
    }
  });

  it("does not take ten digits out of a longer grouped number, or read a phone number as one", () => {
    expect(cpr("12 01 01 90 1234").filter(isFinding)).toEqual([]);
    expect(cpr("Ring 12 34 56 78 eller 20 30 40 50")).toEqual([]);
    expect(cpr("0101 901234")).toEqual([]);
  });
});

describe("CPR: labels for other numbers", () => {
  it.each([
    "Ansøgningsnummer 0101901234",
    "Ansøgnings-nr.: 0101901234",
    "Afgiftsnr. 0101901234",
    "Kvitteringsnr. 0101901234",
    "Ordrenr. 0101901234",
    "Fakturanr. 0101901234",
    "Journalnr. 0101901234",
    "Sagsnr. 0101901234",
    "Billetnr. 0101901234",
    "Ticket no. 0101901234",
    "Order no. 0101901234",
    "Invoice no. 0101901234",
    "Receipt no. 0101901234",
    "Application no. 0101901234",
    "Booking reference 0707614285",
    "Antragsnummer 0707614285",
    "Kontrakt 0707614285",
    "Contract no. 0707614285",
    // With a slip of the finger, as the keywords and the lexicon read their words.
    "Fatkuranr. 0707614285",
    "Faktrua-nr. 0707614285",
    "Odrenr. 0707614285",
    "Biletnr. 0707614285",
    "Sgasnr. 0707614285",
    "Jorunalnr. 0707614285",
    "Kvitterinsgnr. 0707614285",
    "Ansøgningsnumer 0707614285",
    "Afgiftnr. 0707614285",
  ])("keeps %s below a finding", (text) => {
    const f = only(text);
    expect(isFinding(f)).toBe(false);
    expect(hasReason(f, "cpr.negative-context:")).toBe(true);
  });

  it("reads a label glued to letters of another script as the whole word", () => {
    // An open label ("faktura*") takes any letters after it; a whole-word label ("order") none, whatever the script.
    expect(only("Fakturaнр. 0101901234").reasons).toContain("cpr.negative-context:fakturaнр");
    expect(hasReason(only("Orderн 0101901234"), "cpr.negative-context:")).toBe(false);
    expect(hasReason(only("Orderнр 0101901234 𝒜"), "cpr.negative-context:")).toBe(false);
  });

  it("lets the text say the labelled number is a CPR number after all", () => {
    const f = only("Kvitteringsnr. 0101901234 – det er også mit CPR-nummer.");
    expect(isFinding(f)).toBe(true);
    expect(f.reasons).toContain("cpr.context:cpr-nummer");
  });

  it("still weighs a reference word near an unlabelled number when a labelled one stands before it", () => {
    const [invoice, other] = cpr(
      "Vi har modtaget faktura nr. 0503255114 på 7.026,29 kr.\n\nNummeret 220576-2829 står på brevet.",
    );
    expect(invoice?.reasons).toContain("cpr.negative-context:faktura");
    expect(other?.reasons).toContain("cpr.nearby-reference:faktura");
  });

  it("does not take the CPR word of the next sentence as a statement about the number", () => {
    expect(isFinding(only("Kvitteringsnr. 0101901234. Mit CPR-nummer sender jeg senere."))).toBe(false);
  });
});

// A fifth round of look-alikes, written without looking at any corpus mail: everyday words and compounds that name
// another number, counts, and file names.
describe("CPR: other numbers in everyday words", () => {
  it.each([
    ["a case", "Vores sag 0101901234 er stadig åben"],
    ["a parcel", "Pakken 0101901234 er ikke kommet"],
    ["a log line", "Logged 0101231430 by the system"],
    ["a meter number", "Målernummer 0101901234"],
    ["a member number", "Medlemsnummer 0101901234 i 3F"],
    ["a German meter number", "Zählernummer 0101901234"],
    ["a count of seconds", "Jeg har ventet 0101901234 sekunder"],
    ["a count of pieces", "Vi har 0101901234 stk. på lager"],
    ["a file name", "Se vedhæftet Billede_0101901234.jpg"],
  ])("keeps %s below a finding", (_name, text) => {
    expect(isFinding(only(text))).toBe(false);
  });

  it.each([
    "Personnummer 0101901234",
    "Sygesikringsnummer 0101901234",
    "Fødselsnummer 0101901234",
    "Erstatningspersonnummer 0101901234",
    "Hans erstatnings-cpr-nr 0101901234",
    "Min sag gælder min søn 0101901234",
    "Sagen handler om Peter Hansen, 0101901234",
  ])("still finds %s, where a CPR or person word is the label", (text) => {
    expect(isFinding(only(text))).toBe(true);
  });

  it("does not let a case mentioned further off lower an unlabelled number", () => {
    expect(only("Jeg skriver om min sag. Her er nummeret: 0101901234").confidence).toBeGreaterThanOrEqual(
      0.65,
    );
  });
});

describe("CPR: words that start like a label but are not one", () => {
  it.each([
    ["a journalist named before the number", "Journalist Hans Hansen 0101901234 ringede."],
    ["journalism as a subject", "Journalistik 0101901234"],
    ["a contractor", "Kontraktør Jens Holm 0101901234"],
    ["a contractor in English", "Contractor Jens Holm 0101901234"],
  ])("does not take %s for a number's label", (_name, text) => {
    expect(only(text).reasons.filter((r) => r.startsWith("cpr.negative-context"))).toEqual([]);
    expect(isFinding(only(text))).toBe(true);
  });

  it.each(["Journalnr. 0101901234", "Journalen 0101901234", "Journal-nr 0101901234", "Kontrakt 0101901234"])(
    "still reads %s as another number's label",
    (text) => {
      expect(isFinding(only(text))).toBe(false);
    },
  );
});

describe("CPR: labels for other numbers with a slip of the finger", () => {
  it.each([
    // One slip from "billet*", but neither long enough nor ending in a word for "number".
    "Billede 0707614285",
    // A slipped CPR word is no label of another number.
    "Personummer 0707614285",
    // One letter from "aftale-nr", but the word for "the agreement".
    "Som aftalen siger: Hans Hansen 0707614285",
    // One slip from "faktura*" counts only as the label right before a number, not as a word nearby.
    "Spørgsmål om fakturering. Mit nummer er 0707614285.",
    "Borgerne: 0707614285",
  ])("still finds the CPR number in %s, with no other number's word", (text) => {
    const f = only(text);
    expect(isFinding(f)).toBe(true);
    expect(hasReason(f, "cpr.negative-context:")).toBe(false);
    expect(hasReason(f, "cpr.nearby-reference:")).toBe(false);
  });

  it("does not read a word one slip from both another number's label and a CPR word as the other label", () => {
    const keywords = {
      ...DEFAULT_IDENTIFIER_KEYWORDS,
      cprNegative: ["fakturanummer*"],
      cprContext: ["fakturanumre"],
      notIdentifier: [],
    };
    const [f] = detectIdentifiers("Fakturanumer 0707614285", "body", { today, keywords });
    expect(f).toBeDefined();
    expect(f?.reasons.some((r) => r.startsWith("cpr.negative-context:"))).toBe(false);
  });
});

describe("CPR: numbers the text denies", () => {
  it.each([
    "Kvitteringsnr. 0101901234 (det er ikke mit CPR-nummer)",
    "Nummeret 0101901234 er ikke et CPR-nummer, men et bilagsnummer",
    "0101901234 – this is not my CPR number",
    "Dette er ikke mit CPR: 0101901234",
    "Das ist keine CPR-Nummer: 0101901234",
  ])("keeps %s below a finding", (text) => {
    const f = only(text);
    expect(isFinding(f)).toBe(false);
    expect(hasReason(f, "cpr.denied:")).toBe(true);
  });

  it("does not read a negation further off as a denial", () => {
    expect(isFinding(only("Jeg kan ikke huske hvornår, men mit CPR-nummer er 0101901234"))).toBe(true);
  });
});

describe("CPR: amounts, time stamps and technical values", () => {
  it.each([
    "Vi har modtaget 0101901234 kr. fra dig",
    "Beløbet er kr. 0101901234",
    "Saldo: DKK 0707614285",
    "Overført 0707614285,- i alt",
    "Restbeløb 0707614285,00",
  ])("keeps the amount in %s below a finding", (text) => {
    expect(isFinding(only(text))).toBe(false);
  });

  it.each([
    ["a Unix time stamp with its word", "Tidsstempel 1701014567"],
    ["a Unix time stamp in a log line", "event=login ts=1701014567"],
    ["a value in JSON", '{"created": 1701014567}'],
    ["a value after a code-like key", "created_at: 1701014567"],
    ["a recent date and a time", "Modtaget 150226 1430 i systemet"],
    ["a recent date and a time written together", "Scannet 1502260915"],
  ])("keeps %s below a finding", (_name, text) => {
    expect(isFinding(only(text))).toBe(false);
  });

  // Dates of years ago, so only the words say they are moments in time (today is 2026-03-01 in these tests).
  it.each([
    "Billedet er taget 150324 1032 som tidspunkt.",
    "Log: 150324 1032 kl. 10.32",
    "Dato og tid: 150324 1032",
    "Zeit: 150324 1032",
    "Registered 150324 1032 time of entry.",
    "Tidsstempel 150324-1032 fra kameraet",
  ])("keeps the date and time in %s below a finding", (text) => {
    expect(isFinding(only(text))).toBe(false);
  });

  it.each([
    "Mit CPR-nummer er 150324-1032, jeg ringede kl. 10.",
    "Barn: 150324 1032 kl. 10 til tandlægen",
    "Min søns personnummer 1503241032 tidspunkt for mødet er kl. 10",
  ])("still finds %s, where a CPR or person word says what it is", (text) => {
    expect(isFinding(only(text))).toBe(true);
  });

  it("does not read a time word in the next sentence as the number's", () => {
    expect(isFinding(only("Hans Hansen 150324 1032. Tidspunkt for mødet er kl. 10."))).toBe(true);
  });

  it("still finds a number whose serial looks like a time when a person is named", () => {
    // Read as CPR numbers these are births in 1926, a century before the recent dates they look like.
    expect(isFinding(only("Borger: Hans Jensen, 150226-1430"))).toBe(true);
    expect(isFinding(only("Barn: 1502261430"))).toBe(true);
  });
});

describe("CPR: digits glued to letters", () => {
  it.each(["Varenr AB0101901234", "Kode 0101901234DK", "x0101901234x"])(
    "keeps %s below a finding",
    (text) => {
      const f = only(text);
      expect(isFinding(f)).toBe(false);
      expect(f.reasons).toContain("cpr.glued-letters");
    },
  );

  it("finds a number written right after a CPR word", () => {
    expect(isFinding(only("CPR0707614285"))).toBe(true);
  });
});

describe("CPR: a person named beside the number", () => {
  it.each([
    ["Borger: Hans Jensen, 0101901234", "cpr.person:borger"],
    ["Barn: Emil, 0101201234", "cpr.person:barn"],
    ["Elev: Sofie Holm 0101121234", "cpr.person:elev"],
    ["Citizen: Anna Kowalska, 0101901234", "cpr.person:citizen"],
  ])("reads the person word in %s", (text, reason) => {
    const f = only(text);
    expect(f.reasons).toContain(reason);
    expect(f.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("reads a name right before the number", () => {
    const named = only("Vedr. Anne-Marie Holm (0101901234)");
    expect(named.reasons).toContain("cpr.person-name");
    expect(named.confidence).toBeGreaterThan(only("Vedr. nummeret 0101901234").confidence);
  });

  it("does not take capitalised compound nouns, as in a subject line, for a name", () => {
    expect(only("Helbredsoplysninger Nummeret 231044-2942 står på brevet").reasons).not.toContain(
      "cpr.person-name",
    );
  });

  it("does not let a name outweigh a label for another number", () => {
    expect(isFinding(only("Hans Jensen, ordrenr. 0101901234"))).toBe(false);
  });

  it("prefers the CPR reading over a bank account when a person is named", () => {
    const found = detectIdentifiers("NemKonto: Hans Jensen 0101901234", "body", { today });
    expect(found.map((f) => f.kind)).toEqual(["cpr"]);
    const account = detectIdentifiers("NemKonto: 0101901234", "body", { today });
    expect(account.map((f) => f.kind)).toEqual(["bankkonto"]);
  });
});

describe("CPR: tables", () => {
  const rows =
    "Jens Hansen\t0101901234\t5800\t4000\nOle Holm\t0202911234\t5700\t3000\nEva Dal\t0303921234\t5600\t2000";

  it("finds the numbers of a column headed CPR", () => {
    const found = cpr(`Navn\tCPR\tPostnr.\tBeløb\n${rows}`);
    expect(found).toHaveLength(3);
    expect(found.every((f) => isFinding(f) && hasReason(f, "cpr.column:"))).toBe(true);
  });

  it("keeps the same numbers below a finding under a header that names no CPR numbers", () => {
    const found = cpr(`Kunde\tKontrakt\tPostnr.\tBeløb\n${rows.replace(/[A-Z][a-z]+ [A-Z][a-z]+/g, "x")}`);
    expect(found).toHaveLength(3);
    expect(found.some(isFinding)).toBe(false);
  });
});

describe("CPR: properties", () => {
  /** The words of the shipped data that label another kind of number, as a person would write them. */
  const otherNumberWords = [
    ...DEFAULT_IDENTIFIER_KEYWORDS.cprNegative,
    ...DEFAULT_IDENTIFIER_KEYWORDS.notIdentifier,
  ].map((w) => w.replace(/\*$/, ""));
  const words = fc
    .array(
      fc.constantFrom(
        "jeg",
        "har",
        "et",
        "spørgsmål",
        "om",
        "den",
        "sidste",
        "tak",
        "hej",
        "venlig",
        "hilsen",
      ),
      {
        maxLength: 12,
      },
    )
    .map((w) => w.join(" "));
  const validNumber = fc.constantFrom("0707614285", "070761-4285", "0101901234", "211062-5629", "0101585018");

  it("never gives a high-confidence CPR number to a number labelled as another kind", () => {
    fc.assert(
      fc.property(
        words,
        fc.constantFrom(...otherNumberWords),
        fc.constantFrom(" ", ": ", ". ", " nr. ", "\n"),
        validNumber,
        words,
        (before, label, gap, number, after) => {
          const text = `${before} ${label}${gap}${number} ${after}`;
          expect(cpr(text).filter(isFinding)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
