import { analyse } from "./analyse";
import type { Analysis } from "./analysis";
import { classify } from "./classify/classify";
import { DEFAULT_MODEL } from "./classify/default-model";
import type { TextModel } from "./classify/model";
import { pickSelfServiceLink } from "./classify/self-service-link";
import type { Config } from "./config/schema";
import type { Mail } from "./mail";
import { recommend } from "./policy/recommend";
import type { Classification, Recommendation, Triage } from "./triage-types";
import { ENGINE_VERSION } from "./version";

/** When the mail arrived: its Date header, or `now` when it has none that can be read. */
export function receivedAt(mail: Mail, now: Date): Date {
  const date = mail.date === undefined ? Number.NaN : Date.parse(mail.date);
  return Number.isNaN(date) ? now : new Date(date);
}

/**
 * The channel strategy's answer to a classification of the mail, the engine's own or one staff corrected. `now`
 * stands in for the received date of a mail without one.
 */
export function recommendFor(
  mail: Mail,
  analysis: Analysis,
  classification: Classification,
  config: Config,
  now: Date,
): Recommendation {
  return recommend(
    {
      classification,
      sensitivity: analysis.sensitivity,
      signature: analysis.signature,
      bodyReadable: analysis.bodyReadable,
      received: receivedAt(mail, now),
      selfServiceLink: pickSelfServiceLink(classification.topic.value, analysis.text, config),
    },
    config,
  );
}

/**
 * Everything the engine says about one mail: findings and sensitivity, signature state, handling, flags, topic,
 * sender and language, and the channel strategy's recommendation, each with its reasons. Pure: `now` stands in for
 * the received date of a mail without one.
 */
export function triage(
  mail: Mail,
  config: Config,
  now: Date = new Date(),
  model: TextModel = DEFAULT_MODEL,
): Triage {
  const analysis = analyse(mail, config.detection);
  const classification = classify(mail, analysis, config, model);
  return {
    analysis,
    classification,
    recommendation: recommendFor(mail, analysis, classification, config, now),
    versions: { engine: ENGINE_VERSION, model: model.version, config: config.version },
  };
}
