import { foldedWords } from "./tokens";

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

function compile(source: string, group: number): CompiledPattern | undefined {
  const words: WordGlob[] = [];
  for (const part of source.trim().split(/\s+/)) {
    const anyBefore = part.startsWith("*");
    const anyAfter = part.endsWith("*") && part.length > 1;
    const cores = foldedWords(part.replace(/^\*|\*$/g, ""));
    cores.forEach((core, i) =>
      words.push({ core, anyBefore: anyBefore && i === 0, anyAfter: anyAfter && i === cores.length - 1 }),
    );
  }
  return words.length > 0 ? { source, group, words } : undefined;
}

const CANDIDATE_CACHE_LIMIT = 20_000;

function globMatches(glob: WordGlob, word: string): boolean {
  if (glob.anyBefore) return glob.anyAfter ? word.includes(glob.core) : word.endsWith(glob.core);
  return glob.anyAfter ? word.startsWith(glob.core) : word === glob.core;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class PatternSet {
  private readonly exact = new Map<string, CompiledPattern[]>();
  private readonly byPrefix = new Map<string, CompiledPattern[]>();
  private readonly prefixLengths: number[];
  private readonly scanned: CompiledPattern[] = [];
  /** The patterns a word can start, per distinct word: mails repeat their words, so most lookups are one get. */
  private readonly candidates = new Map<string, readonly CompiledPattern[]>();

  /** Each group is one list of patterns (e.g. one topic's keywords); matches say which group they belong to. */
  constructor(groups: readonly (readonly string[])[]) {
    const lengths = new Set<number>();
    groups.forEach((patterns, group) => {
      for (const source of patterns) {
        const pattern = compile(source, group);
        const first = pattern?.words[0];
        if (!pattern || !first) continue;
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
      found = list;
      if (this.candidates.size >= CANDIDATE_CACHE_LIMIT) this.candidates.clear();
      this.candidates.set(word, found);
    }
    return found;
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
        return word !== undefined && globMatches(glob, word);
      });
      if (fits) out.push({ group: pattern.group, pattern: pattern.source, at, length: pattern.words.length });
    }
  }
}
