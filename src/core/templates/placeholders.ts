import type { TemplateId } from "../triage-types";

export const TEMPLATE_IDS = [
  "digital-post-svar",
  "kvittering",
  "selvbetjening",
  "booking",
  "sikker-kanal",
] as const satisfies readonly TemplateId[];

/**
 * The placeholders a template may use, written {{navn}}. Each value comes from configuration, the received date or
 * the sender's sanitised name: never from the mail's text.
 */
export const TEMPLATE_PLACEHOLDERS = [
  "navn",
  "modtaget",
  "emne",
  "link",
  "linknavn",
  "kommune",
  "telefon",
  "adresse",
  "hjemmeside",
  "booking",
  "signatur",
] as const;
export type Placeholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** The subject of Digital Post is not encrypted, so no personal detail may stand in it. */
export const SUBJECT_FORBIDDEN_PLACEHOLDERS = ["navn"] as const satisfies readonly Placeholder[];

/** Placeholders whose value is a web address; safe HTML renders them as links. */
export const URL_PLACEHOLDERS = ["link", "hjemmeside", "booking"] as const satisfies readonly Placeholder[];
