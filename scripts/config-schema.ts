/**
 * npm run config-schema: writes docs/kanalvagt-config.schema.json, the JSON Schema of the configuration, so an admin's
 * editor (VS Code: "$schema" at the top of the document) can check and complete it while typing. Zod's schema in
 * src/core/config/schema.ts stays the source; a unit test fails when this file is out of date.
 */
import { writeFileSync } from "node:fs";
import { configJsonSchema } from "../src/core/config/json-schema";

const FILE = "docs/kanalvagt-config.schema.json";
writeFileSync(FILE, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${FILE}`);
