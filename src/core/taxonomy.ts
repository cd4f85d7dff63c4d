/** The shared taxonomy of the detection engine and triage. Names are the domain's Danish words. */

export const HANDLINGS = ["sag", "generel", "selvbetjening", "booking", "ingen"] as const;
export type Handling = (typeof HANDLINGS)[number];
/** Handling "ingen": the mail needs no answer (automatic mail, newsletters, spam, a thank-you). */
export const NO_ANSWER_NEEDED = "ingen" satisfies Handling;

export const FLAGS = ["aktindsigt", "klage"] as const;
export type Flag = (typeof FLAGS)[number];

export const TOPICS = [
  "borgerservice",
  "byggeri",
  "affald",
  "skat_opkraevning",
  "ydelser",
  "beskaeftigelse",
  "pension_aeldre",
  "boern_familie",
  "sundhed",
  "social_handicap",
  "veje_trafik",
  "natur_miljoe",
  "kultur_fritid",
  "erhverv",
  "oekonomi_faktura",
  "andet",
] as const;
export type Topic = (typeof TOPICS)[number];

export const SENDERS = ["borger", "virksomhed", "forening", "myndighed", "maskine"] as const;
export type Sender = (typeof SENDERS)[number];

/** GDPR art. 9 categories: any of them makes a mail "foelsomme". */
export const ART9_KINDS = [
  "helbred",
  "fagforening",
  "religion",
  "etnisk",
  "politisk",
  "seksuel",
  "genetisk_biometrisk",
] as const;

/** Categories found from lexicons (art. 9 plus social and criminal matters). */
export const CATEGORY_KINDS = [...ART9_KINDS, "social", "strafbare_forhold"] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** Identifiers found by pattern and checksum. */
export const IDENTIFIER_KINDS = ["cpr", "bankkonto", "iban", "pas", "koerekort"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const FINDING_KINDS = [...IDENTIFIER_KINDS, ...CATEGORY_KINDS] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SENSITIVITIES = ["ingen", "almindelige", "fortrolige", "foelsomme"] as const;
/** Ordered from least to most sensitive; compare with sensitivityRank. */
export type Sensitivity = (typeof SENSITIVITIES)[number];
/** Sensitivity "ingen": no personal data found. */
export const NO_PERSONAL_DATA = "ingen" satisfies Sensitivity;

export function sensitivityRank(s: Sensitivity): number {
  return SENSITIVITIES.indexOf(s);
}

/** Where in the mail a finding stands; "sender-name" is the display name of From, which the sender writes freely. */
export const LOCATIONS = [
  "sender-name",
  "subject",
  "body",
  "quoted",
  "attachment-name",
  "attachment",
] as const;
export type Location = (typeof LOCATIONS)[number];

/** The decisions staff can correct in the pane; a triage record names those they did. */
export const CORRECTABLE_FIELDS = ["handling", "topic", "sender", "flags"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
