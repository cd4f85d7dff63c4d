import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import type { Config } from "../../../../src/core/config/schema";
import type { ConfigFileFetch } from "../../../../src/office/addin-config-file";
import type { CachedConfig, ConfigCache } from "../../../../src/taskpane/config/config-cache";
import {
  startPaneConfig,
  validateConfigText,
  type ConfigValidation,
} from "../../../../src/taskpane/config/pane-config";

const withPhone = (phone: string): Config => ({
  ...DEFAULT_CONFIG,
  municipality: { ...DEFAULT_CONFIG.municipality, phone },
});

function memoryCache(entry?: CachedConfig): ConfigCache & { entry?: CachedConfig } {
  const cache: ConfigCache & { entry?: CachedConfig } = {
    ...(entry ? { entry } : {}),
    read: () => Promise.resolve(cache.entry),
    store: (next) => {
      cache.entry = next;
      return Promise.resolve();
    },
    forget: () => {
      delete cache.entry;
      return Promise.resolve();
    },
  };
  return cache;
}

function start(file: ConfigFileFetch, cache: ConfigCache) {
  const checked: string[] = [];
  const validate = (text: string): Promise<ConfigValidation> => {
    checked.push(text);
    return validateConfigText(text);
  };
  return { ...startPaneConfig({ fetched: Promise.resolve(file), cache, validate }), checked };
}

const found = (config: unknown): ConfigFileFetch => ({ kind: "found", text: JSON.stringify(config) });

describe("the pane's configuration at run time", () => {
  it("first time: triages on the default, then takes the file, caches it and asks for a new triage", async () => {
    const cache = memoryCache();
    const config = start(found(withPhone("65 12 34 56")), cache);
    await expect(config.initial).resolves.toBeUndefined();
    const settled = await config.settled;
    expect(settled.changed).toBe(true);
    expect(settled.notice).toBeUndefined();
    expect(settled.config?.municipality.phone).toBe("65 12 34 56");
    expect(cache.entry?.config.municipality.phone).toBe("65 12 34 56");
  });

  it("next start: triages on the cached copy at once; the same file is neither checked again nor re-triaged", async () => {
    const file = found(withPhone("65 12 34 56"));
    const cache = memoryCache();
    await start(file, cache).settled;
    const again = start(file, cache);
    await expect(again.initial).resolves.toMatchObject({ municipality: { phone: "65 12 34 56" } });
    await expect(again.settled).resolves.toMatchObject({ changed: false });
    expect(again.checked).toEqual([]);
  });

  it("a file that says what the default says changes nothing and is not checked with the schema", async () => {
    const cache = memoryCache();
    const settled = await start(found(structuredClone(DEFAULT_CONFIG)), cache).settled;
    expect(settled).toEqual({ config: undefined, changed: false });
    expect(cache.entry).toBeUndefined();
    await expect(validateConfigText(JSON.stringify(DEFAULT_CONFIG))).resolves.toEqual({
      ok: true,
      config: undefined,
    });
  });

  it("an invalid file: the default applies, the notice names the problem, the cached copy is dropped", async () => {
    const cache = memoryCache({ source: "old", config: withPhone("65 12 34 56") });
    const settled = await start(found({ ...DEFAULT_CONFIG, internalDomains: [] }), cache).settled;
    expect(settled.config).toBeUndefined();
    expect(settled.changed).toBe(true);
    expect(settled.notice).toEqual({
      reason: "invalid",
      problems: ["internalDomains: name at least the municipality's own domain"],
    });
    expect(cache.entry).toBeUndefined();
  });

  it("a file that is not JSON is invalid", async () => {
    const settled = await start({ kind: "found", text: "{ version: " }, memoryCache()).settled;
    expect(settled.notice).toMatchObject({
      reason: "invalid",
      problems: [expect.stringContaining("not valid JSON")],
    });
  });

  it("a missing file: the default applies and the notice says so", async () => {
    const cache = memoryCache({ source: "old", config: withPhone("65 12 34 56") });
    const settled = await start({ kind: "missing" }, cache).settled;
    expect(settled).toEqual({ config: undefined, changed: true, notice: { reason: "missing" } });
    expect(cache.entry).toBeUndefined();
  });

  it("an unreachable file: the cached copy stays in use, and the notice says which copy", async () => {
    const cache = memoryCache({ source: "old", config: withPhone("65 12 34 56") });
    const settled = await start({ kind: "unreachable", detail: "HTTP 503" }, cache).settled;
    expect(settled.config?.municipality.phone).toBe("65 12 34 56");
    expect(settled.changed).toBe(false);
    expect(settled.notice).toEqual({ reason: "unreachable", detail: "HTTP 503", usingCached: true });
  });

  it("does not hold the first triage for a cache that does not answer", async () => {
    const stuck: ConfigCache = { ...memoryCache(), read: () => new Promise(() => undefined) };
    const config = startPaneConfig({
      fetched: new Promise(() => undefined),
      cache: stuck,
      validate: validateConfigText,
      cacheWaitMs: 5,
    });
    await expect(config.initial).resolves.toBeUndefined();
  });
});
