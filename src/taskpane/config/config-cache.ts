import type { Config } from "../../core/config/schema";
import { ENGINE_VERSION } from "../../core/version";

/** The last valid kanalvagt-config.json this pane fetched: the file's text, and what the schema made of it. */
export interface CachedConfig {
  source: string;
  config: Config;
}

/** Where the pane keeps that copy between starts; the tests pass their own. */
export interface ConfigCache {
  read(): Promise<CachedConfig | undefined>;
  store(entry: CachedConfig): Promise<void>;
  forget(): Promise<void>;
}

/** Per version: a copy checked by another version's schema is not taken as checked. */
const CACHE_NAME = `kanalvagt-config-${ENGINE_VERSION}`;
const KEY = "/kanalvagt-config/last-valid";

/**
 * The browser's Cache Storage (the Cache API), which webviews in every Outlook client that runs the pane have on
 * https. Where it is missing or refuses (a private window), nothing is cached and the pane starts on the bundled
 * default until the file has been fetched.
 */
export function browserConfigCache(): ConfigCache {
  const open = (): Promise<Cache> | undefined =>
    typeof caches === "object" ? caches.open(CACHE_NAME) : undefined;
  return {
    async read() {
      try {
        const response = await (await open())?.match(KEY);
        return response ? ((await response.json()) as CachedConfig) : undefined;
      } catch {
        return undefined;
      }
    },
    async store(entry) {
      try {
        await (await open())?.put(KEY, new Response(JSON.stringify(entry)));
      } catch {
        // Not cached: the next start fetches and checks the file again.
      }
    },
    async forget() {
      try {
        await (await open())?.delete(KEY);
      } catch {
        // Nothing to forget.
      }
    },
  };
}
