import { extractAttachment } from "../../../src/attachments/extract";
import { readAttachments } from "../../../src/attachments/read-attachments";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../../src/core/config/attachment-limits";
import {
  docxBomb,
  encryptedOfficeFile,
  manyEntriesDocx,
  nestedMail,
} from "../../fixtures/attachments/hostile";
import { buildDocx, buildOdt, buildXlsx } from "../../../src/demo/documents/office-writer";
import { buildPdf, textPdf } from "../../../src/demo/documents/pdf-writer";

const LIMITS = DEFAULT_ATTACHMENT_LIMITS;

describe("hostile attachments get a clear state", () => {
  it("refuses a zip bomb as limit, by its declared size or, when it lies, while inflating", async () => {
    const limit = { read: false, reason: "limit" };
    const honest = await docxBomb(1024);
    expect(honest.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(await extractAttachment(honest, { name: "bombe.docx" }, LIMITS)).toEqual(limit);
    const lying = await docxBomb(1024, 100_000);
    expect(await extractAttachment(lying, { name: "bombe.docx" }, LIMITS)).toEqual(limit);
    // With the ratio check switched off, the cap on total inflated bytes stops it as well.
    const ratioOff = { ...LIMITS, maxInflateRatio: 2000, maxInflatedBytes: 8 * 1024 * 1024 };
    expect(await extractAttachment(lying, { name: "bombe.docx" }, ratioOff)).toEqual(limit);
  });

  it("keeps the text up to the character limit of a file that has more, and marks it limit", async () => {
    const pupils = Array.from({ length: 2000 }, (_, i) => [
      { shared: `Elev ${i}` },
      { shared: `0707${String(i % 100).padStart(2, "0")}-4285` },
      { number: String(20_000_000 + i) },
    ]);
    const limits = { ...LIMITS, maxTextChars: 10_000 };
    const workbook = await extractAttachment(buildXlsx([pupils]), { name: "elevliste.xlsx" }, limits);
    expect(workbook).toMatchObject({ read: false, reason: "limit" });
    const kept = workbook.parts?.map((part) => part.text).join("") ?? "";
    expect(kept.length).toBe(10_000);
    expect(kept.startsWith("Elev 0\t070700-4285\t20000000\t\n")).toBe(true);
    expect(kept).not.toContain("Elev 1999");

    const letter = "Min søn har CPR 010203-1234.\n" + "Og meget mere tekst.\n".repeat(1000);
    const word = await extractAttachment(buildDocx(letter), { name: "brev.docx" }, limits);
    expect(word).toMatchObject({ read: false, reason: "limit" });
    expect(word.parts?.[0]?.text).toContain("010203-1234");
  });

  it("marks a workbook whose shared strings pass the limit as limit, with the cells it could read", async () => {
    const rows = [
      [{ number: "1203891234" }],
      ...Array.from({ length: 50 }, (_, i) => [{ shared: `navn ${i}` }]),
    ];
    const workbook = await extractAttachment(
      buildXlsx([rows]),
      { name: "liste.xlsx" },
      { ...LIMITS, maxTextChars: 100 },
    );
    expect(workbook).toMatchObject({ read: false, reason: "limit" });
    expect(workbook.parts?.[0]?.text).toContain("1203891234");
  });

  it("refuses a zip with thousands of entries before inflating any", async () => {
    const many = manyEntriesDocx(5000);
    expect(await extractAttachment(many, { name: "mange.docx" }, LIMITS)).toEqual({
      read: false,
      reason: "limit",
    });
    expect(
      (await extractAttachment(many, { name: "mange.docx" }, { ...LIMITS, maxZipEntries: 6000 })).read,
    ).toBe(true);
  });

  it("refuses XML with a document type declaration (entity expansion) as damaged", async () => {
    const lolz =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    expect(
      await extractAttachment(buildDocx("&lol2;", { doctype: lolz }), { name: "x.docx" }, LIMITS),
    ).toEqual({
      read: false,
      reason: "damaged",
    });
  });

  it("marks password-protected PDF, Word and OpenDocument files as encrypted", async () => {
    const pdf = buildPdf([[["Hemmeligt"]]], { encrypted: true });
    expect(await extractAttachment(pdf, { name: "låst.pdf" }, LIMITS)).toEqual({
      read: false,
      reason: "encrypted",
    });
    expect(await extractAttachment(encryptedOfficeFile(), { name: "låst.docx" }, LIMITS)).toEqual({
      read: false,
      reason: "encrypted",
    });
    expect(await extractAttachment(buildOdt("x", { encrypted: true }), { name: "låst.odt" }, LIMITS)).toEqual(
      {
        read: false,
        reason: "encrypted",
      },
    );
  });

  it("marks a damaged PDF and a truncated zip as damaged", async () => {
    const garbage = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF");
    expect(await extractAttachment(garbage, { name: "i stykker.pdf" }, LIMITS)).toEqual({
      read: false,
      reason: "damaged",
    });
    const docx = buildDocx("Hej");
    expect(
      await extractAttachment(docx.subarray(0, docx.byteLength - 30), { name: "halv.docx" }, LIMITS),
    ).toEqual({
      read: false,
      reason: "damaged",
    });
  });

  it("refuses a PDF of 10,000 pages by its page count", async () => {
    const pages = Array.from({ length: 10_000 }, () => [["x"]]);
    expect(
      await extractAttachment(buildPdf(pages, { compress: false }), { name: "lang.pdf" }, LIMITS),
    ).toEqual({
      read: false,
      reason: "limit",
    });
  });

  it("reads attached mail down to the depth limit, and marks the deeper ones limit", async () => {
    const eml = nestedMail(6, "Mit CPR-nummer er 120389-1234");
    const read = await readAttachments(
      [{ info: { name: "niveau-6.eml", contentType: "message/rfc822" }, bytes: eml }],
      LIMITS,
    );
    expect(read.map((a) => [a.name.split(" › ").length, a.content?.read])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(read[3]?.content).toEqual({ read: false, reason: "limit" });
    const shallow = await readAttachments(
      [
        {
          info: { name: "niveau-2.eml", contentType: "message/rfc822" },
          bytes: nestedMail(2, "Mit CPR-nummer er 120389-1234"),
        },
      ],
      LIMITS,
    );
    expect(shallow.at(-1)).toMatchObject({
      name: "niveau-2.eml › niveau-1.eml › niveau-0.eml",
      content: { read: true },
    });
    expect(JSON.stringify(shallow.at(-1)?.content)).toContain("120389-1234");
  });

  it("reads at most maxAttachments per mail and marks the rest limit", async () => {
    const pdf = textPdf("Hej");
    const list = Array.from({ length: 4 }, (_, i) => ({ info: { name: `${i}.pdf` }, bytes: pdf }));
    const read = await readAttachments(list, { ...LIMITS, maxAttachments: 2 });
    expect(read.map((a) => a.content?.read)).toEqual([true, true, false, false]);
  });
});
