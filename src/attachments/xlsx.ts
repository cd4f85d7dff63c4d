import { TextCut, type TextBudget } from "./outcome";
import { streamXml } from "./xml-stream";
import type { ZipEntry, ZipReader } from "./zip";

/**
 * An Excel workbook's text: every sheet, a row a line and cells apart by tabs. Cells hold text three ways: an index
 * into the shared strings (t="s"), an inline string (t="inlineStr", <is><t>), or the value itself (numbers, formula
 * results), and all three are read, since a list of children's CPR numbers may be any of them.
 */
export function readWorkbook(zip: ZipReader, budget: TextBudget): string {
  const shared = sharedStrings(zip, budget.another());
  const sheets = zip.entries
    .map((entry) => ({
      entry,
      number: Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name)?.[1] ?? NaN),
    }))
    .filter(({ number }) => Number.isInteger(number))
    .sort((a, b) => a.number - b.number);
  const text = sheets.map(({ entry }) => sheetText(zip, entry, shared.strings, budget)).join("\n");
  // Past the limit the remaining shared strings were not kept: the cells that use them read as empty, and the file
  // is "limit" with the text of the rest.
  if (shared.cut) budget.cut = true;
  return text;
}

function sharedStrings(zip: ZipReader, budget: TextBudget): { strings: string[]; cut: boolean } {
  const entry = zip.find("xl/sharedStrings.xml");
  if (!entry) return { strings: [], cut: false };
  const strings: string[] = [];
  let current = "";
  let inText = 0;
  let inPhonetic = 0;
  streamXml(zip, entry, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText++;
      else if (name === "rPh") inPhonetic++;
    },
    close(name) {
      if (name === "si") strings.push(current);
      else if (name === "t") inText--;
      else if (name === "rPh") inPhonetic--;
    },
    text(text) {
      if (inText > 0 && inPhonetic === 0) {
        current += budget.fit(text);
        if (budget.cut) throw new TextCut();
      }
    },
  });
  return { strings, cut: budget.cut };
}

/**
 * Each row becomes one flat string as it ends: a list with two slots per cell (its text, a tab) and an array per cell
 * for its value made a 5 MB workbook of pupils peak about 55 MB higher, most of it garbage awaiting collection.
 */
function sheetText(zip: ZipReader, entry: ZipEntry, shared: string[], budget: TextBudget): string {
  if (budget.cut) return "";
  const rows: string[] = [];
  const row: string[] = [];
  let cellType = "";
  let value = "";
  let collecting = false;
  streamXml(zip, entry, {
    open(name, attributes) {
      if (name === "c") {
        cellType = attributes.t ?? "";
        value = "";
      } else if (name === "v" || name === "t") {
        collecting = true;
      }
    },
    close(name) {
      if (name === "v" || name === "t") collecting = false;
      else if (name === "c") {
        row.push(cellType === "s" ? (shared[Number(value)] ?? "") : value, "\t");
      } else if (name === "row") {
        row.push("\n");
        const text = row.join("");
        row.length = 0;
        budget.keep(text, rows);
      }
    },
    text(text) {
      if (collecting) value += text;
    },
  });
  rows.push(budget.fit(row.join("")));
  return rows.join("");
}
