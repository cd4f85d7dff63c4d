import type { Decided } from "../triage-types";
import { foldText } from "../detect/lexicon/fold";
import data from "./language-data.json";
import { codeOrder } from "../text/code-order";

const cues = Object.entries(data.languageCues).map(
  ([lang, words]) => [lang, new Set(words.map((w) => foldText(w)))] as const,
);
const DEFAULT_LANG = "da";
const MIN_CUES = 2;

/** The language of a mail from its common function words (og/the/und…); Danish when there is too little to tell. */
export function detectLanguage(words: readonly string[]): Decided<string> {
  const counts = new Map<string, number>();
  for (const word of words.slice(0, 400)) {
    for (const [lang, set] of cues) if (set.has(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || codeOrder(a[0], b[0]));
  const total = ranked.reduce((sum, [, n]) => sum + n, 0);
  const [best, hits] = ranked[0] ?? [DEFAULT_LANG, 0];
  if (hits < MIN_CUES) return { value: DEFAULT_LANG, confidence: 0.5, reasons: ["lang.default"] };
  return {
    value: best,
    confidence: Math.round(((hits + 1) / (total + 2)) * 100) / 100,
    reasons: [`lang.words:${hits}`],
  };
}

/** Every stopword of the languages the model knows; they carry no topic. */
export const STOPWORDS: readonly string[] = Object.values(data.stopwords).flat();
