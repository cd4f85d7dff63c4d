import type { Config } from "../config/schema";
import type { Lang } from "../i18n/reason-text";
import type { Handling, Sender, Sensitivity, Topic } from "../taxonomy";

/** The statistics speak the languages the rest of the add-in does. */
export type StatsLang = Lang;

type Labels<K extends string> = Record<K, Record<StatsLang, string>>;

export const HANDLING_LABELS: Labels<Handling> = {
  sag: { da: "Sag", en: "Case" },
  generel: { da: "Generelt spørgsmål", en: "General question" },
  selvbetjening: { da: "Selvbetjening", en: "Self-service" },
  booking: { da: "Booking", en: "Booking" },
  ingen: { da: "Intet svar", en: "No answer needed" },
};

export const SENDER_LABELS: Labels<Sender> = {
  borger: { da: "Borger", en: "Citizen" },
  virksomhed: { da: "Virksomhed", en: "Business" },
  forening: { da: "Forening", en: "Association" },
  myndighed: { da: "Myndighed", en: "Authority" },
  maskine: { da: "Automatisk afsender", en: "Automated sender" },
};

export const SENSITIVITY_LABELS: Labels<Sensitivity> = {
  ingen: { da: "Ingen personoplysninger", en: "No personal data" },
  almindelige: { da: "Almindelige", en: "Ordinary" },
  fortrolige: { da: "Fortrolige", en: "Confidential" },
  foelsomme: { da: "Følsomme", en: "Sensitive" },
};

export const UNTRIAGED_LABEL: Record<StatsLang, string> = { da: "Ikke sorteret", en: "Not triaged" };

/** Topic names come from the configuration, so a municipality's own wording shows in its reports. */
export function topicLabel(config: Config, topic: Topic, lang: StatsLang): string {
  return config.topics[topic].label[lang];
}
