import type { z } from "../zod-jitless";
import { TOPICS } from "../taxonomy";
import { DEFAULT_CONFIG } from "./default-config";
import { configSchema, type Config } from "./schema";
import { formatConfigPath, unfilledValues } from "./unfilled";

/** One thing wrong with a configuration, named by its path ("topics.affald.selfService[0].url"). */
export interface ConfigProblem {
  path: string;
  problem: string;
}

/**
 * What loadConfig reports: "config.invalid" (the document was rejected, the default is in use),
 * "config.not-json" (the text could not be read as JSON) or "config.placeholder" (a value still waits to be filled in).
 */
export interface ConfigWarning extends ConfigProblem {
  code: "config.invalid" | "config.not-json" | "config.placeholder";
}

export type ConfigValidation = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

function describeIssue(issue: z.core.$ZodIssue): ConfigProblem[] {
  if (issue.code === "unrecognized_keys") {
    const inTopics = issue.path.length === 1 && issue.path[0] === "topics";
    return issue.keys.map((key) => ({
      path: formatConfigPath([...issue.path, key]),
      problem: inTopics ? `unknown topic; the topics are ${TOPICS.join(", ")}` : "unknown field",
    }));
  }
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return [{ path: formatConfigPath(issue.path), problem: `is missing (expected ${issue.expected})` }];
  }
  return [{ path: formatConfigPath(issue.path), problem: issue.message }];
}

/** Checks a configuration document against the schema; every problem names its path. */
export function validateConfig(document: unknown): ConfigValidation {
  const result = configSchema.safeParse(document);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.flatMap(describeIssue);
  const unique = new Map(problems.map((p) => [`${p.path}\u0000${p.problem}`, p]));
  return { ok: false, problems: [...unique.values()] };
}

function withPlaceholderWarnings(config: Config, warnings: ConfigWarning[]): LoadedConfig {
  const placeholders = unfilledValues(config).map((path): ConfigWarning => ({
    code: "config.placeholder",
    path,
    problem: "still holds a placeholder",
  }));
  return { config, warnings: [...warnings, ...placeholders] };
}

export { DEFAULT_CONFIG };

export interface LoadedConfig {
  config: Config;
  warnings: ConfigWarning[];
}

/**
 * Reads a configuration (a parsed document or JSON text). An invalid one is not used: the bundled default takes its
 * place and every problem comes back as a warning, so the add-in keeps working and the admin sees what to fix.
 */
export function loadConfig(input: unknown): LoadedConfig {
  let document = input;
  if (typeof input === "string") {
    try {
      document = JSON.parse(input) as unknown;
    } catch (error) {
      const problem = error instanceof Error ? error.message : "not JSON";
      return withPlaceholderWarnings(DEFAULT_CONFIG, [
        { code: "config.not-json", path: "(the whole document)", problem },
      ]);
    }
  }
  const validation = validateConfig(document);
  if (validation.ok) return withPlaceholderWarnings(validation.config, []);
  return withPlaceholderWarnings(
    DEFAULT_CONFIG,
    validation.problems.map((p) => ({ code: "config.invalid", ...p })),
  );
}
