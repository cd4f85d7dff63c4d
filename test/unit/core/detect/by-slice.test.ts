import fc from "fast-check";
import { analyse } from "../../../../src/core/analyse";
import { detectBySlice, SLICING, type Slicing } from "../../../../src/core/detect/by-slice";
import { detectCategories } from "../../../../src/core/detect/categories";
import type { Finding } from "../../../../src/core/detect/finding";
import { detectIdentifiers } from "../../../../src/core/detect/identifiers";
import { MAX_KEPT_FINDINGS } from "../../../../src/core/detect/kept-findings";
import { DEFAULT_DETECTION_SETTINGS } from "../../../../src/core/detect/settings";
import { emptyMail } from "../../../../src/core/mail";
import { triageRecord } from "../../../../src/core/record-of-triage";
import { triage } from "../../../../src/core/triage";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";

const today = new Date("2026-03-01T12:00:00Z");
const SETTINGS = { ...DEFAULT_DETECTION_SETTINGS, today: "2026-03-01" };

/** What analyse does with one text: identifiers and categories at or above the threshold, by place. */
function detect(part: string): Finding[] {
  return [...detectIdentifiers(part, "body", { today }), ...detectCategories(part, "body")]
    .filter((f) => f.confidence >= DEFAULT_DETECTION_SETTINGS.threshold)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

function sliced(text: string, slicing: Slicing): Finding[] {
  const found: Finding[] = [];
  detectBySlice(text, detect, (finding) => found.push(finding), slicing);
  return found;
}

const two = (n: number): string => String(n).padStart(2, "0");
const cprNumber = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
  })
  .map(({ day, month, year }) => `${two(day)}${two(month)}${two(year)}-1234`);

/**
 * Lines of the kinds mail holds: labelled and bare CPR numbers, context words lines away, health words and the cues
 * before them, plain talk, gaps.
 */
const line = fc.oneof(
  cprNumber.map((cpr) => `CPR-nr. ${cpr}`),
  cprNumber.map((cpr) => `Borger: Anne Holm Jensen, ${cpr}`),
  cprNumber.map((cpr) => `Fakturanr. ${cpr.replace("-", "")}`),
  cprNumber,
  fc.constantFrom(
    "Mit cpr-nummer står længere nede.",
    "Ordrenummer og faktura følger.",
    "Jeg skal fortælle jer, at jeg er syg.",
    "Lægen siger, det er kræft.",
  ),
  fc.constantFrom(
    "Jeg er sygemeldt med depression og har brug for hjælp.",
    "Min søn har fået diagnosen ADHD",
    "Hvornår henter I storskrald på Vestergade?",
    "Med venlig hilsen",
    "",
    "Reg.nr. 1234 kontonr. 1234567890",
  ),
  fc.string({ maxLength: 80 }),
);

describe("reading a long text a slice at a time", () => {
  it("finds exactly what a whole read finds, at the same offsets", () => {
    // Short slices so that a test-sized text is cut many times; the margin is the one the engine uses.
    const slicing = { length: 2_500, margin: SLICING.margin };
    fc.assert(
      fc.property(fc.array(line, { minLength: 150, maxLength: 400 }), (lines) => {
        const text = lines.join("\n");
        expect(sliced(text, slicing)).toEqual(detect(text));
      }),
      { numRuns: 40 },
    );
  });

  it("reads a text no longer than a slice whole, in one call", () => {
    const reads: string[] = [];
    const text = "CPR-nr. 070761-4285\n".repeat(10);
    detectBySlice(
      text,
      (part) => (reads.push(part), detect(part)),
      () => undefined,
    );
    expect(reads).toEqual([text]);
  });

  it("cuts a text without line breaks too, and reads each part only with its margins", () => {
    const text = "070761-4285 ".repeat(2_000);
    const reads: number[] = [];
    const found: Finding[] = [];
    const slicing = { length: 5_000, margin: SLICING.margin };
    detectBySlice(
      text,
      (part) => (reads.push(part.length), detect(part)),
      (f) => found.push(f),
      slicing,
    );
    expect(found.map((f) => f.start)).toEqual(detect(text).map((f) => f.start));
    // A margin on each side, and up to a margin more on each side to reach a line's start or end.
    for (const length of reads) expect(length).toBeLessThanOrEqual(slicing.length + 4 * slicing.margin);
  });
});

describe("a mail with more findings than the engine keeps", () => {
  const lines = Array.from(
    { length: MAX_KEPT_FINDINGS + 2_000 },
    (_, i) =>
      `CPR-nr. ${two(1 + (i % 28))}${two(1 + (Math.floor(i / 28) % 12))}${two(Math.floor(i / 336) % 100)}-1234`,
  );
  const mail = {
    ...emptyMail(),
    subject: "Liste",
    textBody: [...lines, "Jeg er sygemeldt med depression."].join("\n"),
  };
  const analysis = analyse(mail, SETTINGS);

  it("keeps the first findings, counts the rest by kind, and keeps every kind it found", () => {
    expect(analysis.findings.slice(0, MAX_KEPT_FINDINGS).every((f) => f.kind === "cpr")).toBe(true);
    expect(analysis.findings.slice(MAX_KEPT_FINDINGS).map((f) => f.kind)).toEqual(["helbred"]);
    expect(analysis.findingsNotKept).toEqual({ cpr: 2_000 });
    // The depression at the end still makes the mail sensitive, as with every finding kept.
    expect(analysis.sensitivity).toBe("foelsomme");
  });

  it("counts every finding in the triage record", () => {
    const record = triageRecord(triage(mail, { ...DEFAULT_CONFIG, detection: SETTINGS }), today);
    expect(record.kinds).toEqual({ cpr: MAX_KEPT_FINDINGS + 2_000, helbred: 1 });
  });

  it("says nothing about findings not kept when every finding is kept", () => {
    expect(analyse({ ...mail, textBody: lines.slice(0, 10).join("\n") }, SETTINGS)).not.toHaveProperty(
      "findingsNotKept",
    );
  });
});
