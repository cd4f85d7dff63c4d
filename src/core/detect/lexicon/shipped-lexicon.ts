import { DEFAULT_DETECTION_SETTINGS } from "../settings";
import { automatonShape, packShape } from "./automaton";
import { lexiconPatterns, patternSymbols } from "./compile";
import { packPatterns } from "./patterns";

/**
 * What data/compiled-lexicon.json holds, built afresh: the shipped lexicons' patterns and the shape of their
 * automaton. One line per field, so a lexicon edit's diff stays a few lines long.
 */
export function shippedLexiconFile(): string {
  const patterns = lexiconPatterns(DEFAULT_DETECTION_SETTINGS);
  const packed = { ...packPatterns(patterns), ...packShape(automatonShape(patternSymbols(patterns))) };
  const fields = Object.entries(packed).map(
    ([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
  );
  return `{\n${fields.join(",\n")}\n}\n`;
}
