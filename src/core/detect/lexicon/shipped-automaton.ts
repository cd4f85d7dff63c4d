import { DEFAULT_DETECTION_SETTINGS } from "../settings";
import { automatonShape, packShape, type AutomatonShape } from "./automaton";
import { lexiconPatterns, patternSymbols } from "./compile";

/** What data/automaton.json holds: the shape of the shipped lexicons' automaton, built afresh. */
export function shippedAutomatonShape(): AutomatonShape {
  return automatonShape(patternSymbols(lexiconPatterns(DEFAULT_DETECTION_SETTINGS)));
}

/** The file's text: one line per field, so a lexicon edit's diff stays a few lines long. */
export function shippedAutomatonFile(): string {
  const fields = Object.entries(packShape(shippedAutomatonShape())).map(
    ([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
  );
  return `{\n${fields.join(",\n")}\n}\n`;
}
