import type { Config } from "../config/schema";
import type { Lang } from "../i18n/reason-text";
import type { Topic } from "../taxonomy";

/** The statistics speak the languages the rest of the add-in does. */
export type StatsLang = Lang;

export const UNTRIAGED_LABEL: Record<StatsLang, string> = { da: "Ikke sorteret", en: "Not triaged" };

/** Topic names come from the configuration, so a municipality's own wording shows in its reports. */
export function topicLabel(config: Config, topic: Topic, lang: StatsLang): string {
  return config.topics[topic].label[lang];
}

/** Every topic's name in both languages, from the configuration. */
export function topicNames(config: Config): (topic: Topic) => Record<StatsLang, string> {
  return (topic) => config.topics[topic].label;
}
