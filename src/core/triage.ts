import { DEFAULT_MODEL } from "./classify/default-model";
import type { TextModel } from "./classify/model";
import type { Config } from "./config/schema";
import type { Mail } from "./mail";
import type { Triage } from "./triage-types";
import { triageWithModel } from "./triage-with-model";

export { receivedAt, recommendFor } from "./triage-with-model";

/** triageWithModel with the shipped model unless another is given: for the command line, scripts and tests. */
export function triage(
  mail: Mail,
  config: Config,
  now: Date = new Date(),
  model: TextModel = DEFAULT_MODEL,
): Triage {
  return triageWithModel(mail, config, now, model);
}
