import { CATEGORY_KINDS, type CategoryKind } from "../../taxonomy";
import type { DetectionSettings, LexiconAddition } from "../settings";
import { automatonOf, buildAutomaton, unpackShape, type Automaton } from "./automaton";
import { BASE_CATEGORY_LEXICONS, BASE_CUES } from "./data";
import shipped from "./data/compiled-lexicon.json";
import { foldedHasLetter, foldText, symbolsOf } from "./fold";
import {
  MODE_CODES,
  ROLE_CODES,
  buildPattern,
  unpackPatterns,
  type Pattern,
  type PatternDefaults,
  type PatternRole,
} from "./patterns";
import { LEXICON_LANGS, type LexiconLang, type LexiconTerm, type TermsByLang } from "./types";
import { SlipIndex } from "./slip";
import { readTerm } from "./validate";

/** Every lexicon of one configuration, compiled into one automaton. */
export interface CompiledLexicon {
  readonly patterns: readonly Pattern[];
  readonly automaton: Automaton;
  /** Length in folded symbols of each pattern. */
  readonly lengths: Int32Array;
  /** Each pattern's compound mode (MODE_CODES). */
  readonly modes: Uint8Array;
  /** Each term's (also a personTerm's) category as an index into CATEGORY_KINDS; -1 for cues and excludes. */
  readonly termCategory: Int8Array;
  /** Each pattern's category as an index into CATEGORY_KINDS; -1 for the shared cues. */
  readonly categories: Int8Array;
  /** Each pattern's role (ROLE_CODES). */
  readonly roles: Uint8Array;
  /** Each pattern's language as an index into LEXICON_LANGS: a personTerm needs a person word of its own. */
  readonly langs: Uint8Array;
  /** Each pattern's code (the entry as written, lower-cased): the detail of its reason. */
  readonly codes: readonly string[];
  /** Each pattern's weight, for loops that would otherwise read it from the pattern objects. */
  readonly weights: Float64Array;
  /** 1 for a shared disclosure cue (cues.json), which also counts for the sentence after it. */
  readonly sharedDisclosure: Uint8Array;
  /** Every pattern has a letter, so text without letters can hold none of them. */
  readonly everyPatternHasLetter: boolean;
  /** The longest pattern: how far back the scanner must remember where symbols came from. */
  readonly maxLength: number;
  readonly questionMark: number;
  /** The terms a word no entry matches may name with a slip of the finger. */
  readonly slips: SlipIndex;
}

const TERM_DEFAULTS: PatternDefaults = { stem: true, compound: "auto" };
const CUE_DEFAULTS: PatternDefaults = { stem: false, compound: "none" };
const EXCLUDE_DEFAULTS: PatternDefaults = { stem: false, compound: "none" };
/** Person words are whole words with their inflections: "far" also as "faren" and "fars", not in "farvel". */
const PERSON_DEFAULTS: PatternDefaults = { stem: true, compound: "none" };

interface Entry {
  term: LexiconTerm;
  lang: LexiconLang;
}

/** Shipped entries plus an admin's additions; an addition replaces the shipped entry with the same folded word. */
function merge(
  base: TermsByLang | undefined,
  additions: readonly LexiconAddition[] | undefined,
  where: string,
) {
  const entries = new Map<string, Entry>();
  for (const lang of LEXICON_LANGS) {
    for (const term of base?.[lang] ?? []) entries.set(foldText(term.term), { term, lang });
  }
  (additions ?? []).forEach((addition, i) => {
    const term = readTerm(addition, `${where}[${i}]`);
    entries.set(foldText(term.term), { term, lang: addition.lang ?? "da" });
  });
  return [...entries.values()].filter((e) => e.term.weight > 0);
}

/** The patterns of the shipped lexicons plus the configuration's additions, in the automaton's order. */
export function lexiconPatterns(settings: DetectionSettings): Pattern[] {
  const patterns: Pattern[] = [];
  const add = (
    entries: Entry[],
    role: PatternRole,
    category: CategoryKind | null,
    defaults: PatternDefaults,
  ): void => {
    for (const { term, lang } of entries) patterns.push(buildPattern(term, lang, role, category, defaults));
  };

  const cueAdditions = settings.cueAdditions ?? {};
  add(
    merge(BASE_CUES.disclosure, cueAdditions.disclosure, "cueAdditions.disclosure"),
    "disclosure",
    null,
    CUE_DEFAULTS,
  );
  add(
    merge(BASE_CUES.generalQuestion, cueAdditions.generalQuestion, "cueAdditions.generalQuestion"),
    "general",
    null,
    CUE_DEFAULTS,
  );
  for (const lang of LEXICON_LANGS) {
    for (const word of BASE_CUES.person[lang] ?? []) {
      patterns.push(buildPattern({ term: word, weight: 1 }, lang, "person", null, PERSON_DEFAULTS));
    }
  }
  for (const kind of CATEGORY_KINDS) {
    const lexicon = BASE_CATEGORY_LEXICONS[kind];
    add(
      merge(lexicon.terms, settings.lexiconAdditions[kind], `lexiconAdditions.${kind}`),
      "term",
      kind,
      TERM_DEFAULTS,
    );
    add(merge(lexicon.personTerms, undefined, kind), "personTerm", kind, TERM_DEFAULTS);
    add(merge(lexicon.disclosure, undefined, kind), "disclosure", kind, CUE_DEFAULTS);
    add(merge(lexicon.generalQuestion, undefined, kind), "general", kind, CUE_DEFAULTS);
    for (const exclude of lexicon.exclude ?? []) {
      const term = typeof exclude === "string" ? { term: exclude, weight: 1 } : { ...exclude, weight: 1 };
      patterns.push(buildPattern(term, "da", "exclude", kind, EXCLUDE_DEFAULTS));
    }
  }
  return patterns;
}

/** The automaton's input: each pattern's folded symbols. */
export function patternSymbols(patterns: readonly Pattern[]): Uint8Array[] {
  return patterns.map((p) => symbolsOf(p.folded));
}

function hasAdditions(settings: DetectionSettings): boolean {
  const lists = [...Object.values(settings.lexiconAdditions), ...Object.values(settings.cueAdditions ?? {})];
  return lists.some((list) => list !== undefined && list.length > 0);
}

type PatternColumns = Pick<
  CompiledLexicon,
  | "lengths"
  | "modes"
  | "termCategory"
  | "categories"
  | "roles"
  | "langs"
  | "codes"
  | "weights"
  | "sharedDisclosure"
>;

/**
 * The patterns' fields as typed arrays, in one loop: TypedArray.from with a function, once per field, cost several
 * milliseconds of the worker's start, run cold.
 */
function patternColumns(patterns: readonly Pattern[]): PatternColumns {
  const n = patterns.length;
  const columns = {
    lengths: new Int32Array(n),
    modes: new Uint8Array(n),
    termCategory: new Int8Array(n),
    categories: new Int8Array(n),
    roles: new Uint8Array(n),
    langs: new Uint8Array(n),
    codes: new Array<string>(n),
    weights: new Float64Array(n),
    sharedDisclosure: new Uint8Array(n),
  };
  patterns.forEach((p, i) => {
    const category = p.category === null ? -1 : CATEGORY_KINDS.indexOf(p.category);
    columns.lengths[i] = p.folded.length;
    columns.modes[i] = MODE_CODES[p.mode];
    columns.termCategory[i] = p.role === "term" || p.role === "personTerm" ? category : -1;
    columns.categories[i] = category;
    columns.roles[i] = ROLE_CODES[p.role];
    columns.langs[i] = LEXICON_LANGS.indexOf(p.lang);
    columns.codes[i] = p.code;
    columns.weights[i] = p.weight;
    columns.sharedDisclosure[i] = p.role === "disclosure" && p.category === null ? 1 : 0;
  });
  return columns;
}

export function compileLexicon(settings: DetectionSettings): CompiledLexicon {
  // Compiling the shipped lexicons cost the triage worker some 100 ms at every start, before the first mail: their
  // patterns and the shape of their automaton are shipped (data/compiled-lexicon.json, checked against a fresh
  // compile by a unit test) and only the transition table is filled here. An admin's additions change the patterns:
  // those are compiled afresh.
  const fresh = hasAdditions(settings);
  const patterns = fresh ? lexiconPatterns(settings) : unpackPatterns(shipped);
  const automaton = fresh ? buildAutomaton(patternSymbols(patterns)) : automatonOf(unpackShape(shipped));
  const columns = patternColumns(patterns);
  return {
    patterns,
    automaton,
    ...columns,
    everyPatternHasLetter: patterns.every((p) => foldedHasLetter(p.folded)),
    maxLength: columns.lengths.reduce((max, n) => Math.max(max, n), 1),
    questionMark: BASE_CUES.questionMark,
    slips: new SlipIndex(patterns),
  };
}

/*
 * Compiling costs a few milliseconds, so each configuration is compiled once: looked up first by the identity of its
 * lexicon and cue additions, then by their content (a configuration re-read from storage has new objects).
 */
const NO_CUE_ADDITIONS = {};
const byIdentity = new WeakMap<object, WeakMap<object, CompiledLexicon>>();
const byContent = new Map<string, CompiledLexicon>();
const CONTENT_CACHE_LIMIT = 8;

export function lexiconFor(settings: DetectionSettings): CompiledLexicon {
  const additions = settings.lexiconAdditions;
  const cues = settings.cueAdditions ?? NO_CUE_ADDITIONS;
  let inner = byIdentity.get(additions);
  const known = inner?.get(cues);
  if (known !== undefined) return known;

  const key = JSON.stringify([additions, cues]);
  let compiled = byContent.get(key);
  if (compiled === undefined) {
    compiled = compileLexicon(settings);
    if (byContent.size >= CONTENT_CACHE_LIMIT) {
      const oldest = byContent.keys().next();
      if (oldest.done !== true) byContent.delete(oldest.value);
    }
    byContent.set(key, compiled);
  }
  if (inner === undefined) {
    inner = new WeakMap();
    byIdentity.set(additions, inner);
  }
  inner.set(cues, compiled);
  return compiled;
}
