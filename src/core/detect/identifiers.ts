import type { Location } from "../taxonomy";
import { bankContextWindows, detectBankAccounts } from "./bank-account";
import { cprLabelWindows, datedCprCandidates, detectCpr } from "./cpr";
import type { Finding } from "./finding";
import { detectIban } from "./iban";
import { detectIdDocuments, idDocumentWindows } from "./id-documents";
import {
  DEFAULT_IDENTIFIER_KEYWORDS,
  findDigitRuns,
  type IdentifierOptions,
  KeywordIndex,
  lowerBound,
} from "./identifier-context";

export type { IdentifierOptions } from "./identifier-context";

/**
 * The confidence at or above which the engine treats an identifier as a finding (warns, counts it for the
 * sensitivity level). Detectors also return weaker candidates, e.g. a number labelled "fakturanr." (≤ 0.4), so the
 * pane can explain why a number was not taken for a CPR number.
 */
export const IDENTIFIER_FINDING_THRESHOLD = 0.5;

/** `findings` without those that overlap any of `others`; by binary search, as both may be long lists. */
function withoutOverlaps(findings: Finding[], others: Finding[]): Finding[] {
  if (others.length === 0) return findings;
  const sorted = [...others].sort((a, b) => a.start - b.start);
  const starts = sorted.map((f) => f.start);
  const maxEnd: number[] = [];
  sorted.forEach((f, i) => maxEnd.push(Math.max(f.end, maxEnd[i - 1] ?? 0)));
  return findings.filter((f) => (maxEnd[lowerBound(starts, f.end) - 1] ?? -1) <= f.start);
}

const PERSON_REASONS = ["cpr.person:", "cpr.person-name", "cpr.context:", "cpr.column:"];

function namesPerson(reason: string): boolean {
  return PERSON_REASONS.some((prefix) => reason.startsWith(prefix));
}

/**
 * All identifiers in one text (a MailText string): CPR, IBAN, bank account, passport and driving-licence numbers.
 * One pass finds the digit runs; context words are looked up only around them. Offsets point into `text`.
 * A number that is part of an IBAN or a bank account is not also reported as a CPR number.
 */
export function detectIdentifiers(text: string, where: Location, options: IdentifierOptions = {}): Finding[] {
  const runs = findDigitRuns(text);
  if (runs.start.length === 0) return [];
  const today = options.today ?? new Date();
  const dated = datedCprCandidates(text, runs, today);
  const keywords = options.keywords ?? DEFAULT_IDENTIFIER_KEYWORDS;
  // One scan for the labels of every kind of number; the CPR detector looks further only where it must.
  const labels = new KeywordIndex(text, keywords, [
    cprLabelWindows(dated),
    bankContextWindows(runs),
    idDocumentWindows(runs),
  ]);
  const scan = { text, where, runs, keywords: labels };
  const allCpr = detectCpr({ text, where, runs, dated, labels, keywords, today });
  // When a number reads as both, a CPR number next to a person (a name, "borger:", a CPR word) wins over the bank
  // account; otherwise the account, which needs a bank word to be found at all, does.
  const personal = allCpr.filter(
    (f) => f.confidence >= IDENTIFIER_FINDING_THRESHOLD && f.reasons.some(namesPerson),
  );
  const accounts = [...detectIban(text, where), ...withoutOverlaps(detectBankAccounts(scan), personal)];
  const cpr = withoutOverlaps(allCpr, accounts);
  const documents = detectIdDocuments(scan);
  // CPR findings come in text order; only other kinds beside them need sorting in.
  if (accounts.length === 0 && documents.length === 0) return cpr;
  return [...cpr, ...accounts, ...documents].sort((a, b) => a.start - b.start);
}
