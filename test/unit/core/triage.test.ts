import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { hasReasonText } from "../../../src/core/i18n/describe-reason";
import { emptyMail, type Mail } from "../../../src/core/mail";
import { parseTriageRecord, triageRecord } from "../../../src/core/record";
import { renderForTriage } from "../../../src/core/templates/for-triage";
import { triage } from "../../../src/core/triage";
import { parseEml } from "../../../src/eml/parse-eml";

const now = new Date("2026-03-31T10:00:00Z");

const sensitiveMail: Mail = {
  ...emptyMail(),
  from: { name: "Karen Madsen 120456-1238", address: "karen.madsen@gmail.com" },
  to: [{ address: "familie@nyborg.dk" }],
  subject: "Min søn Oliver 030812-4567 - diagnose",
  date: "2026-03-31T08:15:00Z",
  headers: { "content-type": "text/plain; charset=utf-8" },
  textBody:
    "Hej\n\nMin søn Oliver, cpr-nr. 030812-4567, har fået diagnosen ADHD og angst, og han er indlagt på " +
    "børnepsykiatrisk afdeling. Jeg er selv sygemeldt med depression. Jeg vil gerne have hjælp fra familieafdelingen " +
    "og se alle papirer i sagen.\n\nVenlig hilsen\nKaren Madsen\nCPR 120456-1238",
  attachments: [{ name: "laegeerklaering.pdf", contentType: "application/pdf", size: 1200 }],
};

describe("triage", () => {
  const result = triage(sensitiveMail, DEFAULT_CONFIG, now);

  it("answers everything with reasons", () => {
    const { classification, recommendation, versions } = result;
    for (const decided of [
      classification.handling,
      classification.topic,
      classification.sender,
      classification.lang,
    ]) {
      expect(decided.reasons.length).toBeGreaterThan(0);
      expect(decided.confidence).toBeGreaterThan(0);
    }
    expect(classification.flags.map((f) => f.value)).toEqual(["aktindsigt"]);
    expect(classification.sender.value).toBe("borger");
    expect(result.analysis.sensitivity).toBe("foelsomme");
    expect(recommendation.channel).toBe("digital-post");
    expect(recommendation.warnings).toEqual(
      expect.arrayContaining(["warn.no-email-reply", "warn.no-forward-external", "warn.answer-digital-post"]),
    );
    expect(recommendation.aktindsigtDeadline).toBe("2026-04-14");
    expect(versions.model).toMatch(/^lr-/);
    expect(versions.config).toBe(DEFAULT_CONFIG.version);
  });

  it("renders replies that carry nothing from the mail but the date", () => {
    const ids = [result.recommendation.template, ...result.recommendation.alternatives].filter(
      (id) => id !== undefined,
    );
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      const rendered = renderForTriage(id, result, sensitiveMail, DEFAULT_CONFIG, now);
      for (const out of [rendered.subject, rendered.text, rendered.html]) {
        expect(out).not.toMatch(
          /\d{6}-?\d{4}|Karen|Oliver|ADHD|angst|depression|psykiatri|sygemeldt|laegeerklaering/i,
        );
      }
      expect(rendered.text).toContain("31. marts 2026");
    }
  });

  it("keeps a triage record without content", () => {
    const record = triageRecord(result, now);
    const json = JSON.stringify(record);
    expect(json).not.toMatch(/\d{6}-?\d{4}|Karen|Oliver|ADHD|gmail|reasons/);
    expect(record.kinds.cpr).toBe(4); // sender's display name, subject, body, sign-off
    expect(record).toMatchObject({
      v: 1,
      sensitivity: "foelsomme",
      signature: "unsigned",
      deadline: "2026-04-14",
    });
    expect(parseTriageRecord(json)).toEqual(record);
    expect(parseTriageRecord('{"v":1}')).toBeUndefined();
    expect(parseTriageRecord("not json")).toBeUndefined();
  });

  it("reads records written before corrections were kept as data, and refuses a correction naming a person", () => {
    const before = { ...triageRecord(result, now), handling: "booking", corrected: ["handling"] };
    expect(parseTriageRecord(JSON.stringify(before))).toEqual(before);
    const correction = { engine: { handling: "sag" }, by: "staff", at: "2026-03-03T09:00:00.000Z" };
    expect(parseTriageRecord(JSON.stringify({ ...before, correction }))?.correction).toEqual(correction);
    const named = { ...correction, by: "karen@nyborg.dk" };
    expect(parseTriageRecord(JSON.stringify({ ...before, correction: named }))).toBeUndefined();
  });

  it("uses `now` for a mail without a date", () => {
    const undated = triage(
      { ...sensitiveMail, date: undefined },
      DEFAULT_CONFIG,
      new Date("2025-12-19T10:00:00Z"),
    );
    expect(undated.recommendation.aktindsigtDeadline).toBe("2026-01-06");
  });
});

describe("every code triage emits on the corpus has a Danish and English text", () => {
  const corpus = "test/fixtures/corpus";
  const files = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(corpus, d.name))
        .filter((f) => f.endsWith(".eml"))
        .map((f) => join(corpus, d.name, f)),
    );

  it("holds for all corpus mails", async () => {
    const missing = new Set<string>();
    for (const file of files) {
      const parsed = await parseEml(readFileSync(file));
      if (!parsed.ok) continue;
      const { classification: c, recommendation: r } = triage(parsed.mail, DEFAULT_CONFIG, now);
      const codes = [c.handling, c.topic, c.sender, c.lang, ...c.flags].flatMap((d) => d.reasons);
      for (const code of [...codes, ...r.warnings]) if (!hasReasonText(code)) missing.add(code);
    }
    expect(files.length).toBeGreaterThan(100);
    expect([...missing]).toEqual([]);
  }, 60_000);
});
