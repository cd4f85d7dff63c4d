import type { Config } from "../config/schema";
import type { Mail } from "../mail";
import { receivedAt } from "../triage";
import type { TemplateId, Triage } from "../triage-types";
import { renderTemplate, type RenderedTemplate } from "./render";

/**
 * A recommended template filled for the mail it answers: Danish for Danish mail, English otherwise. Only the
 * sender's display name (when salutationName accepts it) and the received date are taken from the mail.
 */
export function renderForTriage(
  id: TemplateId,
  triage: Triage,
  mail: Mail,
  config: Config,
  now: Date = new Date(),
): RenderedTemplate {
  const link = triage.recommendation.selfServiceLink;
  return renderTemplate(
    id,
    {
      lang: triage.classification.lang.value === "da" ? "da" : "en",
      ...(mail.from?.name ? { senderName: mail.from.name } : {}),
      received: receivedAt(mail, now),
      topic: triage.classification.topic.value,
      ...(link ? { link: { ...link, keywords: [] } } : {}),
    },
    config,
  );
}
