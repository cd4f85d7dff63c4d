import { readFile } from "node:fs/promises";
import { systemErrorCode } from "../eml/error-text";
import { DEFAULT_CONFIG, loadConfig } from "../core/config/load";
import type { Config } from "../core/config/schema";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";

/**
 * The configuration for this run: the bundled default, or the --config file. A file that cannot be used is not
 * fatal: each problem is named on stderr with the file's path and the field's path, and the default takes over.
 */
export async function configFor(path: string | undefined, output: Output): Promise<Config> {
  if (path === undefined) return DEFAULT_CONFIG;
  const warn = (text: string): void => output.err(scrubDigits(`kanalvagt: warning: ${text}`));
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = systemErrorCode(err) ?? "unknown error";
    warn(`the configuration ${path} cannot be read (${code}); using the default configuration`);
    return DEFAULT_CONFIG;
  }
  const { config, warnings } = loadConfig(text);
  const problems = warnings.filter((warning) => warning.code !== "config.placeholder");
  // Once the file is rejected, the placeholder warnings are about the default that replaced it, not about the file.
  for (const warning of problems.length > 0 ? problems : warnings) {
    warn(`${path}: ${warning.path}: ${warning.problem}`);
  }
  if (problems.length > 0) warn(`the configuration ${path} is invalid; using the default configuration`);
  return config;
}
