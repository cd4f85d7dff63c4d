import { detectCategories } from "../../../../src/core/detect/categories";
import { compileLexicon, lexiconFor } from "../../../../src/core/detect/lexicon/compile";
import {
  BASE_CATEGORY_LEXICONS,
  BASE_CUES,
  SHIPPED_CATEGORY_FILES,
  SHIPPED_CUE_FILE,
} from "../../../../src/core/detect/lexicon/data";
import { foldText } from "../../../../src/core/detect/lexicon/fold";
import { foldedStem } from "../../../../src/core/detect/lexicon/stem";
import {
  LexiconError,
  checkShippedLexicons,
  readCategoryLexicon,
  termTextProblem,
} from "../../../../src/core/detect/lexicon/validate";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "../../../../src/core/detect/settings";
import { CATEGORY_KINDS } from "../../../../src/core/taxonomy";

const withAdditions = (lexiconAdditions: DetectionSettings["lexiconAdditions"]): DetectionSettings => ({
  ...DEFAULT_DETECTION_SETTINGS,
  lexiconAdditions,
});

describe("folding and stemming", () => {
  it("folds case, accents, æ/ø/å and separators the same way for terms and mail text", () => {
    expect(foldText("Kræft-behandling, DNA-prøve!")).toBe("kraeft behandling dna proeve");
    expect(foldText("  Idé  ÅBNINGSTID ")).toBe("ide aabningstid");
  });

  it("stems Danish and English words with Snowball and folds the stem", () => {
    expect(foldedStem("diagnosen", "da")).toBe("diagnos");
    expect(foldedStem("jøder", "da")).toBe("joed");
    expect(foldedStem("diagnosed", "en")).toBe("diagnos");
  });
});

describe("the shipped lexicon files", () => {
  it("have one file per category, each with Danish and English terms", () => {
    for (const kind of CATEGORY_KINDS) {
      const lexicon = BASE_CATEGORY_LEXICONS[kind];
      expect(lexicon.kind).toBe(kind);
      expect(lexicon.terms.da?.length).toBeGreaterThan(0);
      expect(lexicon.terms.en?.length).toBeGreaterThan(0);
    }
    expect(BASE_CUES.disclosure.da?.length).toBeGreaterThan(0);
    expect(BASE_CUES.generalQuestion.da?.length).toBeGreaterThan(0);
  });

  it("list no term also as a plain term, which would count without the person it needs", () => {
    for (const kind of CATEGORY_KINDS) {
      const lexicon = BASE_CATEGORY_LEXICONS[kind];
      for (const [lang, personTerms] of Object.entries(lexicon.personTerms ?? {})) {
        const plain = new Set(
          (lexicon.terms[lang as keyof typeof lexicon.terms] ?? []).map((t) => foldText(t.term)),
        );
        expect(personTerms.filter((t) => plain.has(foldText(t.term)))).toEqual([]);
      }
    }
  });

  it("pass the check the engine no longer runs at start, and are used exactly as that check reads them", () => {
    const read = checkShippedLexicons(SHIPPED_CATEGORY_FILES, SHIPPED_CUE_FILE);
    expect(read.categories).toEqual(BASE_CATEGORY_LEXICONS);
    expect(read.cues).toEqual(BASE_CUES);
  });

  it("fail that check when a shipped file gets a term the matcher cannot use, naming file and entry", () => {
    const helbred = BASE_CATEGORY_LEXICONS.helbred;
    const withBadTerm = {
      ...SHIPPED_CATEGORY_FILES,
      helbred: {
        ...helbred,
        terms: { ...helbred.terms, en: [...(helbred.terms.en ?? []), { term: "рак", weight: 0.9 }] },
      },
    };
    const last = helbred.terms.en?.length ?? 0;
    expect(() => checkShippedLexicons(withBadTerm, SHIPPED_CUE_FILE)).toThrow(
      new RegExp(`helbred\\.json: terms\\.en\\[${last}\\]: "рак" has letters outside the Latin alphabet`),
    );
    const badCue = { ...BASE_CUES, disclosure: { da: [{ term: "--", weight: 0.5 }] } };
    expect(() => checkShippedLexicons(SHIPPED_CATEGORY_FILES, badCue)).toThrow(
      /cues\.json: disclosure\.da\[0\]: "--" has no letters or digits/,
    );
    const badPerson = { ...BASE_CUES, person: { da: ["mor", 7] } };
    expect(() => checkShippedLexicons(SHIPPED_CATEGORY_FILES, badPerson)).toThrow(
      /cues\.json: person\.da\[1\]: expected a word/,
    );
  });

  it("reject a broken entry with a message naming the file, the entry and the problem", () => {
    const broken = {
      kind: "helbred",
      terms: {
        da: [
          { term: "kræft", weight: 0.9 },
          { term: "gigt", weight: 7 },
        ],
      },
    };
    expect(() => readCategoryLexicon(broken, "helbred.json", "helbred")).toThrow(LexiconError);
    expect(() => readCategoryLexicon(broken, "helbred.json", "helbred")).toThrow(
      /helbred\.json: terms\.da\[1\]: weight must be a number from 0 to 1/,
    );
    expect(() => readCategoryLexicon({ kind: "social", terms: {} }, "helbred.json", "helbred")).toThrow(
      /kind must be "helbred"/,
    );
  });

  it("say what is wrong with a term that cannot be matched", () => {
    expect(termTextProblem("kræft")).toBeNull();
    expect(termTextProblem("---")).toMatch(/no letters or digits/);
    expect(termTextProblem("рак")).toMatch(/outside the Latin alphabet/);
  });
});

describe("an admin's lexicon additions", () => {
  const text = "Min søn har fået konstateret mælkeallergi og cøliaki-lignende symptomer af typen xyzoplasi.";

  it("take effect: a new term becomes a finding", () => {
    expect(detectCategories("Min søn har xyzoplasi.", "body")).toEqual([]);
    const settings = withAdditions({ helbred: [{ term: "xyzoplasi", weight: 0.9 }] });
    const [finding] = detectCategories("Min søn har xyzoplasi.", "body", settings);
    expect(finding).toMatchObject({ kind: "helbred", value: "xyzoplasi" });
    expect(finding?.reasons).toContain("lexicon.term:xyzoplasi");
  });

  it("replace a shipped term's weight, and weight 0 switches it off", () => {
    const off = withAdditions({
      helbred: [
        { term: "allergi", weight: 0 },
        { term: "cøliaki", weight: 0 },
      ],
    });
    const reasons = detectCategories(text, "body", { ...off, threshold: 0 }).flatMap((f) => f.reasons);
    expect(reasons).not.toContain("lexicon.term:allergi");
    expect(reasons).not.toContain("lexicon.term:cøliaki");
  });

  it("follow the compound mode they are given", () => {
    const any = withAdditions({ social: [{ term: "fattigdom", weight: 0.9, compound: "any" }] });
    const none = withAdditions({ social: [{ term: "fattigdom", weight: 0.9, compound: "none" }] });
    const sentence = "Min familie lever i børnefattigdom.";
    expect(detectCategories(sentence, "body", any).map((f) => f.kind)).toContain("social");
    expect(detectCategories(sentence, "body", none)).toEqual([]);
  });

  it("may add cues: a new disclosure cue raises the confidence", () => {
    const plain = detectCategories("Borgeren Xyz har epilepsi.", "body", {
      ...DEFAULT_DETECTION_SETTINGS,
      threshold: 0,
    });
    const cued = detectCategories("Borgeren Xyz har epilepsi.", "body", {
      ...DEFAULT_DETECTION_SETTINGS,
      threshold: 0,
      cueAdditions: { disclosure: [{ term: "xyz har", weight: 0.9 }] },
    });
    expect(cued[0]?.confidence).toBeGreaterThan(plain[0]?.confidence ?? 1);
  });

  it("are checked: a bad addition is rejected with a message that says where", () => {
    const bad = withAdditions({ religion: [{ term: "  ", weight: 0.5 }] });
    expect(() => compileLexicon(bad)).toThrow(
      /lexiconAdditions\.religion\[0\]: " {2}" has no letters or digits/,
    );
  });
});

describe("compiling once per configuration", () => {
  it("reuses the compiled lexicon for the same additions, by identity and by content", () => {
    const additions = { helbred: [{ term: "xyzoplasi", weight: 0.9 }] };
    const first = lexiconFor(withAdditions(additions));
    expect(lexiconFor({ ...DEFAULT_DETECTION_SETTINGS, threshold: 0.7, lexiconAdditions: additions })).toBe(
      first,
    );
    expect(lexiconFor(withAdditions({ helbred: [{ term: "xyzoplasi", weight: 0.9 }] }))).toBe(first);
    expect(lexiconFor(withAdditions({ helbred: [{ term: "xyzoplasi", weight: 0.8 }] }))).not.toBe(first);
  });
});

describe("text without letters", () => {
  it("has no category findings with the shipped lexicon (the scan is skipped)", () => {
    expect(detectCategories("0101901234 -- 12.34 / 5678\n\n1234567890", "body")).toEqual([]);
  });

  it("is still scanned when an admin adds a term without letters", () => {
    const settings = { ...withAdditions({ helbred: [{ term: "112", weight: 0.95 }] }), threshold: 0.3 };
    const findings = detectCategories("Ring 112 nu", "body", settings);
    expect(findings.map((f) => f.kind)).toEqual(["helbred"]);
    expect(detectCategories("112 112", "body", settings).map((f) => f.kind)).toEqual(["helbred"]);
  });
});

describe("long text", () => {
  it("finds a sentence the same wherever it stands, also 16,000 characters in", () => {
    const sentence = "Min søn har fået diagnosen ADHD.";
    const [alone] = detectCategories(sentence, "body");
    expect(alone?.kind).toBe("helbred");
    for (let shift = -40; shift <= 40; shift += 3) {
      const padding = "ok ".repeat(Math.floor((16_384 + shift) / 3)) + "\n\n";
      const found = detectCategories(padding + sentence, "body");
      expect(found).toEqual([
        { ...alone, start: (alone?.start ?? 0) + padding.length, end: (alone?.end ?? 0) + padding.length },
      ]);
    }
  });
});
