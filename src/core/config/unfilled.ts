/*
 * What counts as a value the municipality has not filled in yet. Kept apart from the schema (and so from zod): the
 * engine's worker and the send guard need these checks when they render a reply, and must start without loading the
 * schema library.
 */

/** A value the municipality has not filled in yet, written as "[telefonnummer]"; loadConfig warns about each one. */
export const PLACEHOLDER_VALUE = /^\[[^\]]+\]$/;

/** A value that must not reach a citizen: empty, or a placeholder the municipality has not filled in. */
export function isUnfilled(value: string): boolean {
  return value.trim() === "" || PLACEHOLDER_VALUE.test(value.trim());
}

/** A path in a configuration document as an admin reads it: "topics.affald.selfService[0].url". */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(the whole document)" : out;
}

function placeholderPaths(value: unknown, path: PropertyKey[]): string[] {
  if (typeof value === "string") return PLACEHOLDER_VALUE.test(value) ? [formatConfigPath(path)] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  }
  return [];
}

/*
 * The pane's worker asks at every triage: walking the whole configuration cost a few milliseconds of the first one,
 * and a configuration in use is not changed (a new one is a new object).
 */
const unfilledByConfig = new WeakMap<object, readonly string[]>();

/**
 * The values the municipality has not filled in yet ("[telefonnummer]"), by path. Template lines that use one are
 * left out of every reply (see templates/render.ts), so each is worth filling in before go-live.
 */
export function unfilledValues(config: object): string[] {
  let paths = unfilledByConfig.get(config);
  if (paths === undefined) {
    paths = placeholderPaths(config, []);
    unfilledByConfig.set(config, paths);
  }
  return [...paths];
}
