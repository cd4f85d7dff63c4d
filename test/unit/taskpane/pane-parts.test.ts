import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { parseTriageRecord } from "../../../src/core/record";
import { formatDeadline } from "../../../src/taskpane/components/NotesSection";
import { groupFindings } from "../../../src/taskpane/components/finding-groups";
import { triageForPane } from "../../../src/taskpane/engine/pane-triage";
import { readStoredTriage } from "../../../src/taskpane/stored-record";

describe("the aktindsigt deadline as staff read it", () => {
  it("names the weekday and the date in Danish and English", () => {
    expect(formatDeadline("2025-12-04", "da", "da-DK")).toBe("torsdag 4. december 2025");
    expect(formatDeadline("2025-12-04", "en", "en-GB")).toBe("Thursday 4 December 2025");
  });
});

describe("findings grouped for the pane", () => {
  it("groups by kind in the engine's order and counts repeats in one place", () => {
    const groups = groupFindings([
      { kind: "helbred", where: "body", masked: "helbredsoplysninger", confidence: 0.9 },
      { kind: "cpr", where: "body", masked: "070761-****", confidence: 1 },
      { kind: "helbred", where: "body", masked: "helbredsoplysninger", confidence: 0.8 },
      { kind: "cpr", where: "quoted", masked: "070761-****", confidence: 1 },
    ]);
    expect(groups).toEqual([
      { kind: "helbred", spots: [{ masked: "helbredsoplysninger", where: "body", count: 2 }] },
      {
        kind: "cpr",
        spots: [
          { masked: "070761-****", where: "body", count: 1 },
          { masked: "070761-****", where: "quoted", count: 1 },
        ],
      },
    ]);
  });
});

describe("the triage the pane gets from its worker", () => {
  const mettesMail = {
    subject: "Min sag",
    from: { name: "Mette Nielsen", address: "mette@example.com" },
    to: [],
    cc: [],
    headers: { "content-type": "text/plain" },
    attachments: [],
    textBody: "Hej\n\nJeg er sygemeldt med depression. Mit cpr-nr. er 070761-4285.\n\nMette",
  };
  const result = triageForPane(
    { key: "item-1", now: "2025-03-04T10:00:00.000Z", mail: mettesMail },
    DEFAULT_CONFIG,
  );

  it("holds masked findings only: no value found in the mail goes to the page", () => {
    expect(JSON.stringify(result.findings)).not.toMatch(/4285|depression/);
    expect(result.findings.some((f) => f.masked === "070761-****")).toBe(true);
  });

  it("carries the rendered templates, the categories with colours and a record without content", () => {
    expect(result.templates.map((t) => t.id)).toEqual(["digital-post-svar", "kvittering", "sikker-kanal"]);
    expect(result.categories).toContainEqual({ name: "Kanalvagt: Sag", color: "Preset7" });
    expect(result.record).not.toMatch(/4285|Mette|sygemeldt/);
  });

  it("opens the receipt and every e-mail answer to a mail with findings as a new message, never a reply", () => {
    expect(result.templates.map((t) => [t.id, t.form])).toEqual([
      ["digital-post-svar", "copy"],
      ["kvittering", "new-message"],
      ["sikker-kanal", "new-message"],
    ]);
  });

  it("does not offer a template in which the engine finds personal data once it is filled in", () => {
    const config = structuredClone(DEFAULT_CONFIG);
    config.templates.kvittering.da.body += "\n\nVi har noteret, at du er sygemeldt med depression.";
    const checked = triageForPane(
      { key: "item-1", now: "2025-03-04T10:00:00.000Z", mail: { ...mettesMail } },
      config,
    );
    expect(checked.templates.map((t) => t.id)).toEqual(["digital-post-svar", "sikker-kanal"]);
    expect(checked.withheld).toEqual(["kvittering"]);
    expect(result.withheld).toEqual([]);
  });

  it("shows health data in the sender's display name as a finding, masked, and greets neutrally", () => {
    const named = triageForPane(
      {
        key: "item-2",
        now: "2025-03-04T10:00:00.000Z",
        mail: {
          ...mettesMail,
          from: { name: "Hans Jensen HIV positiv kræft", address: "hans@example.com" },
          textBody: "Hej\n\nHvornår har I åbent på rådhuset?\n\nHans",
        },
      },
      DEFAULT_CONFIG,
    );
    expect(named.findings).toEqual([
      expect.objectContaining({ kind: "helbred", where: "sender-name", masked: "helbredsoplysninger" }),
    ]);
    expect(named.sensitivity).toBe("foelsomme");
    expect(JSON.stringify(named.findings)).not.toMatch(/HIV|kræft/i);
    expect(named.templates.length).toBeGreaterThan(0);
    expect(named.withheld).toEqual([]);
    for (const template of named.templates) expect(template.text).not.toMatch(/HIV|kræft|Hans Jensen/i);
    expect(
      named.templates.filter((template) => template.text.startsWith("Kære borger\n")).length,
    ).toBeGreaterThan(0);
  });

  it("shows a file cut short at a limit as read part of the way, with the findings in that part", () => {
    const cut = triageForPane(
      {
        key: "item-3",
        now: "2025-03-04T10:00:00.000Z",
        mail: {
          ...mettesMail,
          textBody: "Hej\n\nHer er listen.\n\nMette",
          attachments: [
            {
              name: "elevliste.xlsx",
              content: { read: false, reason: "limit", parts: [{ text: "Ida\t070761-4285\n" }] },
            },
            { name: "scan.pdf", content: { read: false, reason: "limit" } },
          ],
        },
      },
      DEFAULT_CONFIG,
    );
    expect(cut.attachments).toEqual([
      { name: "elevliste.xlsx", read: false, reason: "limit", partly: true },
      { name: "scan.pdf", read: false, reason: "limit" },
    ]);
    expect(cut.findings).toContainEqual(
      expect.objectContaining({ kind: "cpr", attachment: "elevliste.xlsx", masked: "070761-****" }),
    );
  });

  it("follows staff's correction: the recommendation and the record change with it", () => {
    const corrected = triageForPane(
      {
        key: "item-1",
        now: "2025-03-04T10:00:00.000Z",
        mail: { subject: "Tak", to: [], cc: [], headers: {}, attachments: [], textBody: "Tak for hjælpen" },
        correction: { handling: "booking" },
      },
      DEFAULT_CONFIG,
    );
    expect(corrected.classification.handling).toEqual({ value: "booking", confidence: 1, reasons: [] });
    expect(corrected.recommendation.template).toBe("booking");
    expect(JSON.parse(corrected.record)).toMatchObject({ handling: "booking", corrected: ["handling"] });
  });

  /** A citizen's short thank-you: the engine's verdict on it is not what the tests below correct it to. */
  const thanksMail = () => ({
    subject: "Tak",
    to: [],
    cc: [],
    headers: {},
    attachments: [],
    textBody: "Tak for hjælpen",
  });

  it("keeps the engine's answer, the role and the time of a correction in the record, and no text", () => {
    const mail = thanksMail();
    const request = { key: "item-1", now: "2025-03-04T10:00:00.000Z", mail };
    const engine = triageForPane(request, DEFAULT_CONFIG).classification;
    expect(engine.topic.value).not.toBe("affald");
    const corrected = triageForPane({ ...request, correction: { topic: "affald" } }, DEFAULT_CONFIG);
    const record = parseTriageRecord(corrected.record);
    expect(record).toMatchObject({
      topic: "affald",
      corrected: ["topic"],
      correction: { engine: { topic: engine.topic.value }, by: "staff", at: "2025-03-04T10:00:00.000Z" },
    });
    expect(record?.correction?.engine).not.toHaveProperty("handling");
    expect(corrected.record).not.toMatch(/Tak/);
  });

  it("keeps corrected flags: staff's in the record, the engine's in the correction", () => {
    const request = { key: "item-1", now: "2025-03-04T10:00:00.000Z", mail: thanksMail() };
    const corrected = triageForPane({ ...request, correction: { flags: ["klage"] } }, DEFAULT_CONFIG);
    expect(corrected.classification.flags.map((flag) => flag.value)).toEqual(["klage"]);
    expect(parseTriageRecord(corrected.record)).toMatchObject({
      flags: ["klage"],
      corrected: ["flags"],
      correction: { engine: { flags: [] }, by: "staff" },
    });
  });

  it("writes no correction when staff changed nothing", () => {
    const mail = thanksMail();
    const record: unknown = JSON.parse(
      triageForPane({ key: "k", now: "2025-03-04T10:00:00.000Z", mail }, DEFAULT_CONFIG).record,
    );
    expect(record).not.toHaveProperty("correction");
    expect(record).not.toHaveProperty("corrected");
  });
});

describe("a triage record stored on the item", () => {
  it("gives back staff's correction and when it was stored", () => {
    expect(
      readStoredTriage(
        JSON.stringify({
          v: 1,
          handling: "booking",
          topic: "affald",
          corrected: ["handling"],
          at: "2025-03-04T10:00:00Z",
        }),
      ),
    ).toEqual({ at: "2025-03-04T10:00:00Z", correction: { handling: "booking" } });
    expect(
      readStoredTriage(
        JSON.stringify({ flags: ["klage", "ukendt"], corrected: ["flags"], at: "2025-03-04T10:00:00Z" }),
      ),
    ).toEqual({ at: "2025-03-04T10:00:00Z", correction: { flags: ["klage"] } });
  });

  it("ignores what is damaged or unknown rather than guessing", () => {
    expect(readStoredTriage("not json")).toBeUndefined();
    expect(readStoredTriage(JSON.stringify({ handling: "hemmelig", corrected: ["handling"] }))).toEqual({});
  });
});
