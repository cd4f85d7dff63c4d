/** The municipality's configuration file, which the admin places beside taskpane.html on the add-in's host. */
export const CONFIG_FILE = "kanalvagt-config.json";

/** What asking the add-in's host for its configuration file gave. */
export type ConfigFileFetch =
  { kind: "found"; text: string } | { kind: "missing" } | { kind: "unreachable"; detail: string };

/**
 * The file's address beside the page or script at `pageUrl`. Plain string work: classic Outlook's JavaScript-only
 * runtime is not promised to have URL.
 */
export function configFileUrl(pageUrl: string): string {
  return addinFileUrl(pageUrl, CONFIG_FILE);
}

/** A file the admin places beside the add-in (`path` relative to the folder of `pageUrl`, never above it). */
export function addinFileUrl(pageUrl: string, path: string): string {
  return `${pageUrl.replace(/[?#].*$/s, "").replace(/[^/]*$/, "")}${path}`;
}

export type FetchText = (url: string) => Promise<{ status: number; text(): Promise<string> }>;

/**
 * Fetches kanalvagt-config.json from the folder of `pageUrl` (the add-in's own page or script). The browser asks the
 * host whether its copy is still current (no-cache), so an admin's change reaches the next start of the pane.
 */
export function fetchConfigFile(pageUrl: string, fetchText?: FetchText): Promise<ConfigFileFetch> {
  return fetchAddinFile(configFileUrl(pageUrl), fetchText);
}

/**
 * Fetches a file from the add-in's host (the configuration, a learned model): found, missing (404), or why it could
 * not be fetched.
 */
export async function fetchAddinFile(url: string, fetchText?: FetchText): Promise<ConfigFileFetch> {
  const get: FetchText | undefined =
    fetchText ??
    (typeof fetch === "function" ? (address) => fetch(address, { cache: "no-cache" }) : undefined);
  if (!get) return { kind: "unreachable", detail: "this Outlook has no fetch" };
  try {
    const response = await get(url);
    if (response.status === 404) return { kind: "missing" };
    if (response.status !== 200) return { kind: "unreachable", detail: `HTTP ${response.status}` };
    return { kind: "found", text: await response.text() };
  } catch (error) {
    // The error's kind, not its message: this goes to logs and the pane, and a message could quote a URL.
    return { kind: "unreachable", detail: error instanceof Error ? error.name : "network error" };
  }
}
