import type { CategoryKind } from "../taxonomy";
import type { LexiconLang, LexiconTerm } from "./lexicon/types";

/** A term an admin adds to a category (or to the shared cues) through configuration. */
export interface LexiconAddition extends LexiconTerm {
  /** The stemmer to use; default "da". */
  lang?: LexiconLang;
}

/**
 * The detection engine's settings: plain data, so the configuration schema can embed and validate it.
 * An addition with the same word as a shipped term replaces it; weight 0 switches a shipped term off.
 */
export interface DetectionSettings {
  /** 0..1: findings below this confidence are left out, and only the rest decide the mail's sensitivity. */
  threshold: number;
  lexiconAdditions: Partial<Record<CategoryKind, LexiconAddition[]>>;
  /** Extra cues that tie a sentence to a person (disclosure) or make it a general question. */
  cueAdditions?: { disclosure?: LexiconAddition[]; generalQuestion?: LexiconAddition[] };
  /** ISO date (YYYY-MM-DD) taken as today by the CPR rule "no birth in the future"; default: the clock's date. */
  today?: string;
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = { threshold: 0.5, lexiconAdditions: {} };
