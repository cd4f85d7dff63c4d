/**
 * npm run word-patterns: writes src/core/classify/compiled-word-patterns.json, the words of the bundled
 * configuration's classification patterns worked out, which the engine starts with instead of splitting and folding
 * them on the first mail. Run it after changing those keywords in default-config.json or the rules that split them;
 * a unit test fails while the file is out of date.
 */
import { writeFileSync } from "node:fs";
import { shippedWordPatternsFile } from "../src/core/classify/shipped-word-patterns";

const FILE = "src/core/classify/compiled-word-patterns.json";
writeFileSync(FILE, shippedWordPatternsFile());
console.log(`wrote ${FILE}`);
