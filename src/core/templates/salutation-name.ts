import { analyse } from "../analyse";
import type { Config } from "../config/schema";
import { holdsStrongLexiconTerm } from "../detect/categories";
import { emptyMail } from "../mail";
import { sanitiseSenderName } from "./sender-name";

/** Words of a name: "&" in "Byg & Anlæg ApS" is not one. */
function wordCount(name: string): number {
  return name.split(" ").filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * The sender's display name as a reply greets them ("Kære Hanne Østergaard"), or undefined for the neutral
 * salutation (fallbackName). The name is used only when it is shaped like a name, has at most
 * `salutation.maxNameWords` words, holds no word of the sensitive-data lexicon strong enough to be a finding alone
 * ("Hans Kræft"), and the engine finds nothing in it: "Hans Jensen HIV positiv kræft" never reaches a reply.
 */
export function salutationName(displayName: string | undefined, config: Config): string | undefined {
  // Each template a triage offers greets the same sender: the engine reads the name once (the last answer is kept,
  // one name, nothing more), not once per template, which cost the worker's first triage several milliseconds.
  if (last?.config !== config || last.displayName !== displayName) {
    last = { config, displayName, name: checkedName(displayName, config) };
  }
  return last.name;
}

let last: { config: Config; displayName: string | undefined; name: string | undefined } | undefined;

function checkedName(displayName: string | undefined, config: Config): string | undefined {
  const name = sanitiseSenderName(displayName);
  if (name === undefined || wordCount(name) > config.salutation.maxNameWords) return undefined;
  if (holdsStrongLexiconTerm(name, config.detection)) return undefined;
  const { findings } = analyse({ ...emptyMail(), from: { name, address: "" } }, config.detection);
  return findings.length === 0 ? name : undefined;
}
