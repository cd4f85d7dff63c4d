import type { MailText } from "../analysis";
import type { Config, SelfServiceLink } from "../config/schema";
import type { Topic } from "../taxonomy";
import { foldedWords } from "./tokens";
import { PatternSet, TYPO_TOLERANT } from "./word-patterns";

const linkSets = new WeakMap<Config, Map<Topic, PatternSet>>();

function patternsFor(config: Config, topic: Topic): PatternSet {
  let byTopic = linkSets.get(config);
  if (!byTopic) {
    byTopic = new Map();
    linkSets.set(config, byTopic);
  }
  let set = byTopic.get(topic);
  if (!set) {
    set = new PatternSet(
      config.topics[topic].selfService.map((link) => link.keywords),
      TYPO_TOLERANT,
    );
    byTopic.set(topic, set);
  }
  return set;
}

/**
 * The topic's self-service link whose keywords the mail's subject and new text match most; the topic's first link
 * when none match; undefined when the topic has no link (the template then uses the general self-service page).
 */
export function pickSelfServiceLink(
  topic: Topic,
  text: MailText,
  config: Config,
): SelfServiceLink | undefined {
  const links = config.topics[topic].selfService;
  if (links.length <= 1) return links[0];
  const hits = new Array<number>(links.length).fill(0);
  for (const match of patternsFor(config, topic).match([
    ...foldedWords(text.subject),
    ...foldedWords(text.body),
  ])) {
    hits[match.group] = (hits[match.group] ?? 0) + 1;
  }
  let best = 0;
  hits.forEach((n, i) => {
    if (n > (hits[best] ?? 0)) best = i;
  });
  return links[best];
}
