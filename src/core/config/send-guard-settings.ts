/*
 * The send guard's three sections of a configuration document, checked by hand. The send guard starts cold on every
 * Send (classic Outlook loads launchevent.js for each one) and must not carry the schema library (see
 * test/integration/startup-bundles.test.ts), yet it may not use an admin's file unchecked. These checks accept what
 * configSchema accepts for the three sections; test/unit/core/config/send-guard-settings.test.ts holds them to that.
 */
import { readTerm } from "../detect/lexicon/validate";
import { ATTACHMENT_LIMIT_RANGES } from "./attachment-limit-defaults";
import type { AttachmentLimits } from "./attachment-limits";
import { LEXICON_LANGS } from "../detect/lexicon/types";
import type { LexiconAddition } from "../detect/settings";
import { CATEGORY_KINDS } from "../taxonomy";
import type { Config } from "./schema";
import { formatConfigPath } from "./unfilled";

export type SendGuardSettings = Pick<Config, "internalDomains" | "sendGuard" | "detection">;

export type SendGuardSettingsReading =
  { ok: true; settings: SendGuardSettings } | { ok: false; problems: string[] };

/** As the schema's domain patterns: read trimmed and in lower case. */
const DOMAIN_PATTERN = /^[a-z0-9*æøå][a-z0-9*æøå.-]*\.[a-z*]{2,}$/u;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What the schema fills in when a document has no sendGuard section. */
const SEND_GUARD_DEFAULT: Config["sendGuard"] = {
  failMode: "open",
  timeoutMs: 10_000,
  minSensitivity: "fortrolige",
  allowSendAnyway: false,
};

class SettingsProblem extends Error {}

type Path = (string | number)[];

function fail(path: Path, problem: string): never {
  throw new SettingsProblem(`${formatConfigPath(path)}: ${problem}`);
}

function record(value: unknown, path: Path, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(path, "expected an object");
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) fail([...path, unknown], "unknown field");
  return value as Record<string, unknown>;
}

function list(value: unknown, path: Path): unknown[] {
  return Array.isArray(value) ? value : fail(path, "expected a list");
}

function oneOf<T extends string>(value: unknown, options: readonly T[], path: Path): T {
  return options.includes(value as T) ? (value as T) : fail(path, `must be one of ${options.join(", ")}`);
}

function number(value: unknown, min: number, max: number, path: Path): number {
  if (typeof value !== "number" || !(value >= min && value <= max))
    fail(path, `must be a number from ${min} to ${max}`);
  return value;
}

function readDomains(value: unknown): string[] {
  const domains = list(value, ["internalDomains"]).map((item, i) => {
    const domain = typeof item === "string" ? item.trim().toLowerCase() : "";
    return DOMAIN_PATTERN.test(domain)
      ? domain
      : fail(["internalDomains", i], "must be a domain such as nyborg.dk");
  });
  return domains.length > 0
    ? domains
    : fail(["internalDomains"], "name at least the municipality's own domain");
}

function readSendGuard(value: unknown): Config["sendGuard"] {
  if (value === undefined) return SEND_GUARD_DEFAULT;
  const at = (key: string): Path => ["sendGuard", key];
  const section = record(
    value,
    ["sendGuard"],
    ["failMode", "timeoutMs", "minSensitivity", "allowSendAnyway", "attachments"],
  );
  const timeoutMs = number(section.timeoutMs, 1000, 60_000, at("timeoutMs"));
  if (!Number.isInteger(timeoutMs)) fail(at("timeoutMs"), "must be a whole number of milliseconds");
  if (typeof section.allowSendAnyway !== "boolean") fail(at("allowSendAnyway"), "must be true or false");
  return {
    failMode: oneOf(section.failMode, ["open", "closed"] as const, at("failMode")),
    timeoutMs,
    minSensitivity: oneOf(section.minSensitivity, ["fortrolige", "foelsomme"] as const, at("minSensitivity")),
    allowSendAnyway: section.allowSendAnyway,
    ...(section.attachments === undefined ? {} : { attachments: readLimits(section.attachments) }),
  };
}

/** `sendGuard.attachments`: any of the attachment limits, each in its range (ATTACHMENT_LIMIT_RANGES). */
function readLimits(value: unknown): Partial<AttachmentLimits> {
  const path = ["sendGuard", "attachments"];
  const keys = Object.keys(ATTACHMENT_LIMIT_RANGES) as (keyof AttachmentLimits)[];
  const section = record(value, path, keys);
  const limits: Partial<AttachmentLimits> = {};
  for (const key of keys) {
    if (section[key] === undefined) continue;
    const { min, max, whole } = ATTACHMENT_LIMIT_RANGES[key];
    const limit = number(section[key], min, max, [...path, key]);
    if (whole && !Number.isInteger(limit)) fail([...path, key], "must be a whole number");
    limits[key] = limit;
  }
  return limits;
}

function readAdditions(value: unknown, path: Path): LexiconAddition[] {
  return list(value, path).map((item, i) => {
    const at = [...path, i];
    const addition = record(item, at, ["term", "weight", "compound", "stem", "lang"]);
    const term = readTerm(addition, formatConfigPath(at));
    if (addition.lang === undefined) return term;
    return { ...term, lang: oneOf(addition.lang, LEXICON_LANGS, [...at, "lang"]) };
  });
}

function readDetection(value: unknown): Config["detection"] {
  const section = record(value, ["detection"], ["threshold", "lexiconAdditions", "cueAdditions", "today"]);
  const lexicon = record(section.lexiconAdditions, ["detection", "lexiconAdditions"], CATEGORY_KINDS);
  const detection: Config["detection"] = {
    threshold: number(section.threshold, 0, 1, ["detection", "threshold"]),
    lexiconAdditions: Object.fromEntries(
      Object.entries(lexicon).map(([kind, terms]) => [
        kind,
        readAdditions(terms, ["detection", "lexiconAdditions", kind]),
      ]),
    ),
  };
  if (section.cueAdditions !== undefined) {
    const path = ["detection", "cueAdditions"];
    const cues = record(section.cueAdditions, path, ["disclosure", "generalQuestion"]);
    detection.cueAdditions = {
      ...(cues.disclosure === undefined
        ? {}
        : { disclosure: readAdditions(cues.disclosure, [...path, "disclosure"]) }),
      ...(cues.generalQuestion === undefined
        ? {}
        : { generalQuestion: readAdditions(cues.generalQuestion, [...path, "generalQuestion"]) }),
    };
  }
  if (section.today !== undefined) {
    if (typeof section.today !== "string" || !ISO_DATE.test(section.today)) {
      fail(["detection", "today"], "must be a date written yyyy-mm-dd");
    }
    detection.today = section.today;
  }
  return detection;
}

/**
 * Reads the send guard's sections (internalDomains, sendGuard, detection) from a configuration document. The rest of
 * the document is the pane's: it is checked there, with the schema.
 */
export function readSendGuardSettings(document: unknown): SendGuardSettingsReading {
  try {
    if (typeof document !== "object" || document === null || Array.isArray(document)) {
      return { ok: false, problems: ["(the whole document): expected an object"] };
    }
    const { internalDomains, sendGuard, detection } = document as Record<string, unknown>;
    return {
      ok: true,
      settings: {
        internalDomains: readDomains(internalDomains),
        sendGuard: readSendGuard(sendGuard),
        detection: readDetection(detection),
      },
    };
  } catch (error) {
    if (error instanceof SettingsProblem) return { ok: false, problems: [error.message] };
    // readTerm names the term's path and what is wrong with it.
    if (error instanceof Error && error.name === "LexiconError")
      return { ok: false, problems: [error.message] };
    throw error;
  }
}
