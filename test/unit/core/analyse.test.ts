import fc from "fast-check";
import { analyse } from "../../../src/core/analyse";
import type { Analysis } from "../../../src/core/analysis";
import type { Finding } from "../../../src/core/detect/finding";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "../../../src/core/detect/settings";
import { hasReasonText } from "../../../src/core/i18n/describe-reason";
import { emptyMail, type Mail } from "../../../src/core/mail";
import { LOCATIONS } from "../../../src/core/taxonomy";

const SETTINGS: DetectionSettings = { ...DEFAULT_DETECTION_SETTINGS, today: "2025-06-01" };

const mail = (fields: Partial<Mail>): Mail => ({
  ...emptyMail(),
  headers: {
    "content-type": "text/plain; charset=utf-8",
    "mime-version": "1.0",
    "message-id": "<t@example.dk>",
  },
  ...fields,
});

/** The text a finding's offsets point into: a part of the mail, or the attachment page it names. */
const textAt = (analysis: Analysis, finding: Finding): string =>
  finding.where === "attachment"
    ? (analysis.text.attachments.find(
        (part) => part.name === finding.attachment && part.page === finding.page,
      )?.text ?? "")
    : {
        "sender-name": analysis.text.senderName,
        subject: analysis.text.subject,
        body: analysis.text.body,
        quoted: analysis.text.quoted,
        "attachment-name": analysis.text.attachmentNames,
      }[finding.where];

describe("analyse", () => {
  const citizen = mail({
    subject: "Støtte til min søn",
    from: { name: "Hanne Jensen", address: "hanne@example.dk" },
    textBody: [
      "Hej",
      "",
      "Min søn har fået diagnosen ADHD, og vi har brug for støtte i skolen. Hans cpr-nr. er 070761-4285.",
      "",
      "Med venlig hilsen",
      "Hanne Jensen",
      "Vestergade 12, 5800 Nyborg",
    ].join("\n"),
    attachments: [{ name: "lægeerklæring diagnose depression.pdf" }],
  });
  const analysis = analyse(citizen, SETTINGS);

  it("finds identifiers and categories in one pass and rates the mail by its most sensitive finding", () => {
    const kinds = analysis.findings.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(["cpr", "helbred"]));
    expect(analysis.sensitivity).toBe("foelsomme");
    expect(analysis.bodyReadable).toBe(true);
  });

  it("sorts findings by place (subject, body, quoted, attachment names), then offset", () => {
    const order = analysis.findings.map((f) => [LOCATIONS.indexOf(f.where), f.start]);
    const sorted = [...order].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    expect(order).toEqual(sorted);
    expect(analysis.findings.map((f) => f.where)).toEqual(
      expect.arrayContaining(["body", "attachment-name"]),
    );
  });

  it("gives offsets into the text where each finding stands", () => {
    const helbred = analysis.findings.find((f) => f.kind === "helbred" && f.where === "body");
    expect(helbred && textAt(analysis, helbred).slice(helbred.start, helbred.end)).toBe("diagnosen ADHD");
    const cpr = analysis.findings.find((f) => f.kind === "cpr");
    expect(cpr && textAt(analysis, cpr).slice(cpr.start, cpr.end)).toBe("070761-4285");
  });

  it("keeps only findings at or above the threshold, and the level follows them", () => {
    const strict = analyse(citizen, { ...SETTINGS, threshold: 0.999 });
    expect(strict.findings.every((f) => f.confidence >= 0.999)).toBe(true);
    expect(strict.findings.length).toBeLessThan(analysis.findings.length);
    for (const f of analysis.findings) expect(f.confidence).toBeGreaterThanOrEqual(SETTINGS.threshold);
  });

  it("is deterministic", () => {
    expect(analyse(citizen, SETTINGS)).toEqual(analysis);
  });

  it("has a text in Danish and English for every lexicon and personal-details reason it gives", () => {
    const codes = [
      ...analysis.findings.flatMap((f) => f.reasons),
      ...(analysis.personalDetails?.reasons ?? []),
    ].filter((c) => c.startsWith("lexicon.") || c.startsWith("personal."));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(hasReasonText(code)).toBe(true);
  });

  it("finds a disclosure in the subject and in quoted history, saying where", () => {
    const reply = analyse(
      mail({
        subject: "Min mor har fået konstateret demens",
        textBody:
          "Tak for svaret.\n\nDen 3. marts 2025 skrev Jens Hansen:\n> Jeg er sygemeldt med depression.",
      }),
      SETTINGS,
    );
    const places = reply.findings.filter((f) => f.kind === "helbred").map((f) => f.where);
    expect(places).toEqual(["subject", "quoted"]);
  });

  it("rates a general question about a service as ingen", () => {
    const question = analyse(
      mail({ subject: "Åbningstider", textBody: "Hvornår har sundhedsplejen åbent i juleugen?" }),
      SETTINGS,
    );
    expect(question.findings).toEqual([]);
    expect(question.sensitivity).toBe("ingen");
  });

  it("rates a named private person with an address as almindelige", () => {
    const result = analyse(
      mail({
        from: { name: "Preben Holm", address: "preben@example.dk" },
        textBody: "Kan I hente et køleskab på Tarupvej 8, 5800 Nyborg?\n\nMed venlig hilsen\nPreben Holm",
      }),
      SETTINGS,
    );
    expect(result.sensitivity).toBe("almindelige");
    expect(result.personalDetails?.reasons).toEqual(
      expect.arrayContaining(["personal.name:sender", "personal.address:body"]),
    );
  });

  it("rates a named relative as almindelige ('vores søn Oskar')", () => {
    const result = analyse(mail({ textBody: "Vores søn Oskar har tid hos tandplejen onsdag." }), SETTINGS);
    expect(result.sensitivity).toBe("almindelige");
  });

  it("does not count a firm's contact details as a private person's", () => {
    const firm = analyse(
      mail({
        from: { name: "Anja Vestergaard", address: "anja@optik.example.dk" },
        textBody:
          "Må vi sætte et skilt op?\n\nVenlig hilsen\nAnja Vestergaard\nNyborg Optik ApS\nTlf. 65 31 17 17",
      }),
      SETTINGS,
    );
    expect(firm.sensitivity).toBe("ingen");
  });

  it("says the body is unreadable for an encrypted mail, rather than 'nothing found'", () => {
    const encrypted = analyse(
      mail({
        subject: "Journal",
        headers: {
          "content-type": 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
          "mime-version": "1.0",
          "message-id": "<e@example.dk>",
        },
        attachments: [{ name: "smime.p7m", contentType: "application/pkcs7-mime" }],
      }),
      SETTINGS,
    );
    expect(encrypted.signature.encrypted).toBe(true);
    expect(encrypted.bodyReadable).toBe(false);
  });

  it("says the body is unreadable for a mail with no body", () => {
    expect(analyse(mail({ subject: "Tom" }), SETTINGS).bodyReadable).toBe(false);
  });

  it("finds a CPR number on a page of an attachment and names the attachment and the page", () => {
    const analysis = analyse(
      mail({
        subject: "Lønseddel",
        textBody: "Hej, her er min lønseddel. Mvh Jens",
        attachments: [
          {
            name: "lønseddel.pdf",
            content: {
              read: true,
              parts: [
                { text: "Side et", page: 1 },
                { text: "CPR: 070761-4285", page: 2 },
              ],
            },
          },
        ],
      }),
      SETTINGS,
    );
    const cpr = analysis.findings.find((f) => f.kind === "cpr");
    expect(cpr).toMatchObject({
      where: "attachment",
      attachment: "lønseddel.pdf",
      page: 2,
      masked: "070761-****",
    });
    expect(cpr && textAt(analysis, cpr).slice(cpr.start, cpr.end)).toBe("070761-4285");
    expect(analysis.sensitivity).toBe("fortrolige");
  });

  it("reads nothing from an attachment that was not read, and still analyses its name", () => {
    const analysis = analyse(
      mail({ attachments: [{ name: "scan 070761-4285.pdf", content: { read: false, reason: "image" } }] }),
      SETTINGS,
    );
    expect(analysis.findings.map((f) => f.where)).toEqual(["attachment-name"]);
  });

  it("finds a CPR number in the text read before a limit cut an attachment short", () => {
    const analysis = analyse(
      mail({
        attachments: [
          {
            name: "elevliste.xlsx",
            content: { read: false, reason: "limit", parts: [{ text: "Ida Hansen\t070761-4285\n" }] },
          },
        ],
      }),
      SETTINGS,
    );
    expect(analysis.findings.find((f) => f.kind === "cpr")).toMatchObject({
      where: "attachment",
      attachment: "elevliste.xlsx",
      masked: "070761-****",
    });
  });

  it("scans the sender's display name like the body, and sorts its findings first", () => {
    const named = analyse(
      mail({
        from: { name: "Hans Jensen HIV positiv kræft", address: "hans@example.dk" },
        textBody: "Mit cpr-nr. er 070761-4285.",
      }),
      SETTINGS,
    );
    expect(named.findings.map((f) => [f.where, f.kind])).toEqual([
      ["sender-name", "helbred"],
      ["body", "cpr"],
    ]);
    const health = named.findings[0]!;
    expect(textAt(named, health).slice(health.start, health.end)).toMatch(/HIV.*kræft/);
    expect(health.masked).toBe("helbredsoplysninger");
    expect(named.sensitivity).toBe("foelsomme");
  });

  it("explains a setting for today that is not a date", () => {
    expect(() => analyse(citizen, { ...SETTINGS, today: "1. juni" })).toThrow(/"1\. juni".*YYYY-MM-DD/);
  });

  it("never throws on arbitrary subject, body, HTML and attachment names", () => {
    const text = fc.string({ unit: "binary", maxLength: 200 });
    fc.assert(
      fc.property(text, text, text, text, (subject, textBody, htmlBody, name) => {
        const result = analyse(mail({ subject, textBody, htmlBody, attachments: [{ name }] }), SETTINGS);
        expect(LOCATIONS).toEqual(expect.arrayContaining(result.findings.map((f) => f.where)));
      }),
      { numRuns: 200 },
    );
  });
});
