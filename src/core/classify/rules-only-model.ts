import { HANDLINGS, SENDERS, TOPICS } from "../taxonomy";
import { encodeBase64 } from "./base64";
import { FEATURE_BUCKETS } from "./feature-hash";
import { identityCalibration, MODEL_FORMAT, type ModelHead, type TextModel } from "./model";

/** The version a triage record names when no trained model was at hand. */
export const RULES_ONLY_VERSION = "rules-only";

function emptyHead(labels: readonly string[]): ModelHead {
  return {
    labels: [...labels],
    bias: labels.map(() => 0),
    calibration: identityCalibration(labels.length),
    scale: 1,
    weights: encodeBase64(new Uint8Array(FEATURE_BUCKETS * labels.length)),
  };
}

/**
 * A model that knows nothing: every weight zero, so only the rules (keywords, sender signals) push a label and the
 * classification mostly abstains. For when the shipped model could not be loaded: detection and the warnings do not
 * depend on it, and they must still reach staff.
 */
export function rulesOnlyModel(): TextModel {
  return {
    format: MODEL_FORMAT,
    version: RULES_ONLY_VERSION,
    trainedOn: 0,
    buckets: FEATURE_BUCKETS,
    heads: { handling: emptyHead(HANDLINGS), topic: emptyHead(TOPICS), sender: emptyHead(SENDERS) },
  };
}
