import type { SignatureState } from "../../../../src/core/analysis";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { recommend, type PolicyInput } from "../../../../src/core/policy/recommend";
import type { Flag, Handling, Sensitivity } from "../../../../src/core/taxonomy";
import type { Classification } from "../../../../src/core/triage-types";

const unsigned: SignatureState = { signed: false, encrypted: false, status: "unsigned", reasons: [] };
const encrypted: SignatureState = { signed: true, encrypted: true, status: "encrypted", reasons: [] };
const unknown: SignatureState = { signed: false, encrypted: false, status: "unknown", reasons: [] };

function input(
  handling: Handling,
  sensitivity: Sensitivity = "ingen",
  flags: Flag[] = [],
  signature: SignatureState = unsigned,
): PolicyInput {
  const classification: Classification = {
    handling: { value: handling, confidence: 0.9, reasons: [] },
    flags: flags.map((value) => ({ value, confidence: 0.95, reasons: [] })),
    topic: { value: "ydelser", confidence: 0.9, reasons: [] },
    sender: { value: "borger", confidence: 0.9, reasons: [] },
    lang: { value: "da", confidence: 0.9, reasons: [] },
  };
  return {
    classification,
    sensitivity,
    signature,
    bodyReadable: true,
    received: new Date("2026-03-31T09:00:00Z"),
    selfServiceLink: DEFAULT_CONFIG.topics.ydelser.selfService[0],
  };
}

const SENSITIVE_WARNINGS = [
  "warn.no-email-reply",
  "warn.no-forward-external",
  "warn.answer-digital-post",
  "warn.journalise",
];

describe("the channel strategy's decision table", () => {
  it.each([
    // handling, sensitivity, channel, template, alternatives, journalise
    ["sag", "ingen", "digital-post", "digital-post-svar", ["kvittering"], true],
    ["sag", "almindelige", "digital-post", "digital-post-svar", ["kvittering"], true],
    ["selvbetjening", "ingen", "selvbetjening", "selvbetjening", ["booking", "digital-post-svar"], false],
    ["generel", "ingen", "selvbetjening", "selvbetjening", ["booking", "digital-post-svar"], false],
    ["booking", "ingen", "booking", "booking", ["digital-post-svar"], false],
    ["ingen", "ingen", "ingen", undefined, [], false],
    ["sag", "foelsomme", "digital-post", "digital-post-svar", ["kvittering", "sikker-kanal"], true],
    [
      "selvbetjening",
      "fortrolige",
      "digital-post",
      "digital-post-svar",
      ["selvbetjening", "kvittering", "sikker-kanal"],
      true,
    ],
    [
      "booking",
      "foelsomme",
      "digital-post",
      "digital-post-svar",
      ["booking", "kvittering", "sikker-kanal"],
      true,
    ],
    ["ingen", "foelsomme", "ingen", undefined, [], true],
  ] as const)(
    "%s with %s data → %s",
    (handling, sensitivity, channel, template, alternatives, journalise) => {
      const r = recommend(input(handling, sensitivity), DEFAULT_CONFIG);
      expect(r.channel).toBe(channel);
      expect(r.template).toBe(template);
      expect(r.alternatives).toEqual(alternatives);
      expect(r.journalise).toBe(journalise);
    },
  );

  it("unsigned mail with CPR and health data: no e-mail answer, no forwarding, Digital Post, journalise", () => {
    const r = recommend(input("sag", "foelsomme"), DEFAULT_CONFIG);
    expect(r.warnings).toEqual(
      expect.arrayContaining(["warn.sensitive-unsecured:foelsomme", ...SENSITIVE_WARNINGS]),
    );
    expect(r.categories).toEqual(["Kanalvagt: Sag", "Kanalvagt: Følsomme oplysninger"]);
  });

  it("encrypted mail with sensitive data raises no e-mail warnings", () => {
    const r = recommend(input("sag", "foelsomme", [], encrypted), DEFAULT_CONFIG);
    expect(r.warnings).not.toContain("warn.no-email-reply");
    expect(r.alternatives).not.toContain("sikker-kanal");
  });

  it("an unknown signature state counts as unsecured, and says so", () => {
    const r = recommend(input("sag", "fortrolige", [], unknown), DEFAULT_CONFIG);
    expect(r.warnings).toEqual(expect.arrayContaining(["warn.signature-unknown", "warn.no-email-reply"]));
  });

  it("an encrypted mail that cannot be read is journalised and said to be unreadable", () => {
    const r = recommend({ ...input("sag", "ingen", [], encrypted), bodyReadable: false }, DEFAULT_CONFIG);
    expect(r.warnings).toEqual(["warn.encrypted-unreadable", "warn.journalise"]);
  });

  it("aktindsigt makes a case with the deadline seven working days after receipt (across Easter 2026)", () => {
    const r = recommend(input("generel", "ingen", ["aktindsigt"]), DEFAULT_CONFIG);
    expect(r.channel).toBe("digital-post");
    expect(r.aktindsigtDeadline).toBe("2026-04-14");
    expect(r.warnings).toContain("warn.aktindsigt-deadline:2026-04-14");
    expect(r.categories).toContain("Kanalvagt: Aktindsigt");
    expect(r.journalise).toBe(true);
  });

  it("counts the deadline across Christmas and New Year", () => {
    const r = recommend(
      { ...input("sag", "ingen", ["aktindsigt"]), received: new Date("2025-12-19T14:00:00Z") },
      DEFAULT_CONFIG,
    );
    expect(r.aktindsigtDeadline).toBe("2026-01-06");
  });

  it("a complaint is a case with a warning", () => {
    const r = recommend(input("booking", "ingen", ["klage"]), DEFAULT_CONFIG);
    expect(r.channel).toBe("digital-post");
    expect(r.warnings).toEqual(["warn.complaint", "warn.journalise"]);
  });

  it("passes the self-service link on only when a template uses it", () => {
    expect(recommend(input("selvbetjening"), DEFAULT_CONFIG).selfServiceLink?.url).toMatch(/boligstoette/);
    expect(recommend(input("sag"), DEFAULT_CONFIG).selfServiceLink).toBeUndefined();
  });

  it("warns when the handling is uncertain", () => {
    const uncertain = input("generel");
    uncertain.classification.handling.confidence = 0.3;
    expect(recommend(uncertain, DEFAULT_CONFIG).warnings).toContain("warn.low-confidence");
  });
});
