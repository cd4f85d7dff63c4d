import fc from "fast-check";
import { extractAttachment } from "../../../src/attachments/extract";
import { analyse } from "../../../src/core/analyse";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../../src/core/config/attachment-limits";
import { DEFAULT_DETECTION_SETTINGS } from "../../../src/core/detect/settings";
import { emptyMail } from "../../../src/core/mail";
import { buildDocx, buildOdt, buildXlsx } from "../../../src/demo/documents/office-writer";
import { textPdf } from "../../../src/demo/documents/pdf-writer";

const SETTINGS = { ...DEFAULT_DETECTION_SETTINGS, today: "2025-06-01" };

/** A CPR number that passes the modulus-11 check, born 1940–1999 (century digit 0–3). */
const validCpr = fc
  .record({
    date: fc.date({
      min: new Date("1940-01-01T00:00:00Z"),
      max: new Date("1999-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    serial: fc.integer({ min: 0, max: 3999 }),
  })
  .map(({ date, serial }) => {
    const iso = date.toISOString();
    const first = `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}${String(serial).padStart(4, "0").slice(0, 3)}`;
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];
    const sum = [...first].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    return check === 10 ? undefined : `${first.slice(0, 6)}-${first.slice(6)}${check}`;
  })
  .filter((cpr): cpr is string => cpr !== undefined);

/** Words around the number; not "kr.", which makes the number before it an amount to the detector. */
const word = fc.constantFrom(
  "ansøgning",
  "om",
  "hjælp",
  "til",
  "min",
  "søn",
  "bolig",
  "Jens",
  "Ærø",
  "og",
  "2025",
);
const words = fc.array(word, { maxLength: 30 });

const FORMATS: [string, (text: string) => Uint8Array][] = [
  ["brev.pdf", (text) => textPdf(text)],
  ["brev.docx", (text) => buildDocx(text)],
  ["brev.odt", (text) => buildOdt(text)],
  ["liste.xlsx", (text) => buildXlsx([text.split("\n").map((line) => [{ shared: line }])])],
];

describe("a valid CPR number anywhere in a generated document's text is found", () => {
  it.each(FORMATS)("%s", async (name, build) => {
    await fc.assert(
      fc.asyncProperty(words, words, validCpr, fc.boolean(), async (before, after, cpr, newLine) => {
        const text = `${before.join(" ")}${newLine ? "\n" : " "}CPR-nr. ${cpr} ${after.join(" ")}`;
        const content = await extractAttachment(build(text), { name }, DEFAULT_ATTACHMENT_LIMITS);
        const analysis = analyse({ ...emptyMail(), attachments: [{ name, content }] }, SETTINGS);
        expect(analysis.findings).toContainEqual(
          expect.objectContaining({
            kind: "cpr",
            where: "attachment",
            attachment: name,
            value: cpr.replace("-", ""),
          }),
        );
      }),
      { numRuns: 25 },
    );
  });
});
