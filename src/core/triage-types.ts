import type { Analysis } from "./analysis";
import type { Flag, Handling, Sender, Topic } from "./taxonomy";

/** One possible value with its (calibrated) probability. */
export interface Choice<T> {
  value: T;
  confidence: number;
}

/** A decision with how sure the engine is and why (reason codes, see describeReason). */
export interface Decided<T> {
  value: T;
  confidence: number;
  reasons: string[];
  /**
   * Present only when the engine is unsure (confidence below `thresholds.unsureBelow`): the two likeliest values,
   * likeliest first, for staff to choose between. Nothing is recommended on the strength of an unsure value.
   */
  choices?: Choice<T>[];
}

/** The fields of a classification that can be unsure, and that staff can correct. */
export const CLASSIFIED_FIELDS = ["handling", "topic", "sender"] as const;
export type ClassifiedField = (typeof CLASSIFIED_FIELDS)[number];

export interface Classification {
  handling: Decided<Handling>;
  /** Flags that apply (aktindsigt, klage), each with its reasons. */
  flags: Decided<Flag>[];
  topic: Decided<Topic>;
  sender: Decided<Sender>;
  /** ISO 639-1 code: da, en, de, … */
  lang: Decided<string>;
}

/** The fields the engine is unsure of, in the order handling, topic, sender. */
export function unsureFields(classification: Classification): ClassifiedField[] {
  return CLASSIFIED_FIELDS.filter((field) => classification[field].choices !== undefined);
}

export type Channel = "digital-post" | "selvbetjening" | "booking" | "ingen";
/** Channel "ingen": no reply is sent. */
export const NO_REPLY = "ingen" satisfies Channel;

export type TemplateId = "digital-post-svar" | "kvittering" | "selvbetjening" | "booking" | "sikker-kanal";

export interface Recommendation {
  channel: Channel;
  /** The main template for this mail; none when there is nothing to answer (channel "ingen"). */
  template?: TemplateId;
  /** Further templates staff may use (e.g. the neutral receipt beside the Digital Post reply). */
  alternatives: TemplateId[];
  /** Warning codes, e.g. "warn.no-email-reply"; describeReason renders them. */
  warnings: string[];
  /** Outlook category names to apply, from configuration. */
  categories: string[];
  journalise: boolean;
  /** ISO date (yyyy-mm-dd) by which an aktindsigt request must be decided or the requester told why not. */
  aktindsigtDeadline?: string;
  /** The self-service page the selvbetjening template points to, from configuration. */
  selfServiceLink?: { url: string; label: { da: string; en: string } };
}

export interface Triage {
  analysis: Analysis;
  classification: Classification;
  recommendation: Recommendation;
  /** Versions of engine, model and configuration, for the triage record. */
  versions: { engine: string; model: string; config: string };
}
