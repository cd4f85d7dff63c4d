import shipped from "./compiled-word-patterns.json";
import { foldedWords, hasDigit } from "./tokens";
import { TYPO_MIN_LENGTH, writtenLength } from "../text/typo-tolerance";

/**
 * One word of a configured pattern ("affald*", "*skrald*", "ring mig op", "j.nr*"), split the way a mail's words are:
 * its folded core, whether other letters may stand before or after it, and whether it is one a slip of the finger
 * may change (text/typo-tolerance.ts; only where the pattern set tolerates slips).
 */
export interface PatternWord {
  core: string;
  anyBefore: boolean;
  anyAfter: boolean;
  maySlip: boolean;
}

/** The pattern's words, worked out afresh. */
export function patternWords(source: string): PatternWord[] {
  const words: PatternWord[] = [];
  for (const part of source.trim().split(/\s+/)) {
    const anyBefore = part.startsWith("*");
    const anyAfter = part.endsWith("*") && part.length > 1;
    const cores = foldedWords(part.replace(/^\*|\*$/g, ""));
    cores.forEach((core, i) => {
      const before = anyBefore && i === 0;
      const maySlip = !before && !hasDigit(core) && writtenLength(core) >= TYPO_MIN_LENGTH;
      words.push({ core, anyBefore: before, anyAfter: anyAfter && i === cores.length - 1, maySlip });
    });
  }
  return words;
}

const ANY_BEFORE = 1;
const ANY_AFTER = 2;
const MAY_SLIP = 4;

/** A word as compiled-word-patterns.json holds it: its flags as one digit, then its core ("6affald"). */
export function packWord({ core, anyBefore, anyAfter, maySlip }: PatternWord): string {
  const flags = (anyBefore ? ANY_BEFORE : 0) | (anyAfter ? ANY_AFTER : 0) | (maySlip ? MAY_SLIP : 0);
  return `${flags}${core}`;
}

function unpackWord(packed: string): PatternWord {
  const flags = packed.charCodeAt(0) - 48;
  return {
    core: packed.slice(1),
    anyBefore: (flags & ANY_BEFORE) !== 0,
    anyAfter: (flags & ANY_AFTER) !== 0,
    maySlip: (flags & MAY_SLIP) !== 0,
  };
}

/*
 * Splitting and folding the bundled configuration's 1,318 patterns (a split, folding and a few regexes for each) was
 * a good part of the classifier's first use, which the first mail staff open pays for, in the triage worker: their
 * words ship worked out in compiled-word-patterns.json (`npm run word-patterns` writes it; a unit test fails when it
 * is stale). A pattern an admin's configuration adds is worked out when first used, as before.
 */
const SHIPPED: Readonly<Record<string, readonly string[]>> = shipped;

/** The pattern's words: as shipped when the bundled configuration has the pattern, worked out afresh otherwise. */
export function wordsOf(source: string): PatternWord[] {
  const packed = Object.hasOwn(SHIPPED, source) ? SHIPPED[source] : undefined;
  return packed === undefined ? patternWords(source) : packed.map(unpackWord);
}

/** patternStart() of a "*…" pattern, which any word may start. */
export const ANY_START = -1;

/**
 * The first letter of the pattern's first word (folded), ANY_START when other letters may stand before it, or
 * undefined when it has no words: what a pattern is filed under before its words are worked out (word-patterns.ts).
 */
export function patternStart(source: string): number | undefined {
  const packed = Object.hasOwn(SHIPPED, source) ? SHIPPED[source]?.[0] : undefined;
  if (packed !== undefined)
    return (packed.charCodeAt(0) - 48) & ANY_BEFORE ? ANY_START : packed.charCodeAt(1);
  const first = patternWords(source)[0];
  if (first === undefined) return undefined;
  return first.anyBefore ? ANY_START : first.core.charCodeAt(0);
}
