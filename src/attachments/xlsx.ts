import type { TextBudget } from "./outcome";
import { streamXml } from "./xml-stream";
import type { ZipEntry, ZipReader } from "./zip";

/**
 * An Excel workbook's text: every sheet, a row a line and cells apart by tabs. Cells hold text three ways: an index
 * into the shared strings (t="s"), an inline string (t="inlineStr", <is><t>), or the value itself (numbers, formula
 * results), and all three are read, since a list of children's CPR numbers may be any of them.
 */
export function readWorkbook(zip: ZipReader, budget: TextBudget): string {
  const shared = sharedStrings(zip, budget);
  const sheets = zip.entries
    .map((entry) => ({
      entry,
      number: Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name)?.[1] ?? NaN),
    }))
    .filter(({ number }) => Number.isInteger(number))
    .sort((a, b) => a.number - b.number);
  return sheets.map(({ entry }) => sheetText(zip, entry, shared, budget)).join("\n");
}

function sharedStrings(zip: ZipReader, budget: TextBudget): string[] {
  const entry = zip.find("xl/sharedStrings.xml");
  if (!entry) return [];
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
        budget.spend(text.length);
        current += text;
      }
    },
  });
  return strings;
}

/**
 * Each row becomes one flat string as it ends: a list with two slots per cell (its text, a tab) and an array per cell
 * for its value made a 5 MB workbook of pupils peak about 55 MB higher, most of it garbage awaiting collection.
 */
function sheetText(zip: ZipReader, entry: ZipEntry, shared: string[], budget: TextBudget): string {
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
        const text = cellType === "s" ? (shared[Number(value)] ?? "") : value;
        budget.spend(text.length + 1);
        row.push(text, "\t");
      } else if (name === "row") {
        budget.spend(1);
        row.push("\n");
        rows.push(row.join(""));
        row.length = 0;
      }
    },
    text(text) {
      if (collecting) value += text;
    },
  });
  rows.push(row.join(""));
  return rows.join("");
}
