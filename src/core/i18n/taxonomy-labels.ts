import type { FindingKind, Handling, Sender, Sensitivity } from "../taxonomy";
import type { Lang } from "./reason-text";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** What staff see for a handling, in the task pane and in the statistics alike. */
export const HANDLING_LABELS: Labels<Handling> = {
  sag: { da: "Sag", en: "Case" },
  generel: { da: "Generelt spørgsmål", en: "General question" },
  selvbetjening: { da: "Selvbetjening", en: "Self-service" },
  booking: { da: "Ønsker en tid", en: "Wants an appointment" },
  ingen: { da: "Skal ikke besvares", en: "Needs no answer" },
};

/** What staff see for a kind of sender, in the task pane and in the statistics alike. */
export const SENDER_LABELS: Labels<Sender> = {
  borger: { da: "Borger", en: "Citizen" },
  virksomhed: { da: "Virksomhed", en: "Business" },
  forening: { da: "Forening", en: "Association" },
  myndighed: { da: "Myndighed", en: "Public authority" },
  maskine: { da: "Automatisk afsender", en: "Automated sender" },
};

/** A sensitivity level as the statistics' columns name it (the pane words its verdict as a sentence of its own). */
export const SENSITIVITY_LABELS: Labels<Sensitivity> = {
  ingen: { da: "Ingen personoplysninger", en: "No personal data" },
  almindelige: { da: "Almindelige", en: "Ordinary" },
  fortrolige: { da: "Fortrolige", en: "Confidential" },
  foelsomme: { da: "Følsomme", en: "Sensitive" },
};

/**
 * A kind of finding as running text names it ("… indeholder: CPR-nummer 070761-****, helbredsoplysninger"): the
 * send guard's alert, the pane (as a heading, see headingsIn) and, for the categories, the finding's masked value.
 */
export const FINDING_KIND_NAMES: Labels<FindingKind> = {
  cpr: { da: "CPR-nummer", en: "CPR number" },
  bankkonto: { da: "kontonummer", en: "bank account number" },
  iban: { da: "IBAN", en: "IBAN" },
  pas: { da: "pasnummer", en: "passport number" },
  koerekort: { da: "kørekortnummer", en: "driving licence number" },
  helbred: { da: "helbredsoplysninger", en: "health information" },
  fagforening: { da: "fagforeningsmedlemskab", en: "trade union membership" },
  religion: { da: "religiøs overbevisning", en: "religious beliefs" },
  etnisk: { da: "etnisk oprindelse", en: "ethnic origin" },
  politisk: { da: "politisk overbevisning", en: "political opinions" },
  seksuel: { da: "seksuelle forhold eller seksuel orientering", en: "sex life or sexual orientation" },
  genetisk_biometrisk: { da: "genetiske eller biometriske data", en: "genetic or biometric data" },
  social: { da: "sociale forhold", en: "social circumstances" },
  strafbare_forhold: { da: "strafbare forhold", en: "criminal matters" },
};

/** One language's labels, keyed as the taxonomy is. */
export function labelsIn<K extends string>(labels: Labels<K>, lang: Lang): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Record<Lang, string>>(labels).map(([k, l]) => [k, l[lang]]),
  ) as Record<K, string>;
}

/** One language's labels as headings: the first letter in upper case ("helbredsoplysninger" → "Helbredsoplysninger"). */
export function headingsIn<K extends string>(labels: Labels<K>, lang: Lang): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(labelsIn(labels, lang)).map(([k, label]) => [
      k,
      label.charAt(0).toUpperCase() + label.slice(1),
    ]),
  ) as Record<K, string>;
}
