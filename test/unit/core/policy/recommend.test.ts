import type { SignatureState } from "../../../../src/core/analysis";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { recommend, type PolicyInput } from "../../../../src/core/policy/recommend";
import type { Flag, Handling, Sensitivity, Topic } from "../../../../src/core/taxonomy";
import type { Classification, Decided } from "../../../../src/core/triage-types";

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

/** A decision the engine is unsure of, with its two likeliest values. */
function unsureOf<T>(value: T, confidence: number, second: T, secondConfidence: number): Decided<T> {
  return {
    value,
    confidence,
    reasons: [],
    choices: [
      { value, confidence },
      { value: second, confidence: secondConfidence },
    ],
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

  it("stands behind nothing unsure: two likeliest handlings with different answers give the neutral receipt", () => {
    const unsure = input("booking");
    unsure.classification.handling = unsureOf<Handling>("booking", 0.41, "sag", 0.33);
    const r = recommend(unsure, DEFAULT_CONFIG);
    expect(r.template).toBe("kvittering");
    expect(r.alternatives).toEqual(["booking", "digital-post-svar"]);
    expect(r.journalise).toBe(false);
    expect(r.warnings).toEqual(["warn.unsure-handling"]);
    // No handling category is written on the mail for a handling the engine is unsure of.
    expect(r.categories).not.toContain(DEFAULT_CONFIG.categories.handling.booking.name);
  });

  it("keeps the plan when both likeliest handlings call for the same answer", () => {
    const unsure = input("generel");
    unsure.classification.handling = unsureOf<Handling>("generel", 0.45, "selvbetjening", 0.4);
    const r = recommend(unsure, DEFAULT_CONFIG);
    expect(r.template).toBe("selvbetjening");
    expect(r.warnings).toContain("warn.unsure-handling");
  });

  it("an unsure topic gets the general self-service page and no topic category", () => {
    const unsure = input("selvbetjening");
    unsure.classification.topic = unsureOf<Topic>("ydelser", 0.3, "boern_familie", 0.25);
    const ydelser = { ...DEFAULT_CONFIG.topics.ydelser, category: { name: "Ydelser", color: "Preset1" } };
    const config = {
      ...DEFAULT_CONFIG,
      topics: { ...DEFAULT_CONFIG.topics, ydelser },
      categories: { ...DEFAULT_CONFIG.categories, applyTopicCategories: true },
    };
    const sure = recommend(input("selvbetjening"), config);
    const r = recommend(unsure, config);
    expect(sure.selfServiceLink?.url).toMatch(/boligstoette/);
    expect(r.selfServiceLink).toBeUndefined();
    expect(sure.categories).toContain("Ydelser");
    expect(r.categories).not.toContain("Ydelser");
    expect(r.warnings).toEqual(["warn.unsure-topic"]);
  });
});
