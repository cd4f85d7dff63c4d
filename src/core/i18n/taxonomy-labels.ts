import type { CategoryKind, Handling, Sender } from "../taxonomy";
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

/**
 * A sensitive category's name in running text: what a category finding shows instead of its matched words (its
 * `masked` value), in the pane, the CLI and the send guard's alert.
 */
export const CATEGORY_NAMES: Labels<CategoryKind> = {
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
