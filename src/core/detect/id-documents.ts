import type { IdentifierKind, Location } from "../taxonomy";
import type { Finding } from "./finding";
import {
  addWindow,
  type DigitRuns,
  type KeywordCategory,
  type KeywordIndex,
  type Windows,
} from "./identifier-context";
import { maskAllBut } from "./mask";

/**
 * Passport (9 digits) and driving-licence (8 digits) numbers. The digits alone say nothing (8 digits is a phone
 * number or a CVR number far more often), so only a keyword makes a finding: as the number's label, or just after it
 * ("123456789 (mit pas)") when the number has no other label such as "tlf".
 */

export const ID_DOCUMENT_CONFIDENCE = { labelled: 0.85, wordAfter: 0.7 } as const;

const LABEL_GAP = 40;
const WORD_AFTER = 25;

interface Document {
  kind: Extract<IdentifierKind, "pas" | "koerekort">;
  digits: number;
  category: KeywordCategory;
}

const DOCUMENTS: readonly Document[] = [
  { kind: "pas", digits: 9, category: "passport" },
  { kind: "koerekort", digits: 8, category: "drivingLicence" },
];

const SHORTEST = Math.min(...DOCUMENTS.map((d) => d.digits));
const LONGEST = Math.max(...DOCUMENTS.map((d) => d.digits));

const GLUE = new Set(["-", ".", "/", "+"]);

/** Where passport and driving-licence words can matter: before and just after numbers of their lengths. */
export function idDocumentWindows(runs: DigitRuns): Windows {
  const windows: Windows = [];
  for (let i = 0; i < runs.start.length; i++) {
    const start = runs.start[i] ?? 0;
    const end = runs.end[i] ?? 0;
    if (documentOfLength(end - start) !== undefined) addWindow(windows, start - LABEL_GAP, end + WORD_AFTER);
  }
  return windows;
}

/** The document whose numbers have this many digits, if any. */
function documentOfLength(digits: number): Document | undefined {
  if (digits < SHORTEST || digits > LONGEST) return undefined;
  return DOCUMENTS.find((d) => d.digits === digits);
}

/** Part of a longer number: "+45 ...", "12-34567890", "12345678/90". */
function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const digit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  return (
    before === "+" ||
    (before !== undefined && GLUE.has(before) && digit(text[start - 2])) ||
    (after !== undefined && GLUE.has(after) && digit(text[end + 1]))
  );
}

export interface IdDocumentScanInput {
  text: string;
  where: Location;
  runs: DigitRuns;
  keywords: KeywordIndex;
}

export function detectIdDocuments({ text, where, runs, keywords }: IdDocumentScanInput): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < runs.start.length; i++) {
    const start = runs.start[i] ?? 0;
    const end = runs.end[i] ?? 0;
    const document = documentOfLength(end - start);
    if (document === undefined || isGlued(text, start, end)) continue;
    const label = keywords.labelBefore(start, LABEL_GAP);
    let word: string | undefined;
    let confidence = 0;
    if (label?.categories.includes(document.category)) {
      word = label.word;
      confidence = ID_DOCUMENT_CONFIDENCE.labelled;
    } else if (label === undefined) {
      word = keywords.nextWithin(document.category, end, WORD_AFTER)?.word;
      confidence = ID_DOCUMENT_CONFIDENCE.wordAfter;
    }
    if (word === undefined) continue;
    const value = text.slice(start, end);
    findings.push({
      kind: document.kind,
      where,
      start,
      end,
      confidence,
      reasons: [`${document.kind}.context:${word}`],
      value,
      masked: maskAllBut(value, 2),
    });
  }
  return findings;
}
