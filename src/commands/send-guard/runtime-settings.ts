import { readSendGuardSettings, type SendGuardSettings } from "../../core/config/send-guard-settings";
import {
  CONFIG_FILE,
  fetchConfigFile,
  type ConfigFileFetch,
  type FetchText,
} from "../../office/addin-config-file";
import type { Timers } from "./handler";
import { SEND_GUARD_SETTINGS } from "./send-guard-config";

/**
 * How long a Send waits for the configuration file before the bundled settings decide. Classic Outlook loads the
 * send guard on Send, so the fetch runs while the user waits; the check's own deadline (sendGuard.timeoutMs) follows.
 */
export const CONFIG_WAIT_MS = 3000;

export interface SettingsSource {
  /** The send guard's page or script; kanalvagt-config.json lies beside it. Undefined when the runtime hides it. */
  pageUrl: string | undefined;
  fetchText?: FetchText;
  timers?: Timers;
  log?: (line: string) => void;
}

function why(fetched: ConfigFileFetch | "timeout" | "no-address"): string {
  if (fetched === "timeout") return `did not answer within ${CONFIG_WAIT_MS / 1000} s`;
  if (fetched === "no-address") return "has no known address in this Outlook";
  if (fetched.kind === "missing") return "is missing on the add-in's host (404)";
  if (fetched.kind === "unreachable") return `could not be fetched (${fetched.detail})`;
  return "is not valid JSON";
}

/**
 * The settings the send guard decides with: the sections of the add-in's kanalvagt-config.json, or the bundled ones
 * when that file is missing, unreachable, slow or wrong. Either way one log line says which it used and why, so a
 * send guard running on the default is never silent about it.
 */
export async function loadSendGuardSettings(source: SettingsSource): Promise<SendGuardSettings> {
  const useBundled = (reason: string): SendGuardSettings => {
    source.log?.(`Kanalvagt send guard: using the bundled configuration: ${CONFIG_FILE} ${reason}`);
    return SEND_GUARD_SETTINGS;
  };
  try {
    return await readSettings(source, useBundled);
  } catch (error) {
    // Never leave Send waiting on the configuration: whatever went wrong, the bundled settings decide.
    return useBundled(`could not be read (${error instanceof Error ? error.name : "error"})`);
  }
}

async function readSettings(
  source: SettingsSource,
  useBundled: (reason: string) => SendGuardSettings,
): Promise<SendGuardSettings> {
  if (source.pageUrl === undefined) return useBundled(why("no-address"));
  const { timers } = source;
  let handle: unknown;
  const fetched = await Promise.race([
    fetchConfigFile(source.pageUrl, source.fetchText),
    new Promise<"timeout">((resolve) => {
      if (timers) handle = timers.setTimeout(() => resolve("timeout"), CONFIG_WAIT_MS);
    }),
  ]);
  if (timers) timers.clearTimeout(handle);
  if (fetched === "timeout" || fetched.kind !== "found") return useBundled(why(fetched));
  let document: unknown;
  try {
    document = JSON.parse(fetched.text) as unknown;
  } catch {
    return useBundled(why(fetched));
  }
  const reading = readSendGuardSettings(document);
  if (!reading.ok) return useBundled(`is invalid: ${reading.problems.join("; ")}`);
  const version = (document as { version?: unknown }).version;
  source.log?.(
    `Kanalvagt send guard: using ${CONFIG_FILE} (${typeof version === "string" ? version : "no version"})`,
  );
  return reading.settings;
}
