/**
 * npm run lexicon-stems: writes src/core/detect/lexicon/data/stems.json, the stems of the shipped lexicons' words,
 * which the engine starts with instead of stemming them at every start. Run it after changing a lexicon file or the
 * stemmers; a unit test fails while it is out of date. It first checks every shipped entry, which the engine trusts
 * at start, and stops naming the first bad one.
 */
import { writeFileSync } from "node:fs";
import { SHIPPED_CATEGORY_FILES, SHIPPED_CUE_FILE } from "../src/core/detect/lexicon/data";
import { shippedStems } from "../src/core/detect/lexicon/shipped-stems";
import { checkShippedLexicons } from "../src/core/detect/lexicon/validate";

checkShippedLexicons(SHIPPED_CATEGORY_FILES, SHIPPED_CUE_FILE);

const FILE = "src/core/detect/lexicon/data/stems.json";
writeFileSync(FILE, `${JSON.stringify(shippedStems(), null, 2)}\n`);
console.log(`wrote ${FILE}`);
