import fc from "fast-check";
import {
  ALERT_MAX_LENGTH,
  BUTTON_MAX_LENGTH,
  blockAlert,
  failureAlert,
  openPaneLabel,
  uncheckedAlert,
  type Block,
} from "../../../../src/core/send-guard/alert-text";
import { decideSend } from "../../../../src/core/send-guard/decide";
import { NOT_READ_REASONS } from "../../../../src/core/attachment";
import { FINDING_KINDS } from "../../../../src/core/taxonomy";
import { finding, outgoing } from "./findings";

function blockFor(findings: ReturnType<typeof finding>[]): Block {
  const decision = decideSend(
    outgoing({ to: ["borger@example.dk"] }),
    { internalDomains: ["nyborg.dk"], sendGuard: { minSensitivity: "fortrolige" } },
    () => findings,
  );
  if (decision.action !== "block") throw new Error("expected a block");
  return decision;
}

const replyWithCprAndHealth = blockFor([
  finding("cpr", "quoted", "0101901234"),
  finding("cpr", "body", "3112851234"),
  finding("helbred", "quoted", "diagnose"),
]);

describe("blockAlert", () => {
  test("Danish: names kinds and counts, shows masked numbers only, points to the quoted mail and Digital Post", () => {
    const text = blockAlert(replyWithCprAndHealth, "da", "plain");
    expect(text).toContain("1 modtager uden for kommunen");
    expect(text).toContain("helbredsoplysninger");
    expect(text).toContain("2 × CPR-nummer (010190-****, 311285-****)");
    expect(text).toContain("citerede mail");
    expect(text).toContain("Digital Post");
    expect(text).not.toMatch(/0101901234|3112851234|diagnose/);
  });

  test("English when asked", () => {
    const text = blockAlert(replyWithCprAndHealth, "en", "plain");
    expect(text).toContain("1 recipient outside the municipality");
    expect(text).toContain("2 × CPR number");
    expect(text).toContain("health information");
    expect(text).toContain("Digital Post");
  });

  test("Markdown: a bold heading, list items ended by \\r, and masked digits escaped so they do not turn bold", () => {
    const text = blockAlert(replyWithCprAndHealth, "da", "markdown");
    expect(text.startsWith("**")).toBe(true);
    expect(text).toContain("- 2 × CPR-nummer (010190-\\*\\*\\*\\*, 311285-\\*\\*\\*\\*)\r");
    expect(text).toContain("- helbredsoplysninger\r");
  });

  test("where counting stopped it says so: mere end 100, more than 100", () => {
    const many = blockFor(
      Array.from({ length: 500 }, (_, i) => finding("cpr", "body", String(1_000_000_000 + i))),
    );
    expect(blockAlert(many, "da", "plain")).toContain("mere end 100 × CPR-nummer (100000-****, …)");
    expect(blockAlert(many, "en", "plain")).toContain("more than 100 × CPR number");
  });

  test("every kind at once still fits in 500 characters, in both languages and formats", () => {
    const block = blockFor(
      FINDING_KINDS.map((kind, i) => finding(kind, "body", `01019${i}1234`.slice(0, 10))),
    );
    for (const lang of ["da", "en"] as const) {
      for (const format of ["plain", "markdown"] as const) {
        const text = blockAlert(block, lang, format);
        expect(text.length).toBeLessThanOrEqual(ALERT_MAX_LENGTH);
        expect(text).toContain("Digital Post");
      }
    }
  });

  test("property: any block fits in 500 characters and keeps the advice", () => {
    const summary = fc.record({
      kind: fc.constantFrom(...FINDING_KINDS),
      count: fc.integer({ min: 1, max: 100 }),
      moreThan: fc.boolean(),
      masked: fc.array(fc.stringMatching(/^\d{6}-\*{4}$/), { maxLength: 2 }),
      attachments: fc.array(fc.string({ maxLength: 255 }), { maxLength: 2 }),
      outsideAttachments: fc.boolean(),
    });
    const blocks = fc.record({
      action: fc.constant("block" as const),
      sensitivity: fc.constantFrom("fortrolige" as const, "foelsomme" as const),
      kinds: fc.uniqueArray(summary, {
        minLength: 1,
        maxLength: FINDING_KINDS.length,
        selector: (s) => s.kind,
      }),
      externalRecipients: fc.integer({ min: 1, max: 500 }),
      inQuoted: fc.boolean(),
      inSubject: fc.boolean(),
    });
    fc.assert(
      fc.property(
        blocks,
        fc.array(
          fc.record({ name: fc.string({ maxLength: 255 }), reason: fc.constantFrom(...NOT_READ_REASONS) }),
          { maxLength: 20 },
        ),
        fc.constantFrom("da" as const, "en" as const),
        fc.constantFrom("plain" as const, "markdown" as const),
        (block, unchecked, lang, format) => {
          const text = blockAlert(block, lang, format, unchecked);
          return text.length <= ALERT_MAX_LENGTH && text.includes("Digital Post");
        },
      ),
    );
  });
});

describe("attachments in the alert", () => {
  const inPayslip = (name: string) => ({ ...finding("cpr", "attachment", "1203891234"), attachment: name });

  test("names the attachment that holds a kind, its CPR number masked", () => {
    const block = blockFor([inPayslip("lønseddel 120389-1234.pdf"), finding("helbred", "body", "diagnose")]);
    const text = blockAlert(block, "da", "plain");
    expect(text).toContain("1 × CPR-nummer (120389-****) i lønseddel 120389-****.pdf");
    expect(text).toContain("• helbredsoplysninger\n");
    expect(text).not.toContain("1234");
    expect(blockAlert(block, "en", "plain")).toContain(
      "1 × CPR number (120389-****) in lønseddel 120389-****.pdf",
    );
  });

  test("says 'også i' when the kind is in the mail's text as well", () => {
    const block = blockFor([finding("cpr", "quoted", "0101901234"), inPayslip("lønseddel.docx")]);
    expect(blockAlert(block, "da", "plain")).toContain("(010190-****, 120389-****), også i lønseddel.docx");
  });

  test("lists the attachments not checked, with why, and shortens a long name but keeps its extension", () => {
    const block = blockFor([finding("cpr", "body", "0101901234")]);
    const long = `${"Ansøgning om boligstøtte og meget mere ".repeat(4)}.pdf`;
    const text = blockAlert(block, "da", "plain", [
      { name: "scan.jpg", reason: "image" },
      { name: long, reason: "unsupported" },
    ]);
    expect(text).toMatch(
      /Ikke tjekket: scan\.jpg \(billede\), Ansøgning om boligstøtte og meget[^,]*….pdf \(formatet læses ikke her\)\./,
    );
  });

  test("an unchecked attachment without findings: fail-open asks the user to look, fail-closed says not sent", () => {
    const unchecked = [{ name: "lønseddel.pdf", reason: "unsupported" as const }];
    expect(uncheckedAlert(unchecked, "da", "open")).toContain(
      "Kanalvagt kunne ikke tjekke lønseddel.pdf (formatet læses ikke her) for personoplysninger",
    );
    expect(uncheckedAlert(unchecked, "da", "closed")).toContain("ikke sendt");
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `${"x".repeat(200)}${i}.pdf`,
      reason: "limit" as const,
    }));
    for (const mode of ["open", "closed"] as const) {
      expect(uncheckedAlert(many, "en", mode).length).toBeLessThanOrEqual(ALERT_MAX_LENGTH);
      expect(uncheckedAlert(many, "da", mode).length).toBeLessThanOrEqual(ALERT_MAX_LENGTH);
    }
  });
});

describe("failure texts and the button", () => {
  test("fail-open asks the user to check the mail themselves; fail-closed says the mail was not sent", () => {
    expect(failureAlert("da", "open")).toContain("Se selv efter CPR-numre");
    expect(failureAlert("da", "closed")).toContain("ikke sendt");
    expect(failureAlert("en", "closed")).toContain("not sent");
    for (const lang of ["da", "en"] as const)
      for (const mode of ["open", "closed"] as const)
        expect(failureAlert(lang, mode).length).toBeLessThanOrEqual(ALERT_MAX_LENGTH);
  });

  test("the button text is within Outlook's 20 characters", () => {
    expect(openPaneLabel("da").length).toBeLessThanOrEqual(BUTTON_MAX_LENGTH);
    expect(openPaneLabel("en").length).toBeLessThanOrEqual(BUTTON_MAX_LENGTH);
  });
});
