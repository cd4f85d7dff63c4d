import type { Handling, Sender } from "../taxonomy";
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

/** One language's labels, keyed as the taxonomy is. */
export function labelsIn<K extends string>(labels: Labels<K>, lang: Lang): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Record<Lang, string>>(labels).map(([k, l]) => [k, l[lang]]),
  ) as Record<K, string>;
}
