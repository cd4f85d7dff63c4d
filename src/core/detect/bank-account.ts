import type { Location } from "../taxonomy";
import type { Finding } from "./finding";
import {
  addWindow,
  type DigitRuns,
  type KeywordCategory,
  type KeywordHit,
  type KeywordIndex,
  type Windows,
} from "./identifier-context";
import { maskBankAccount } from "./mask";

/**
 * Danish bank accounts: a registration number (4 digits) and an account number (4–10 digits). There is no public
 * check digit, so only context decides: a bank word as the number's label ("reg.nr. 1234 kontonr. 1234567890",
 * "Konto: 1234-1234567890", "NemKonto 1234 1234567890") or between the two parts ("1234, kontonummer 12345678").
 * An account number alone after "kontonummer" is a finding too, at lower confidence: it is still a bank account.
 */

export const BANK_CONFIDENCE = { labelled: 0.9, oneWord: 0.75, accountOnly: 0.6 } as const;

const LABEL_GAP = 40;
/** How far apart the registration and account numbers may stand when a bank word is between them. */
const MAX_BETWEEN = 40;
/** Within this distance after the numbers, "... er min konto" still counts. */
const TRAILING_CONTEXT = 30;
const JOINED = /^[ \t]?[-/.]?[ \t]?$/;

/** Where bank words can matter: around a 4-digit number closely followed by another, and before longer numbers. */
export function bankContextWindows(runs: DigitRuns): Windows {
  const windows: Windows = [];
  for (let i = 0; i < runs.start.length; i++) {
    const start = runs.start[i] ?? 0;
    const end = runs.end[i] ?? 0;
    const length = end - start;
    const nextStart = runs.start[i + 1] ?? Infinity;
    if (length === 4 && nextStart - end <= MAX_BETWEEN) {
      addWindow(windows, start - LABEL_GAP, (runs.end[i + 1] ?? 0) + TRAILING_CONTEXT);
    } else if (length >= 6 && length <= 10) {
      addWindow(windows, start - LABEL_GAP, start);
    }
  }
  return windows;
}

function isBankWord(hit: KeywordHit | undefined): hit is KeywordHit {
  return hit !== undefined && hasBankCategory(hit.categories);
}

function hasBankCategory(categories: readonly KeywordCategory[]): boolean {
  return categories.includes("bankRegistration") || categories.includes("bankAccount");
}

const hasAccountCategory = (categories: readonly KeywordCategory[]): boolean =>
  categories.includes("bankAccount");

export interface BankScanInput {
  text: string;
  where: Location;
  runs: DigitRuns;
  keywords: KeywordIndex;
}

function bankFinding(
  input: BankScanInput,
  span: { start: number; end: number },
  reg: string,
  account: string,
  confidence: number,
  reasons: string[],
): Finding {
  return {
    kind: "bankkonto",
    where: input.where,
    ...span,
    confidence,
    reasons,
    value: reg + account,
    masked: maskBankAccount(account),
  };
}

/** Run i (4 digits) as a registration number with run i + 1 as its account number, if the words say so. */
function pairAt(input: BankScanInput, i: number): Finding | undefined {
  const { text, runs, keywords } = input;
  const start = runs.start[i] ?? 0;
  const end = runs.end[i] ?? 0;
  const nextStart = runs.start[i + 1];
  const nextEnd = runs.end[i + 1] ?? 0;
  if (end - start !== 4 || nextStart === undefined) return undefined;
  const accountLength = nextEnd - nextStart;
  if (accountLength < 4 || accountLength > 10 || nextStart - end > MAX_BETWEEN) return undefined;
  const wordBetween = keywords.firstWithin("bankAccount", end, nextStart);
  const joined = accountLength >= 6 && JOINED.test(text.slice(end, nextStart));
  if (wordBetween === undefined && !joined) return undefined;
  const label = keywords.labelBefore(start, LABEL_GAP, hasBankCategory);
  const bankLabel = isBankWord(label) ? label : undefined;
  const after = keywords.nextWithin("bankAccount", nextEnd, TRAILING_CONTEXT);
  const words = [bankLabel, wordBetween, after].filter((w): w is KeywordHit => w !== undefined);
  if (words.length === 0) return undefined;
  return bankFinding(
    input,
    { start, end: nextEnd },
    text.slice(start, end),
    text.slice(nextStart, nextEnd),
    bankLabel !== undefined ? BANK_CONFIDENCE.labelled : BANK_CONFIDENCE.oneWord,
    words.map((w) => `bankkonto.context:${w.word}`),
  );
}

/** Run i alone as an account number, when a bank word is its label. */
function accountAt(input: BankScanInput, i: number): Finding | undefined {
  const { text, runs, keywords } = input;
  const start = runs.start[i] ?? 0;
  const end = runs.end[i] ?? 0;
  if (end - start < 6 || end - start > 10) return undefined;
  const label = keywords.labelBefore(start, LABEL_GAP, hasAccountCategory);
  if (label === undefined) return undefined;
  return bankFinding(input, { start, end }, "", text.slice(start, end), BANK_CONFIDENCE.accountOnly, [
    `bankkonto.context:${label.word}`,
    "bankkonto.account-only",
  ]);
}

export function detectBankAccounts(input: BankScanInput): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < input.runs.start.length; i++) {
    const pair = pairAt(input, i);
    if (pair !== undefined) {
      findings.push(pair);
      i += 1; // the account number is taken
      continue;
    }
    const account = accountAt(input, i);
    if (account !== undefined) findings.push(account);
  }
  return findings;
}
