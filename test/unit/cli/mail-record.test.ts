import { mailRecord } from "../../../src/cli/mail-record";
import { concealMatchedWords } from "../../../src/core/conceal-reasons";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { emptyMail } from "../../../src/core/mail";
import { triage } from "../../../src/core/triage";

// Reasons once carried the matched words ("lexicon.term:hiv") into the JSON even without --reveal.
const DISCLOSED = [
  "Jeg er hiv-positiv og har brug for hjælp til medicin.",
  "Min søn har skizofreni og er indlagt.",
  "Jeg er homoseksuel og er bange for min nabo.",
  "Jeg er muslim og beder om halal mad i plejehjemmet.",
  "Min mand er dømt for vold og sidder i fængsel.",
];
const WORDS = /hiv|skizofreni|homoseksuel|muslim|dømt|fængsel|indlagt|medicin|vold/i;

function recordOf(text: string, reveal: boolean) {
  const mail = { ...emptyMail(), subject: "Hjælp", from: { address: "borger@example.dk" }, textBody: text };
  return mailRecord("mail.eml", triage(mail, DEFAULT_CONFIG), [], 1, reveal);
}

describe("the JSON record's reasons", () => {
  test.each(DISCLOSED)(
    "without --reveal name the rule and the finding's category, never the words: %s",
    (text) => {
      const record = recordOf(text, false);
      const categories = record.findings.filter(
        (f) => !["cpr", "bankkonto", "iban", "pas", "koerekort"].includes(f.kind),
      );
      expect(categories.length).toBeGreaterThan(0);
      for (const finding of categories) {
        expect(finding.reasons).toContain("lexicon.term");
        expect(finding.reasons.join(" ")).not.toMatch(WORDS);
        expect(finding).not.toHaveProperty("value");
      }
    },
  );

  test("with --reveal keep the words, as the user asked to see them", () => {
    const record = recordOf(DISCLOSED[0] ?? "", true);
    expect(record.findings.flatMap((f) => f.reasons).join(" ")).toMatch(/lexicon\.term:.*hiv/i);
  });

  test("a rule's own word stays: it names the rule, not the mail", () => {
    expect(concealMatchedWords("cpr.context:cpr-nr")).toBe("cpr.context:cpr-nr");
    expect(concealMatchedWords("lexicon.disclosure:min søn")).toBe("lexicon.disclosure");
    expect(concealMatchedWords("cpr.date")).toBe("cpr.date");
  });
});
