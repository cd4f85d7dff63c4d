import type { Decided } from "../triage-types";
import { foldText } from "../detect/lexicon/fold";
import data from "./language-data.json";
import { codeOrder } from "../text/code-order";

/** The languages, and per cue word the languages it is a cue for: one lookup per word rather than one per language. */
const LANGS = Object.keys(data.languageCues);
const cueLangs = new Map<string, number[]>();
Object.values(data.languageCues).forEach((words, lang) => {
  for (const word of new Set(words.map((w) => foldText(w)))) {
    const langs = cueLangs.get(word) ?? [];
    langs.push(lang);
    cueLangs.set(word, langs);
  }
});
const DEFAULT_LANG = "da";
const MIN_CUES = 2;
const CUE_WORDS = 400;

/** The language of a mail from its common function words (og/the/und…); Danish when there is too little to tell. */
export function detectLanguage(words: readonly string[]): Decided<string> {
  const counts = new Array<number>(LANGS.length).fill(0);
  const end = Math.min(words.length, CUE_WORDS);
  for (let i = 0; i < end; i++) {
    const langs = cueLangs.get(words[i] ?? "");
    if (langs !== undefined) for (const lang of langs) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  const ranked = LANGS.map((lang, i): [string, number] => [lang, counts[i] ?? 0])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || codeOrder(a[0], b[0]));
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
