/**
 * npm run lexicon-stems: writes src/core/detect/lexicon/data/stems.json, the stems of the shipped lexicons' words,
 * which the engine starts with instead of stemming them at every start, and data/compiled-lexicon.json, their patterns
 * and automaton, which it starts with instead of compiling them. Run it after changing a lexicon file, the stemmers or the
 * pattern rules; a unit test fails while either is out of date. It first checks every shipped entry, which the engine trusts
 * at start, and stops naming the first bad one.
 */
import { writeFileSync } from "node:fs";
import { SHIPPED_CATEGORY_FILES, SHIPPED_CUE_FILE } from "../src/core/detect/lexicon/data";
import { shippedLexiconFile } from "../src/core/detect/lexicon/shipped-lexicon";
import { shippedStems } from "../src/core/detect/lexicon/shipped-stems";
import { checkShippedLexicons } from "../src/core/detect/lexicon/validate";

checkShippedLexicons(SHIPPED_CATEGORY_FILES, SHIPPED_CUE_FILE);

const STEMS = "src/core/detect/lexicon/data/stems.json";
writeFileSync(STEMS, `${JSON.stringify(shippedStems(), null, 2)}\n`);
console.log(`wrote ${STEMS}`);
const COMPILED = "src/core/detect/lexicon/data/compiled-lexicon.json";
writeFileSync(COMPILED, shippedLexiconFile());
console.log(`wrote ${COMPILED}`);
