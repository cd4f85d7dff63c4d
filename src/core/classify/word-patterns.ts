import { wordsOf } from "./pattern-words";
import { hasDigit } from "./tokens";
import { slipKeys, startsWithinOneSlip, withinOneSlip } from "../text/typo-tolerance";

/**
 * Word patterns from configuration ("affald*", "*skrald*", "ring mig op", "j.nr*"), matched against a mail's folded
 * words: a leading * lets a word end with the pattern, a trailing * lets it go on. A pattern is split into words the
 * way a mail is, so "j.nr*" is the words "j" and "nr…". Matching looks words up in maps rather than running one
 * regular expression per pattern, so hundreds of keywords cost little.
 */
interface WordGlob {
  core: string;
  anyBefore: boolean;
  anyAfter: boolean;
  /** A word one slip away from the core matches too (typo-tolerance.ts); never for "*…" patterns. */
  tolerant: boolean;
}

interface CompiledPattern {
  source: string;
  group: number;
  words: WordGlob[];
}

export interface PatternMatch {
  group: number;
  /** The pattern as configured; reasons quote it, never the mail's own words. */
  pattern: string;
  /** Index of the first matched word. */
  at: number;
  length: number;
}

function compile(source: string, group: number, typos: boolean): CompiledPattern | undefined {
  const words = wordsOf(source).map(({ core, anyBefore, anyAfter, maySlip }) => ({
    core,
    anyBefore,
    anyAfter,
    tolerant: typos && maySlip,
  }));
  return words.length > 0 ? { source, group, words } : undefined;
}

const CANDIDATE_CACHE_LIMIT = 20_000;

function globMatches(glob: WordGlob, word: string): boolean {
  if (glob.anyBefore) return glob.anyAfter ? word.includes(glob.core) : word.endsWith(glob.core);
  return glob.anyAfter ? word.startsWith(glob.core) : word === glob.core;
}

/** globMatches, or one slip away from a tolerant glob. */
function globFits(glob: WordGlob, word: string): boolean {
  if (globMatches(glob, word)) return true;
  // A slip in the first letter is rare (people see the start of what they type), and allowing one let "lukket",
  // "lager" and "Nielsen" pass for other words in the corpus's own mails.
  if (!glob.tolerant || word.charCodeAt(0) !== glob.core.charCodeAt(0) || hasDigit(word)) return false;
  return glob.anyAfter ? startsWithinOneSlip(word, glob.core) : withinOneSlip(word, glob.core);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * For word lists a citizen's own words are matched against (phrases, topic and self-service keywords). Sender and
 * authority names stay exact: one letter off a name is often another name.
 */
export const TYPO_TOLERANT = { typos: true } as const;

export class PatternSet {
  private readonly exact = new Map<string, CompiledPattern[]>();
  private readonly byPrefix = new Map<string, CompiledPattern[]>();
  private readonly prefixLengths: number[];
  private readonly scanned: CompiledPattern[] = [];
  /** Patterns whose first word tolerates a slip, under that word's slip keys. */
  private readonly nearby = new Map<string, CompiledPattern[]>();
  /** The patterns a word can start, per distinct word: mails repeat their words, so most lookups are one get. */
  private readonly candidates = new Map<string, readonly CompiledPattern[]>();

  /**
   * Each group is one list of patterns (e.g. one topic's keywords); matches say which group they belong to. With
   * `typos`, a word that matches no pattern as written may match one a slip away (typo-tolerance.ts).
   */
  constructor(groups: readonly (readonly string[])[], { typos = false }: { typos?: boolean } = {}) {
    const lengths = new Set<number>();
    groups.forEach((patterns, group) => {
      for (const source of patterns) {
        const pattern = compile(source, group, typos);
        const first = pattern?.words[0];
        if (!pattern || !first) continue;
        if (first.tolerant) for (const key of slipKeys(first.core)) push(this.nearby, key, pattern);
        if (first.anyBefore) this.scanned.push(pattern);
        else if (first.anyAfter) {
          push(this.byPrefix, first.core, pattern);
          lengths.add(first.core.length);
        } else push(this.exact, first.core, pattern);
      }
    });
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  /** Every match in the words, in order of position. */
  match(words: readonly string[]): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (let at = 0; at < words.length; at++) {
      const candidates = this.candidatesFor(words[at] ?? "");
      if (candidates.length > 0) this.tryAll(candidates, words, at, out);
    }
    return out;
  }

  private candidatesFor(word: string): readonly CompiledPattern[] {
    let found = this.candidates.get(word);
    if (found === undefined) {
      const list = [...(this.exact.get(word) ?? [])];
      for (const length of this.prefixLengths) {
        if (length > word.length) break;
        list.push(...(this.byPrefix.get(word.slice(0, length)) ?? []));
      }
      list.push(...this.scanned.filter((p) => p.words[0] !== undefined && globMatches(p.words[0], word)));
      // A word that matches a pattern as written is spelt as meant; only one that matches none may be a slip.
      found = list.length > 0 || hasDigit(word) ? list : this.nearbyFor(word);
      if (this.candidates.size >= CANDIDATE_CACHE_LIMIT) this.candidates.clear();
      this.candidates.set(word, found);
    }
    return found;
  }

  private nearbyFor(word: string): CompiledPattern[] {
    const found = new Set<CompiledPattern>();
    for (const key of slipKeys(word)) {
      for (const pattern of this.nearby.get(key) ?? []) {
        const first = pattern.words[0];
        if (first !== undefined && globFits(first, word)) found.add(pattern);
      }
    }
    return [...found];
  }

  private tryAll(
    candidates: readonly CompiledPattern[],
    words: readonly string[],
    at: number,
    out: PatternMatch[],
  ): void {
    for (const pattern of candidates) {
      const fits = pattern.words.every((glob, i) => {
        const word = words[at + i];
        return word !== undefined && globFits(glob, word);
      });
      if (fits) out.push({ group: pattern.group, pattern: pattern.source, at, length: pattern.words.length });
    }
  }
}
