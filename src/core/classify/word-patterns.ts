import { ANY_START, patternStart, wordsOf } from "./pattern-words";
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

interface Unfiled {
  source: string;
  group: number;
}

/**
 * The patterns whose first word begins with one letter, filed for lookup. A word of a mail can only start a pattern
 * that begins with its own first letter (a slip in the first letter is not tolerated, globFits), save the "*…" ones.
 */
class Bucket {
  readonly exact = new Map<string, CompiledPattern[]>();
  readonly byPrefix = new Map<string, CompiledPattern[]>();
  readonly prefixLengths: number[];
  /** Patterns whose first word tolerates a slip, under that word's slip keys. */
  readonly nearby = new Map<string, CompiledPattern[]>();

  constructor(patterns: readonly Unfiled[], typos: boolean) {
    const lengths = new Set<number>();
    for (const { source, group } of patterns) {
      const pattern = compile(source, group, typos);
      const first = pattern?.words[0];
      if (!pattern || !first) continue;
      if (first.tolerant) for (const key of slipKeys(first.core)) push(this.nearby, key, pattern);
      if (first.anyAfter) {
        push(this.byPrefix, first.core, pattern);
        lengths.add(first.core.length);
      } else push(this.exact, first.core, pattern);
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }
}

const NO_BUCKET = new Bucket([], false);

export class PatternSet {
  private readonly scanned: CompiledPattern[] = [];
  /**
   * The other patterns by the first letter of their first word, worked out and filed (Bucket) when a word with that
   * letter is first looked up: doing so for all of them, slip keys and all, was a good part of the first mail's
   * classification in the triage worker, and a mail's words begin with only some letters.
   */
  private readonly unfiled = new Map<number, Unfiled[]>();
  private readonly buckets = new Map<number, Bucket>();
  private readonly typos: boolean;
  /** The patterns a word can start, per distinct word: mails repeat their words, so most lookups are one get. */
  private readonly candidates = new Map<string, readonly CompiledPattern[]>();

  /**
   * Each group is one list of patterns (e.g. one topic's keywords); matches say which group they belong to. With
   * `typos`, a word that matches no pattern as written may match one a slip away (typo-tolerance.ts).
   */
  constructor(groups: readonly (readonly string[])[], { typos = false }: { typos?: boolean } = {}) {
    this.typos = typos;
    groups.forEach((patterns, group) => {
      for (const source of patterns) {
        const letter = patternStart(source);
        if (letter === ANY_START) {
          const pattern = compile(source, group, typos);
          if (pattern) this.scanned.push(pattern);
        } else if (letter !== undefined) push(this.unfiled, letter, { source, group });
      }
    });
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

  private bucketFor(word: string): Bucket {
    const letter = word.charCodeAt(0);
    let bucket = this.buckets.get(letter);
    if (bucket === undefined) {
      const patterns = this.unfiled.get(letter);
      bucket = patterns === undefined ? NO_BUCKET : new Bucket(patterns, this.typos);
      this.buckets.set(letter, bucket);
    }
    return bucket;
  }

  private candidatesFor(word: string): readonly CompiledPattern[] {
    let found = this.candidates.get(word);
    if (found === undefined) {
      const bucket = this.bucketFor(word);
      const list = [...(bucket.exact.get(word) ?? [])];
      for (const length of bucket.prefixLengths) {
        if (length > word.length) break;
        list.push(...(bucket.byPrefix.get(word.slice(0, length)) ?? []));
      }
      list.push(...this.scanned.filter((p) => p.words[0] !== undefined && globMatches(p.words[0], word)));
      // A word that matches a pattern as written is spelt as meant; only one that matches none may be a slip.
      found = list.length > 0 || hasDigit(word) ? list : this.nearbyFor(word, bucket);
      if (this.candidates.size >= CANDIDATE_CACHE_LIMIT) this.candidates.clear();
      this.candidates.set(word, found);
    }
    return found;
  }

  private nearbyFor(word: string, bucket: Bucket): CompiledPattern[] {
    const found = new Set<CompiledPattern>();
    for (const key of slipKeys(word)) {
      for (const pattern of bucket.nearby.get(key) ?? []) {
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
