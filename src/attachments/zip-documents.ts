import type { AttachmentPart } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import { NotRead, type TextBudget } from "./outcome";
import { readWorkbook } from "./xlsx";
import { streamXml } from "./xml-stream";
import { XmlTextCollector, type XmlTextRules } from "./xml-text";
import { ZipReader, type ZipEntry } from "./zip";

/**
 * Word (.docx), Excel (.xlsx), PowerPoint (.pptx) and OpenDocument text and spreadsheets (.odt, .ods): zip
 * containers of XML. Which one a file is follows from its entries, not its name. Every entry is streamed through
 * the XML reader as it inflates, under the container's caps.
 */
export function readZipDocument(
  bytes: Uint8Array,
  limits: AttachmentLimits,
  budget: TextBudget,
): AttachmentPart[] {
  const zip = new ZipReader(bytes, limits);
  if (zip.find("word/document.xml")) return [{ text: wordText(zip, budget) }];
  if (zip.find("xl/workbook.xml")) return [{ text: readWorkbook(zip, budget) }];
  if (zip.find("ppt/presentation.xml")) return slides(zip, budget);
  const mimetype = zip.find("mimetype");
  const kind = mimetype ? zip.text(mimetype).trim() : "";
  if (kind.startsWith("application/vnd.oasis.opendocument."))
    return [{ text: openDocumentText(zip, budget) }];
  throw new NotRead("unsupported");
}

/** An entry's text by `rules`; none once the text limit is reached, so the entries after it are not inflated. */
function collect(zip: ZipReader, entry: ZipEntry, rules: XmlTextRules, budget: TextBudget): string {
  if (budget.cut) return "";
  const collector = new XmlTextCollector(rules, budget);
  streamXml(zip, entry, collector);
  return collector.result();
}

const WORD: XmlTextRules = {
  textIn: new Set(["w:t"]),
  atOpen: new Map([
    ["w:tab", "\t"],
    ["w:br", "\n"],
    ["w:cr", "\n"],
  ]),
  atClose: new Map([
    ["w:p", "\n"],
    ["w:tc", "\t"],
  ]),
};

/** The body, then headers, footers, footnotes, endnotes and comments: a CPR number in a letterhead counts too. */
const WORD_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

function wordText(zip: ZipReader, budget: TextBudget): string {
  const parts = zip.entries.filter((entry) => WORD_PARTS.test(entry.name));
  parts.sort((a, b) => Number(b.name === "word/document.xml") - Number(a.name === "word/document.xml"));
  return parts.map((entry) => collect(zip, entry, WORD, budget)).join("\n");
}

const SLIDE: XmlTextRules = {
  textIn: new Set(["a:t"]),
  atOpen: new Map([["a:br", "\n"]]),
  atClose: new Map([["a:p", "\n"]]),
};

function slides(zip: ZipReader, budget: TextBudget): AttachmentPart[] {
  return zip.entries
    .map((entry) => ({
      entry,
      number: Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(entry.name)?.[1] ?? NaN),
    }))
    .filter(({ number }) => Number.isInteger(number))
    .sort((a, b) => a.number - b.number)
    .map(({ entry, number }) => ({ text: collect(zip, entry, SLIDE, budget), page: number }));
}

/** OpenDocument text and spreadsheets share one vocabulary; repeated cells are not repeated (that is a bomb too). */
const OPEN_DOCUMENT: XmlTextRules = {
  textIn: new Set(["text:p", "text:h"]),
  atOpen: new Map([
    ["text:s", " "],
    ["text:tab", "\t"],
    ["text:line-break", "\n"],
  ]),
  atClose: new Map([
    ["text:p", "\n"],
    ["text:h", "\n"],
    ["table:table-cell", "\t"],
    ["table:table-row", "\n"],
  ]),
};

function openDocumentText(zip: ZipReader, budget: TextBudget): string {
  const manifest = zip.find("META-INF/manifest.xml");
  if (manifest && zip.text(manifest).includes("encryption-data")) throw new NotRead("encrypted");
  const content = zip.find("content.xml");
  if (!content) throw new NotRead("damaged");
  return collect(zip, content, OPEN_DOCUMENT, budget);
}
