import { lowerCaseSameLength } from "../text/lower-case";
import defaultKeywordData from "./identifier-keywords.json";
import {
  byFirstLetter,
  canonical,
  LATIN_LETTER,
  labelSlipsFor,
  type SlippedLabel,
  startsAsLabel,
} from "./label-slips";

/**
 * What the identifier detectors share: the digit runs of a text (one regex pass) and the context words near them.
 *
 * Context words are only looked for in windows around digit runs that could be identifiers, each stretch of text
 * at most once (windows are merged), and then answered by binary search. So the cost stays linear in the text
 * however many candidates there are, and text without candidate numbers is never scanned for words at all.
 */

export const KEYWORD_CATEGORIES = [
  "cprContext",
  "cprPerson",
  "cprNegative",
  "bankAccount",
  "bankRegistration",
  "passport",
  "drivingLicence",
  "notIdentifier",
  "timeStamp",
  "numberLabel",
  "unit",
] as const;
export type KeywordCategory = (typeof KEYWORD_CATEGORIES)[number];
export type IdentifierKeywords = Record<KeywordCategory, readonly string[]>;

export const DEFAULT_IDENTIFIER_KEYWORDS: IdentifierKeywords = defaultKeywordData;

/** Words that deny a CPR word right after them ("ikke mit CPR-nummer"). */
export const CPR_NEGATIONS: readonly string[] = defaultKeywordData.negation;

/** Words for "number" itself, which end no person's name ("Sygemelding Nummeret 0101901234"). */
export const NUMBER_NOUNS: ReadonlySet<string> = new Set(defaultKeywordData.numberNouns);

export interface IdentifierOptions {
  /** The date birth dates are compared with; defaults to now. Tests pass a fixed date. */
  today?: Date;
  /** Context words; defaults to identifier-keywords.json. */
  keywords?: IdentifierKeywords;
}

// ---------------------------------------------------------------------------------------------------------------
// Digit runs

/** Maximal runs of ASCII digits, in order. The text is normalised, so other digits are already ASCII. */
export interface DigitRuns {
  start: Int32Array;
  end: Int32Array;
}

export function findDigitRuns(text: string): DigitRuns {
  // Typed arrays grown by doubling: a long mail has hundreds of thousands of runs, and plain arrays cost twice as much.
  let start = new Int32Array(64);
  let end = new Int32Array(64);
  let count = 0;
  // test() rather than exec(): no match object per run, which makes this pass several times faster on large text.
  const digits = /\d+/g;
  while (digits.test(text)) {
    const runEnd = digits.lastIndex;
    let runStart = runEnd - 1;
    while (runStart > 0 && isDigitCode(text.charCodeAt(runStart - 1))) runStart--;
    if (count === start.length) {
      start = grown(start);
      end = grown(end);
    }
    start[count] = runStart;
    end[count] = runEnd;
    count++;
  }
  return { start: start.subarray(0, count), end: end.subarray(0, count) };
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(values.length * 2);
  larger.set(values);
  return larger;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Index of the first value >= target in an ascending array (values.length if none). */
export function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------------
// Context words

interface CompiledKeywords {
  /**
   * Finds, in lower-case text (lowerCaseSameLength), the keywords that are not one plain word (several words, a
   * sign) and, failing them, a run of letters (group 1), which `words` and `stems` then answer.
   */
  regex: RegExp;
  /** Plain one-word keywords: a run of letters is one when it equals one. */
  words: Set<string>;
  /**
   * Plain one-word keywords ending in "*", by first letter: a run of letters is one when it starts with one. By first
   * letter, so a run is compared with the few that may fit rather than cut at every length.
   */
  stems: Map<string, string[]>;
  /** What each matched spelling means, filled as the spellings turn up: mail repeats the same few words. */
  described: Map<string, KeywordHit>;
  /** Categories of whole keywords, by canonical form (see canonical()). */
  exact: Map<string, KeywordCategory[]>;
  /** Keywords ending in "*": canonical stem and categories. */
  open: { stem: string; categories: KeywordCategory[] }[];
}

/*
 * Keywords are matched in a copy of the text in which every letter outside the Latin alphabets is "x"
 * (withLatinLettersOnly()), so "a letter before or after a keyword" is a small class of ranges instead of \p{L}.
 * With \p{L} after each of some 250 keywords, compiling the regex took about 75 ms, most of the engine's first triage
 * in the pane's worker, and the look-behind with \p{L} and \p{N} was tried at every position of a 10 MB mail. The
 * text is NFKC-normalised with every decimal digit system made ASCII (normalise.ts), so 0-9 are its digits.
 */
/** Anything beyond the Latin alphabets: found with one range check, so text without any costs one quick pass. */
const BEYOND_LATIN = /[^\t\n\r -\u024f]/u;
const LETTER = /\p{L}/u;
const BEYOND_LATIN_ALL = /[^\t\n\r -\u024f]/gu;

/** Lower-case text with every letter outside the Latin alphabets as "x" (two for an astral one): same length. */
function withLatinLettersOnly(lowerCase: string): string {
  if (!BEYOND_LATIN.test(lowerCase)) return lowerCase;
  return lowerCase.replace(BEYOND_LATIN_ALL, (char) => (LETTER.test(char) ? "x".repeat(char.length) : char));
}

/** A keyword as a regex source: separators inside match any separator or none; "*" allows any ending. */
function keywordSource(keyword: string): string {
  const open = keyword.trim().endsWith("*");
  const word = keyword
    .trim()
    .replace(/\*$/, "")
    .replace(/[ .-]+$/, "");
  const parts = word.split(/[ .-]+/).map((p) => p.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
  return parts.join("[ .\\-]{0,2}") + (open ? `[${LATIN_LETTER}]*` : `(?![${LATIN_LETTER}])`);
}

function addCategory(map: Map<string, KeywordCategory[]>, key: string, category: KeywordCategory): void {
  const known = map.get(key) ?? [];
  if (!known.includes(category)) known.push(category);
  map.set(key, known);
}

const PLAIN_WORD = new RegExp(`^[${LATIN_LETTER}]+$`, "u");
/** How many first letters of a plain keyword a run of letters must start with to be looked up. */
const PLAIN_START = 3;

function compileKeywords(keywords: IdentifierKeywords): CompiledKeywords {
  const sources = new Set<string>();
  const words = new Set<string>();
  const stems = new Set<string>();
  const exact = new Map<string, KeywordCategory[]>();
  const open = new Map<string, KeywordCategory[]>();
  for (const category of KEYWORD_CATEGORIES) {
    // A configuration may leave a list out; that category then has no words rather than breaking the engine.
    for (const keyword of keywords[category] ?? []) {
      if (canonical(keyword).length === 0) continue;
      const isOpen = keyword.trim().endsWith("*");
      const word = lowerCaseSameLength(keyword.trim().replace(/\*$/, ""));
      if (PLAIN_WORD.test(word)) (isOpen ? stems : words).add(word);
      else sources.add(keywordSource(lowerCaseSameLength(keyword)));
      addCategory(isOpen ? open : exact, canonical(keyword), category);
    }
  }
  /*
   * Longest first, so "cpr-nummer" wins over "cpr" and the reason names the whole word. One alternation without
   * capture groups is markedly faster than one group per keyword; the categories are looked up after a match.
   * The plain one-word keywords are not in it: with them, compiling the regex cost some 20 ms of the worker's first
   * triage. Each of them matches the whole run of letters or nothing, and any other keyword that matches a longer
   * text at the same place has a longer source (a word plus a separator's class): so a run of letters tried after
   * the others, then looked up in the sets, finds what the alternation of all keywords found.
   */
  const alternatives = [...sources].sort((a, b) => b.length - a.length);
  // The run of letters is the one group: only a match of it is looked up in the sets. Only a run that starts as one
  // of the plain keywords does (their first three letters): a match per word of the text cost warm triage time.
  const starts = new Set([...words, ...stems].map((word) => word.slice(0, PLAIN_START)));
  if (starts.size > 0) alternatives.push(`((?:${[...starts].join("|")})[${LATIN_LETTER}]*)`);
  return {
    regex: new RegExp(`(?<![${LATIN_LETTER}0-9])(?:${alternatives.join("|")})`, "gu"),
    words,
    stems: byFirstLetter(stems, (stem) => stem),
    described: new Map(),
    exact,
    open: [...open].map(([stem, categories]) => ({ stem, categories })),
  };
}

/** Whether a run of letters the regex matched is a plain one-word keyword, or starts with an open one. */
function isPlainKeyword(run: string, keywords: CompiledKeywords): boolean {
  if (keywords.words.has(run)) return true;
  for (const stem of keywords.stems.get(run.charAt(0)) ?? NO_STEMS) if (startsAsLabel(run, stem)) return true;
  return false;
}

const NO_STEMS: readonly string[] = [];

function describe(matched: string, keywords: CompiledKeywords): KeywordHit {
  let description = keywords.described.get(matched);
  if (description === undefined) {
    description = {
      word: matched.toLowerCase().replace(/\s+/g, " "),
      categories: categoriesOf(matched, keywords),
    };
    keywords.described.set(matched, description);
  }
  return description;
}

/** Every category whose keywords match the word: whole keywords by equality, open ones by their stem. */
function categoriesOf(word: string, keywords: CompiledKeywords): KeywordCategory[] {
  const key = canonical(word);
  const found = [...(keywords.exact.get(key) ?? [])];
  for (const { stem, categories } of keywords.open) {
    if (!startsAsLabel(key, stem)) continue;
    for (const c of categories) if (!found.includes(c)) found.push(c);
  }
  return found;
}

const compiledCache = new WeakMap<IdentifierKeywords, CompiledKeywords>();

function compiled(keywords: IdentifierKeywords): CompiledKeywords {
  let result = compiledCache.get(keywords);
  if (result === undefined) {
    result = compileKeywords(keywords);
    compiledCache.set(keywords, result);
  }
  return result;
}

/** A context word found in the text: what it is (one shared object per spelling, not per occurrence). */
export interface KeywordHit {
  /** The word as written, lower-cased with single spaces: used as the reason's detail. */
  word: string;
  categories: KeywordCategory[];
}

/** A context word and where it stands, for callers that look at the text around it. */
export interface LocatedHit {
  hit: KeywordHit;
  start: number;
  end: number;
}

/**
 * Spans of text to look for context words in, flat (start, end, start, end …) in order of start. Flat numbers
 * rather than an object per span: dense text has a candidate every few characters.
 */
export type Windows = number[];

/** Adds a window to a list built in order of start, merging it into the last one when they overlap or touch. */
export function addWindow(windows: Windows, start: number, end: number): void {
  const last = windows.length - 1;
  if (last > 0 && start <= (windows[last] ?? 0)) {
    if (end > (windows[last] ?? 0)) windows[last] = end;
  } else {
    windows.push(start, end);
  }
}

/**
 * Calls `visit` with each span of the union of the lists (each in order of start), in order, merging spans that
 * overlap or touch; without building the merged list.
 */
export function forEachMergedWindow(
  lists: readonly Windows[],
  visit: (start: number, end: number) => void,
): void {
  const next = lists.map(() => 0);
  let open = false;
  let start = 0;
  let end = 0;
  for (;;) {
    let pick = -1;
    let pickStart = Infinity;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] ?? [];
      const at = next[i] ?? 0;
      if (at < list.length && (list[at] ?? 0) < pickStart) {
        pick = i;
        pickStart = list[at] ?? 0;
      }
    }
    if (pick < 0) break;
    const at = next[pick] ?? 0;
    const pickEnd = lists[pick]?.[at + 1] ?? 0;
    next[pick] = at + 2;
    if (open && pickStart <= end) {
      if (pickEnd > end) end = pickEnd;
    } else {
      if (open) visit(start, end);
      open = true;
      start = pickStart;
      end = pickEnd;
    }
  }
  if (open) visit(start, end);
}

const SENTENCE_END = /[.!?]\s+\p{Lu}/u;
const ONLY_PUNCTUATION = /^[\s\p{P}]*$/u;

const NO_SLIPPED_LABELS: readonly SlippedLabel[] = [];

/** The longest keyword match can run past a window's end by this much. */
const KEYWORD_OVERRUN = 60;

/**
 * The context words found in the windows, in order. Kept as numbers and shared descriptions rather than an object
 * per occurrence: on a long mail they live through the whole scan, and every object alive is work for the collector.
 */
export class KeywordIndex {
  private readonly hitStarts: number[] = [];
  private readonly hitEnds: number[] = [];
  private readonly hits: KeywordHit[] = [];
  /** Per category: the starts and ends of its words, and the words. */
  private readonly byCategory = new Map<
    KeywordCategory,
    { starts: number[]; ends: number[]; hits: KeywordHit[] }
  >();

  /**
   * `windows`: lists of windows, each in order of start. `labels`: whether labelBefore() will be asked. Only it reads
   * the labels written with a slip, and finding them is a second pass over the words of every window: an index asked
   * only for the words near a number (firstWithin, nextWithin) skips it.
   */
  constructor(
    private readonly text: string,
    keywords: IdentifierKeywords,
    windows: readonly Windows[],
    labels = true,
  ) {
    const compiledKeywords = compiled(keywords);
    const { regex } = compiledKeywords;
    const slips = labels ? labelSlipsFor(keywords) : undefined;
    forEachMergedWindow(windows, (windowStart, windowEnd) => {
      // A slice, not lastIndex on the whole text: a failed search would otherwise run on to the end of the text
      // for every window. One character before the window keeps the look-behind honest.
      const from = Math.max(0, windowStart - 1);
      const slice = lowerCaseSameLength(text.slice(from, Math.min(text.length, windowEnd + KEYWORD_OVERRUN)));
      const searched = withLatinLettersOnly(slice);
      // Labels of other numbers with a slip of the finger, in order among the keywords as written; a word that is
      // a keyword as written is that keyword. They count only as the label right before a number: further off, a
      // word one letter from a label is too often another word ("fakturering" is not "faktura").
      const slipped = slips?.labelsIn(searched, from, windowStart, windowEnd) ?? NO_SLIPPED_LABELS;
      let next = 0;
      regex.lastIndex = 0;
      for (let m = regex.exec(searched); m !== null; m = regex.exec(searched)) {
        const start = from + m.index;
        if (start >= windowEnd) break;
        if (start < windowStart) continue;
        const run = m[1];
        if (run !== undefined && !isPlainKeyword(run, compiledKeywords)) continue;
        const word = slice.slice(m.index, m.index + m[0].length);
        const end = start + word.length;
        for (; next < slipped.length && (slipped[next]?.start ?? 0) < end; next++) {
          const label = slipped[next];
          if (label !== undefined && label.end <= start) this.add(label.start, label.end, label.hit, false);
        }
        this.add(start, end, describe(word, compiledKeywords));
      }
      for (const label of slipped.slice(next)) this.add(label.start, label.end, label.hit, false);
    });
  }

  /** `nearby`: the word also counts where it is not a label (firstWithin, nextWithin). */
  private add(start: number, end: number, hit: KeywordHit, nearby = true): void {
    this.hitStarts.push(start);
    this.hitEnds.push(end);
    this.hits.push(hit);
    if (!nearby) return;
    for (const category of hit.categories) {
      let list = this.byCategory.get(category);
      if (list === undefined) {
        list = { starts: [], ends: [], hits: [] };
        this.byCategory.set(category, list);
      }
      list.starts.push(start);
      list.ends.push(end);
      list.hits.push(hit);
    }
  }

  /**
   * The label of a number: the nearest context word ending at most `maxGap` characters before `position`, of any
   * category, in the same sentence. "Fakturanr. 0101901234" has the label "fakturanr", whatever else the mail says
   * about CPR numbers. A label may stand alone on the line above ("CPR-nr.:⏎0101901234"), but a word that ends a
   * sentence or a line of text is not the label of a number that follows. With `wanted`, a label whose categories
   * it rejects counts as none.
   */
  labelBefore(
    position: number,
    maxGap: number,
    wanted?: (categories: readonly KeywordCategory[]) => boolean,
  ): KeywordHit | undefined {
    return this.locatedLabelBefore(position, maxGap, wanted)?.hit;
  }

  /** labelBefore(), with where the label stands. */
  locatedLabelBefore(
    position: number,
    maxGap: number,
    wanted?: (categories: readonly KeywordCategory[]) => boolean,
  ): LocatedHit | undefined {
    const i = lowerBound(this.hitEnds, position + 1) - 1;
    const hit = this.hits[i];
    const end = this.hitEnds[i] ?? 0;
    if (hit === undefined || position - end > maxGap) return undefined;
    // A caller that only wants some kinds of label says so, and the text between need not be looked at otherwise.
    if (wanted !== undefined && !wanted(hit.categories)) return undefined;
    const gap = this.text.slice(end, position);
    if (SENTENCE_END.test(gap)) return undefined;
    if (gap.includes("\n") && !ONLY_PUNCTUATION.test(gap)) return undefined;
    return { hit, start: this.hitStarts[i] ?? 0, end };
  }

  /** The first context word of `category` starting within [from, to), if any. */
  firstWithin(category: KeywordCategory, from: number, to: number): KeywordHit | undefined {
    return this.locatedFirstWithin(category, from, to)?.hit;
  }

  /** firstWithin(), with where the word stands. */
  locatedFirstWithin(category: KeywordCategory, from: number, to: number): LocatedHit | undefined {
    const list = this.byCategory.get(category);
    if (list === undefined) return undefined;
    const i = lowerBound(list.starts, from);
    const hit = list.hits[i];
    const start = list.starts[i] ?? Infinity;
    return hit !== undefined && start < to ? { hit, start, end: list.ends[i] ?? start } : undefined;
  }

  /** The nearest context word of `category` starting within `distance` after `position`. */
  nextWithin(category: KeywordCategory, position: number, distance: number): KeywordHit | undefined {
    return this.firstWithin(category, position, position + distance + 1);
  }
}
