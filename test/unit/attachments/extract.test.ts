import { extractAttachment } from "../../../src/attachments/extract";
import type { AttachmentContent } from "../../../src/core/attachment";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../../src/core/config/attachment-limits";
import {
  buildDocx,
  buildOds,
  buildOdt,
  buildPptx,
  buildXlsx,
} from "../../../src/demo/documents/office-writer";
import { buildPdf, textPdf } from "../../../src/demo/documents/pdf-writer";

const LIMITS = DEFAULT_ATTACHMENT_LIMITS;

const text = (content: AttachmentContent): string =>
  content.read ? content.parts.map((part) => part.text).join("\n") : `not read: ${content.reason}`;

const extract = (bytes: Uint8Array, name: string, contentType?: string) =>
  extractAttachment(bytes, contentType ? { name, contentType } : { name }, LIMITS);

describe("extractAttachment", () => {
  it("reads a PDF's compressed text layer page by page, joining a number split across show operators", async () => {
    const pdf = buildPdf([
      [["Lønseddel for marts"]],
      [["CPR-nr.: ", "120389-", "1234"], ["Udbetalt: 21.345,00 kr."]],
    ]);
    const content = await extract(pdf, "lønseddel.pdf", "application/pdf");
    expect(content.read && content.parts.map((part) => part.page)).toEqual([1, 2]);
    expect(content.read && content.parts[0]?.text).toBe("Lønseddel for marts");
    expect(content.read && content.parts[1]?.text).toContain("CPR-nr.: 120389-1234");
  });

  it("reads Word paragraphs split over runs", async () => {
    const content = await extract(buildDocx("Ansøgning om hjælp\nMin søn har CPR 010203-1234."), "a.docx");
    expect(text(content)).toContain("Min søn har CPR 010203-1234.");
    expect(text(content)).toContain("Ansøgning om hjælp\n");
  });

  it("reads Excel shared strings (not their phonetic readings), inline strings and numbers, a row a line", async () => {
    const xlsx = buildXlsx([
      [
        [{ shared: "Navn", phonetic: "ナマエ" }, { shared: "CPR" }],
        [{ inline: "Ida" }, { inline: "050505-0505" }],
        [{ shared: "Bo" }, { number: "1203891234" }],
      ],
    ]);
    const lines = text(await extract(xlsx, "børn.xlsx")).split("\n");
    expect(lines.slice(0, 3).map((line) => line.trim().split("\t"))).toEqual([
      ["Navn", "CPR"],
      ["Ida", "050505-0505"],
      ["Bo", "1203891234"],
    ]);
  });

  it("reads PowerPoint slides with their numbers, and OpenDocument text and spreadsheets", async () => {
    const pptx = await extract(buildPptx(["Første", "Anden slide"]), "møde.pptx");
    expect(pptx.read && pptx.parts).toEqual([
      { text: "Første\n", page: 1 },
      { text: "Anden slide\n", page: 2 },
    ]);
    expect(text(await extract(buildOdt("Jeg har en depression\nog to børn"), "brev.odt"))).toBe(
      "Jeg har en depression\nog to børn\n",
    );
    expect(text(await extract(buildOds([["a", "b"]]), "liste.ods"))).toBe("a\n\tb\n\t\n");
  });

  it("decodes text by its charset, a byte-order mark, or as windows-1252 when it is not UTF-8", async () => {
    const latin1 = Uint8Array.from("Søren Ærø", (c) => c.charCodeAt(0));
    expect(text(await extract(latin1, "noter.txt", "text/plain; charset=iso-8859-1"))).toBe("Søren Ærø");
    expect(text(await extract(latin1, "noter.txt"))).toBe("Søren Ærø");
    expect(text(await extract(new TextEncoder().encode("Søren;Ærø"), "liste.csv", "text/csv"))).toBe(
      "Søren;Ærø",
    );
    const html = new TextEncoder().encode('<meta charset="utf-8"><p>Kære <b>Ærø</b></p><script>x()</script>');
    expect(text(await extract(html, "side.html"))).toBe("Kære Ærø");
  });

  it("reads RTF text with code-page bytes and Unicode characters, skipping font tables and pictures", async () => {
    const rtf = new TextEncoder().encode(
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}\\f0 S\\'f8ren\\par CPR \\u8209?{\\pict 0a0b} slut}",
    );
    expect(text(await extract(rtf, "brev.rtf"))).toBe("Søren\nCPR \u2011 slut");
  });

  it("marks images, scanned PDFs, unknown files and oversized files as not read, with the reason", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await extract(png, "foto.png")).toEqual({ read: false, reason: "image" });
    expect(await extract(new Uint8Array(10), "scan.jpg", "image/jpeg")).toEqual({
      read: false,
      reason: "image",
    });
    expect(await extract(buildPdf([[], []]), "scan.pdf")).toEqual({ read: false, reason: "image" });
    expect(await extract(Uint8Array.of(1, 2, 3), "program.exe")).toEqual({
      read: false,
      reason: "unsupported",
    });
    const big = new Uint8Array(LIMITS.maxBytes + 1);
    expect(await extract(big, "stor.txt")).toEqual({ read: false, reason: "too-large" });
  });

  it("reads a PDF by its bytes whatever its name says", async () => {
    expect(text(await extract(textPdf("Hej fra en PDF"), "noter.txt", "text/plain"))).toBe("Hej fra en PDF");
  });
});
