import { DEFAULT_CONFIG } from "../config/default-config";
import { packWord, patternWords } from "./pattern-words";
import { configuredWordPatterns } from "./signals";

/**
 * What compiled-word-patterns.json holds, built afresh: each word pattern of the bundled configuration with its words
 * worked out (pattern-words.ts), in code-unit order, one line each, so a keyword edit's diff stays a line or two long.
 */
export function shippedWordPatternsFile(): string {
  const sources = [...new Set(configuredWordPatterns(DEFAULT_CONFIG))].sort();
  const lines = sources.map(
    (source) => `  ${JSON.stringify(source)}: ${JSON.stringify(patternWords(source).map(packWord))}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}
