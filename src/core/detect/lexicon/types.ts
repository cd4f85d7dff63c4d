import type { CategoryKind } from "../../taxonomy";

/** The languages the lexicons are written in; each has its own Snowball stemmer. */
export const LEXICON_LANGS = ["da", "en", "de"] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

/**
 * How a term may sit inside a word of the mail:
 * - "none": the whole word, or the word with an inflection the stemmer strips ("jøder" for "jøde");
 * - "prefix": the start of a word, anything may follow ("angstanfald" for "angst");
 * - "any": anywhere inside a word, as a part of a Danish compound ("alkoholmisbrugsbehandling" for "misbrug").
 * Default: "any" for a stemmed single word whose stem has at least 6 letters (after æ→ae, ø→oe, å→aa) and drops at
 * most 2 letters of it, else "none". With "prefix" or "any", a stem that drops more ("demens" → "dem") is not used:
 * the whole word is looked for.
 */
export const COMPOUND_MODES = ["none", "prefix", "any"] as const;
export type CompoundMode = (typeof COMPOUND_MODES)[number];

/** One weighted word or phrase, as written in a lexicon file or added by an admin. */
export interface LexiconTerm {
  /** A word or phrase; matching ignores case and treats æ/ae, ø/oe, å/aa and hyphens/spaces alike. */
  term: string;
  /** 0..1: how strongly the term alone points at the category (0 switches a base term off). */
  weight: number;
  compound?: CompoundMode;
  /** Match the term's stem (default for category terms) or only the word as written (default for cues). */
  stem?: boolean;
}

/** A word that looks like a term but is not one ("kræfter" is strength, not cancer); it silences terms inside it. */
export type ExcludeTerm = string | { term: string; compound?: CompoundMode };

export type TermsByLang = Partial<Record<LexiconLang, LexiconTerm[]>>;

/** Plain words per language, without weights. */
export type WordsByLang = Partial<Record<LexiconLang, string[]>>;

/** One category's data file (src/core/detect/lexicon/data/<kind>.json). */
export interface CategoryLexicon {
  kind: CategoryKind;
  terms: TermsByLang;
  /** Cues that tie only this category to a person ("medlem af" for union membership). */
  disclosure?: TermsByLang;
  /** Cues that make only this category's terms read as a general question. */
  generalQuestion?: TermsByLang;
  /**
   * Terms that say something about a person only with a person as their subject: "er blevet dårligere" is health
   * data about "min far", not about a road or a service. They count beside a person word of their own language
   * (cues.json `person`) or another term of the category ("Sygdommen er blevet værre").
   */
  personTerms?: TermsByLang;
  exclude?: ExcludeTerm[];
}

/** The shared cue file (cues.json), applied to every category. */
export interface CueLexicon {
  disclosure: TermsByLang;
  generalQuestion: TermsByLang;
  /** Words that name a person (pronouns, relatives, "borgeren"): the subjects a category's personTerms need. */
  person: WordsByLang;
  /** Weight of a sentence-ending "?" as a general-question cue. */
  questionMark: number;
}
