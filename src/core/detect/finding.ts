import type { FindingKind, Location } from "../taxonomy";

/**
 * One piece of sensitive data found in a mail. Offsets point into the text of `where` as the engine normalised it
 * (see MailText), so the pane can show the spot and the CLI can report it.
 */
export interface Finding {
  kind: FindingKind;
  where: Location;
  start: number;
  end: number;
  /** 0..1; the pane and the send guard act on findings at or above the configured threshold. */
  confidence: number;
  /** Reason codes such as "cpr.context:cpr-nr" or "cpr.mod11:ok"; describeReason() turns them into Danish or English. */
  reasons: string[];
  /** Digits only for number kinds; the matched words for categories. Never log it; show `masked` unless revealed. */
  value: string;
  /** Safe to show: 010190-**** for CPR, DK50 **** **** **16 for IBAN, the category's name for categories. */
  masked: string;
  /** Where `where` is "attachment": the attachment's name (may itself hold a CPR number; mask it before showing). */
  attachment?: string;
  /** Where `where` is "attachment" and its format has pages: the 1-based page or slide. */
  page?: number;
}
