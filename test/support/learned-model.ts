import { DEFAULT_MODEL } from "../../src/core/classify/default-model";
import type { TextModel } from "../../src/core/classify/model";

/**
 * The shipped model with one topic's bias raised so far that every mail gets that topic: a learned model whose use
 * any test can see in the verdict.
 */
export function modelFavouring(topic: string): TextModel {
  const head = DEFAULT_MODEL.heads.topic;
  const at = head.labels.indexOf(topic);
  if (at < 0) throw new Error(`The shipped model has no topic ${topic}`);
  const bias = head.bias.map((b, i) => (i === at ? b + 100 : b));
  return {
    ...DEFAULT_MODEL,
    version: `test-${topic}`,
    heads: { ...DEFAULT_MODEL.heads, topic: { ...head, bias } },
  };
}
