import { CATEGORY_KINDS, type CategoryKind } from "../../taxonomy";
import { foldText } from "./fold";
import { foldedStem } from "./stem";
import { LEXICON_LANGS, type CompoundMode, type LexiconLang, type LexiconTerm } from "./types";

/**
 * What a matched pattern means to the scoring: a category's term, or one that counts only with a person as its
 * subject ("personTerm"); a cue; an exclude; a word that names a person ("person", cues.json).
 */
export type PatternRole = "term" | "personTerm" | "disclosure" | "general" | "exclude" | "person";

/** One lexicon entry, folded and stemmed into the string the automaton looks for. */
export interface Pattern {
  role: PatternRole;
  /** null for a shared cue (cues.json), which applies to every category. */
  category: CategoryKind | null;
  /** The entry as written in the lexicon, lower-cased: the detail of its reason code. */
  code: string;
  weight: number;
  /** Folded form the automaton matches; for a stemmed entry the stem of its last word. */
  folded: string;
  mode: CompoundMode;
  /**
   * For mode "none": the folded stem a longer word must have to count ("jøder" → "joed" for "jøde"); null when
   * only the exact word counts.
   */
  lastStem: string | null;
  lang: LexiconLang;
}

/** Roles as numbers, for the scoring's typed array. */
export const ROLE_TERM = 0;
export const ROLE_DISCLOSURE = 1;
export const ROLE_GENERAL = 2;
export const ROLE_EXCLUDE = 3;
export const ROLE_PERSON_TERM = 4;
export const ROLE_PERSON = 5;
export const ROLE_CODES: Readonly<Record<PatternRole, number>> = {
  term: ROLE_TERM,
  disclosure: ROLE_DISCLOSURE,
  general: ROLE_GENERAL,
  exclude: ROLE_EXCLUDE,
  personTerm: ROLE_PERSON_TERM,
  person: ROLE_PERSON,
};

/** Compound modes as numbers, for the scanner's typed array. */
export const MODE_NONE = 0;
export const MODE_PREFIX = 1;
export const MODE_ANY = 2;
export const MODE_CODES: Readonly<Record<CompoundMode, number>> = {
  none: MODE_NONE,
  prefix: MODE_PREFIX,
  any: MODE_ANY,
};

export interface PatternDefaults {
  stem: boolean;
  /** "auto": "any" for a single word whose folded stem has 6 or more letters, else "none". */
  compound: CompoundMode | "auto";
}

/** Stems of 6 or more letters are distinctive enough to look for inside compounds by default. */
const AUTO_COMPOUND_LENGTH = 6;
/** A stem may drop an inflection of up to this many letters ("diagnose" → "diagnos") and still be matched inside words. */
const MAX_STRIPPED_FOR_COMPOUNDS = 2;

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** The word of a term that is stemmed: its last, lower-cased. */
export function stemmedWord(term: string): string {
  const words = term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words[words.length - 1] ?? "";
}

export function buildPattern(
  entry: LexiconTerm,
  lang: LexiconLang,
  role: PatternRole,
  category: CategoryKind | null,
  defaults: PatternDefaults,
): Pattern {
  const code = entry.term.trim().toLowerCase().replace(/\s+/g, " ");
  const words = foldText(entry.term).split(" ");
  const lastWord = words.pop() ?? "";
  let last = lastWord;
  let lastStem: string | null = null;
  const stemmed = entry.stem ?? defaults.stem;
  if (stemmed) {
    const stem = foldedStem(stemmedWord(entry.term), lang);
    // A stemmer may rewrite the ending ("happy" → "happi"): look for the part the word and its stem share, and
    // compare stems to decide whether a longer word in the mail is the same word.
    const shared = commonPrefix(stem, lastWord);
    if (shared.length >= 2) {
      last = shared;
      lastStem = stem;
    }
  }
  const stripped = lastWord.length - last.length;
  const distinctive =
    stemmed &&
    words.length === 0 &&
    last.length >= AUTO_COMPOUND_LENGTH &&
    stripped <= MAX_STRIPPED_FOR_COMPOUNDS;
  const auto: CompoundMode = distinctive ? "any" : "none";
  const compound = entry.compound ?? (defaults.compound === "auto" ? auto : defaults.compound);
  if (compound !== "none" && stripped > MAX_STRIPPED_FOR_COMPOUNDS) {
    // Inside compounds nothing checks the stem afterwards, so a stem that cut deep into the word ("demens" → "dem",
    // "sigtelse" → "sigt") would be found everywhere ("Skraldemanden", "aktindsigt"): look for the whole word.
    last = lastWord;
  }
  return {
    role,
    category,
    code,
    weight: entry.weight,
    folded: [...words, last].join(" "),
    mode: compound,
    lastStem,
    lang,
  };
}

/**
 * Patterns as data/compiled-lexicon.json keeps them: one list per field, roles, categories (-1 for a shared cue),
 * modes and languages as numbers.
 */
export interface PackedPatterns {
  role: number[];
  category: number[];
  code: string[];
  weight: number[];
  folded: string[];
  mode: number[];
  lastStem: (string | null)[];
  lang: number[];
}

export function packPatterns(patterns: readonly Pattern[]): PackedPatterns {
  return {
    role: patterns.map((p) => ROLE_CODES[p.role]),
    category: patterns.map((p) => (p.category === null ? -1 : CATEGORY_KINDS.indexOf(p.category))),
    code: patterns.map((p) => p.code),
    weight: patterns.map((p) => p.weight),
    folded: patterns.map((p) => p.folded),
    mode: patterns.map((p) => MODE_CODES[p.mode]),
    lastStem: patterns.map((p) => p.lastStem),
    lang: patterns.map((p) => LEXICON_LANGS.indexOf(p.lang)),
  };
}

function byCode<T extends string>(codes: Readonly<Record<T, number>>): T[] {
  const values: T[] = [];
  for (const [value, code] of Object.entries(codes) as [T, number][]) values[code] = value;
  return values;
}

export function unpackPatterns(packed: PackedPatterns): Pattern[] {
  const roles = byCode(ROLE_CODES);
  const modes = byCode(MODE_CODES);
  return packed.code.map((code, i) => ({
    role: roles[packed.role[i] ?? 0] ?? "term",
    category: CATEGORY_KINDS[packed.category[i] ?? -1] ?? null,
    code,
    weight: packed.weight[i] ?? 0,
    folded: packed.folded[i] ?? "",
    mode: modes[packed.mode[i] ?? 0] ?? "none",
    lastStem: packed.lastStem[i] ?? null,
    lang: LEXICON_LANGS[packed.lang[i] ?? 0] ?? "da",
  }));
}
