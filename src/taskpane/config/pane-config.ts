import type { Config } from "../../core/config/schema";
import type { ConfigFileFetch } from "../../office/addin-config-file";
import type { ConfigCache } from "./config-cache";

/*
 * Which configuration the pane's engine uses. `undefined` stands for the bundled default: the page itself never loads
 * it (the engine's worker has it), which keeps its 10 KB out of the pane's first JavaScript.
 */

/** Why the pane does not use the add-in's kanalvagt-config.json; shown to the admin. */
export type ConfigNotice =
  | { reason: "missing" }
  | { reason: "unreachable"; detail: string; usingCached: boolean }
  | { reason: "invalid"; problems: string[] };

/** A file's verdict: valid (its configuration, or undefined when it says what the default says) or its problems. */
export type ConfigValidation = { ok: true; config: Config | undefined } | { ok: false; problems: string[] };

export interface SettledConfig {
  /** Undefined: the bundled default. */
  config: Config | undefined;
  notice?: ConfigNotice;
  /** The configuration differs from the one the first triage used: the shown mail is to be triaged again. */
  changed: boolean;
}

export interface PaneConfig {
  /** What the first triage uses, known at once: the last valid file this pane fetched, else the bundled default. */
  initial: Promise<Config | undefined>;
  /** What the pane uses once the file has been fetched and checked. */
  settled: Promise<SettledConfig>;
}

export interface PaneConfigSources {
  fetched: Promise<ConfigFileFetch>;
  cache: ConfigCache;
  /** The schema's check, loaded only when a file differs from the cached copy: zod stays off the pane's start. */
  validate: (text: string) => Promise<ConfigValidation>;
  /** How long the first triage waits for the cached copy. */
  cacheWaitMs?: number;
}

/** Key order aside: two documents that say the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sameConfig(a: Config | undefined, b: Config | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));
}

/**
 * The pane's configuration at run time. The first triage does not wait for the network: it uses the cached copy of
 * the last valid file (or the default). The fetched file is checked only when its text differs from that copy; when
 * it is missing or invalid the bundled default applies, and when it cannot be fetched the copy in use stays.
 */
export function startPaneConfig(sources: PaneConfigSources): PaneConfig {
  const { fetched, cache, validate } = sources;
  const cached = Promise.race([
    cache.read().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), sources.cacheWaitMs ?? 100)),
  ]);
  const initial = cached.then((entry) => entry?.config);

  const settle = async (): Promise<SettledConfig> => {
    const [file, entry, inUse] = await Promise.all([fetched, cached, initial]);
    const result = (config: Config | undefined, notice?: ConfigNotice): SettledConfig => ({
      config,
      changed: !sameConfig(config, inUse),
      ...(notice ? { notice } : {}),
    });
    if (file.kind === "unreachable") {
      return result(inUse, { reason: "unreachable", detail: file.detail, usingCached: entry !== undefined });
    }
    if (file.kind === "missing") {
      await cache.forget();
      return result(undefined, { reason: "missing" });
    }
    if (entry && file.text === entry.source) return result(entry.config);
    const validation = await validate(file.text);
    if (!validation.ok) {
      await cache.forget();
      return result(undefined, { reason: "invalid", problems: validation.problems });
    }
    if (validation.config === undefined) await cache.forget();
    else await cache.store({ source: file.text, config: validation.config });
    return result(validation.config);
  };
  return { initial, settled: settle() };
}

/**
 * The schema's check of a file's text, loaded on demand: a file that says what the bundled default says needs no
 * check (the default's own test holds it valid), and only another one loads the chunk with zod.
 */
export async function validateConfigText(text: string): Promise<ConfigValidation> {
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : "";
    return { ok: false, problems: [`(the whole document): not valid JSON (${reason})`] };
  }
  const { DEFAULT_CONFIG } = await import("../../core/config/default-config");
  if (canonical(document) === canonical(DEFAULT_CONFIG)) return { ok: true, config: undefined };
  const { validateConfig } = await import("../../core/config/load");
  const validation = validateConfig(document);
  return validation.ok
    ? validation
    : { ok: false, problems: validation.problems.map((p) => `${p.path}: ${p.problem}`) };
}
