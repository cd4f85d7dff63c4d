/**
 * npm run lexicon-stems: writes src/core/detect/lexicon/data/stems.json, the stems of the shipped lexicons' words,
 * which the engine starts with instead of stemming them at every start. Run it after changing a lexicon file or the
 * stemmers; a unit test fails while it is out of date.
 */
import { writeFileSync } from "node:fs";
import { shippedStems } from "../src/core/detect/lexicon/shipped-stems";

const FILE = "src/core/detect/lexicon/data/stems.json";
writeFileSync(FILE, `${JSON.stringify(shippedStems(), null, 2)}\n`);
console.log(`wrote ${FILE}`);
