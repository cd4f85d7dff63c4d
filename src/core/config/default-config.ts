import document from "./default-config.json";
import type { Config } from "./schema";

/**
 * Nyborg Kommune's configuration, bundled with the add-in, used as it is: no schema check when it loads, so the
 * engine's worker and the send guard start without zod. The document is complete (it names every field the schema
 * would fill in), and test/unit/core/config/default-config.test.ts checks that the schema accepts it unchanged; the
 * JSON import's widened types (string for each enum) are why the type is asserted rather than inferred. An admin's
 * configuration goes through loadConfig, which validates it.
 */
export const DEFAULT_CONFIG = document as Config;
