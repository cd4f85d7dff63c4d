import { TYPO_MIN_LENGTH } from "../../text/typo-tolerance";
import type { CompiledLexicon } from "./compile";
import * as fold from "./fold";
import * as lexiconPatterns from "./patterns";
import type { Pattern } from "./patterns";
import { foldedStem } from "./stem";

// The folding tables and constants, read once when the module loads. The scan reads them for every character, and a
// loader that does not bundle (tsx for the scripts, webpack in development) reads an imported name through a getter at
// each use; as module constants they cost a plain read wherever the engine runs.
const {
  CLASS_EXCLAMATION,
  CLASS_NEWLINE,
  CLASS_PERIOD,
  CLASS_QUESTION,
  CLASS_SPACE,
  CLASS_WORD,
  CLASS_WORD_LOWER,
  NO_SYMBOL,
  SEPARATOR_SYMBOL,
  SYMBOL_COUNT,
  charClass,
  classify,
  foldFirst,
  foldSecond,
} = fold;
const { MODE_ANY, MODE_NONE } = lexiconPatterns;

/**
 * The lexicon matches in one sentence (a "window"): entries 0 .. count − 1 of the arrays (they are reused and not
 * shortened). Spans are widened to whole words, so "misbrug" found inside "alkoholmisbrugsbehandling" points at the
 * whole word; raw spans are the pattern's own characters.
 */
export interface WindowMatches {
  /** Counts every window of the text, also those without matches: tells whether two windows are neighbours. */
  serial: number;
  count: number;
  pattern: number[];
  start: number[];
  end: number[];
  rawStart: number[];
  rawEnd: number[];
  /** Number of the word the match ends in: one word gives a category at most one term. */
  word: number[];
  /** The sentence ends with "?". */
  questionMark: boolean;
}

/** A sentence longer than this is cut at the next space, so cues far from a term do not count for it. */
const MAX_WINDOW = 500;
/** The longest inflection the stemmer is asked about ("-ernes" and the like); longer tails are other words. */
const MAX_SUFFIX = 12;

/**
 * Word numbers run on across scans, so the per-lexicon "last word this pattern matched in" table never needs
 * clearing: a number from an earlier scan cannot equal one of this scan's.
 */
let wordsSeen = 0;

/**
 * Working memory of the scanner, kept per compiled lexicon so a scan allocates nothing in proportion to the lexicon.
 * The ring holds, for the last ring-size symbols, the text offset each came from (æ gives two symbols with the same
 * offset). A scan reads only ring slots it wrote itself: a pattern of length n ends no sooner than n symbols in.
 */
interface Scratch {
  ringOffset: Int32Array;
  lastWordOfPattern: Float64Array;
}

const scratches = new WeakMap<CompiledLexicon, Scratch>();

function scratchFor(lexicon: CompiledLexicon): Scratch {
  let scratch = scratches.get(lexicon);
  if (scratch === undefined) {
    let ringSize = 1;
    while (ringSize <= lexicon.maxLength + 1) ringSize <<= 1;
    scratch = {
      ringOffset: new Int32Array(ringSize),
      lastWordOfPattern: new Float64Array(lexicon.patterns.length).fill(-1),
    };
    scratches.set(lexicon, scratch);
  }
  return scratch;
}

/** How far back a match inside a word looks for the start of the first word of a phrase. */
const MAX_WORD_LOOKBACK = 64;

/** Matches of the word being read, flat: pattern, start of its first word, raw start, raw end. */
interface Pending {
  items: number[];
  count: number;
}

/**
 * Keeps the pending matches that fit the word that just ended [wordStart, end) and adds them to the window. Returns
 * how many of the word's first characters they stand for: all of them for the word itself or an inflection of it,
 * fewer for a part at its start. A word not wholly read may still be a longer term with a slip, which should win
 * over a short part of it: "sygemledt" begins with "syg", which does not fit it, and is "sygemeldt" with two letters
 * swapped; "angstanfadl" begins with "angst".
 */
function resolveWord(
  text: string,
  pending: Pending,
  wordStart: number,
  end: number,
  wordNumber: number,
  patterns: readonly Pattern[],
  modes: Uint8Array,
  window: WindowMatches,
): number {
  const items = pending.items;
  let read = 0;
  for (let k = 0; k < pending.count; k += 4) {
    const index = items[k] ?? 0;
    const rawEnd = items[k + 3] ?? 0;
    if (modes[index] === MODE_NONE && rawEnd !== end) {
      // The word goes on after the term: it counts only if the rest is an inflection the stemmer strips.
      const pattern = patterns[index];
      if (pattern?.lastStem == null || end - rawEnd > MAX_SUFFIX) continue;
      if (foldedStem(text.slice(wordStart, end).toLowerCase(), pattern.lang) !== pattern.lastStem) continue;
    }
    const at = window.count++;
    window.pattern[at] = index;
    window.start[at] = items[k + 1] ?? 0;
    window.end[at] = end;
    window.rawStart[at] = items[k + 2] ?? 0;
    window.rawEnd[at] = rawEnd;
    window.word[at] = wordNumber;
    if ((items[k + 2] ?? 0) > wordStart) continue;
    read = Math.max(read, modes[index] === MODE_NONE ? end - wordStart : rawEnd - wordStart);
  }
  pending.count = 0;
  return read;
}

/**
 * A word of this many characters or more that matched no entry may be a term of TYPO_MIN_LENGTH letters with one
 * letter dropped.
 */
const SLIP_MIN_CHARS = TYPO_MIN_LENGTH - 1;

/**
 * Adds the terms the word [wordStart, end), which no entry matched as a whole ("krank" at its start does not count:
 * "krankgeschriben" goes on), names with one slip of the finger. `read`: how many of its first characters an entry
 * matched as written. A slip reading no longer than that is the same start read another way, and the entry as
 * written wins: "alkoholbevilling" begins with "alkohol", not with "alcohol" with a slip.
 */
function resolveSlip(
  text: string,
  wordStart: number,
  end: number,
  read: number,
  wordNumber: number,
  lexicon: CompiledLexicon,
  window: WindowMatches,
): void {
  for (const index of lexicon.slips.patternsAt(text, wordStart, end)) {
    if ((lexicon.lengths[index] ?? 0) <= read + 1) continue;
    const at = window.count++;
    window.pattern[at] = index;
    window.start[at] = window.rawStart[at] = wordStart;
    window.end[at] = window.rawEnd[at] = end;
    window.word[at] = wordNumber;
  }
}

/** Called with each sentence that has matches, and the caller's own state. */
export type OnWindow<T> = (window: WindowMatches, context: T) => void;

function closeWindow<T>(window: WindowMatches, onWindow: OnWindow<T>, context: T): void {
  if (window.count > 0) onWindow(window, context);
  window.count = 0;
  window.questionMark = false;
  window.serial++;
}

/**
 * Walks the text once: folds each character, steps the automaton, and checks each match's word boundaries.
 * Sentences end at "?", "!", a full stop followed by space and no lower-case letter, a blank line, or MAX_WINDOW.
 * `onWindow` gets each sentence that has matches; the object is reused, so read it before returning. It gets
 * `context` too, so a caller can pass one function for every scan: a new closure per scan would make the engine
 * throw away the scanner's optimised code each time it sees a different one.
 */
export function scanText<T>(text: string, lexicon: CompiledLexicon, onWindow: OnWindow<T>, context: T): void {
  const { delta, firstOutputRow, outputStart, outputs } = lexicon.automaton;
  const { lengths, modes, patterns } = lexicon;
  const { ringOffset, lastWordOfPattern } = scratchFor(lexicon);
  const mask = ringOffset.length - 1;
  const length = text.length;
  const pending: Pending = { items: [], count: 0 };
  const window: WindowMatches = {
    serial: 0,
    count: 0,
    pattern: [],
    start: [],
    end: [],
    rawStart: [],
    rawEnd: [],
    word: [],
    questionMark: false,
  };

  let i = 0;
  let state = 0;
  /** Symbols fed to the automaton so far: where the ring is written next. */
  let position = 0;
  let windowStart = 0;
  let wordNumber = wordsSeen;
  let separatorDue = false;
  /** 1: just after a full stop; 2: a full stop followed by white space. */
  let period = 0;
  let newlines = 0;
  while (i < length) {
    let unit = text.charCodeAt(i);
    let cls = charClass[unit] || classify(unit);
    if (cls >= CLASS_WORD) {
      if (period === 2 && cls !== CLASS_WORD_LOWER) {
        closeWindow(window, onWindow, context);
        windowStart = i;
      }
      period = 0;
      newlines = 0;
      if (separatorDue) {
        state = delta[state + SEPARATOR_SYMBOL] ?? 0;
        ringOffset[position++ & mask] = i - 1; // the separator's own offset, never the word's
        separatorDue = false;
      }
      const wordStart = i;
      wordNumber++;
      // The word's characters, in a loop of their own: inside a word nothing but the automaton has work to do.
      for (;;) {
        state = delta[state + (foldFirst[unit] ?? 0)] ?? 0;
        ringOffset[position++ & mask] = i;
        const second = foldSecond[unit] ?? NO_SYMBOL;
        if (second !== NO_SYMBOL) {
          state = delta[state + second] ?? 0;
          ringOffset[position++ & mask] = i;
        }
        if (state >= firstOutputRow) {
          const output = (state - firstOutputRow) / SYMBOL_COUNT;
          const last = outputStart[output + 1] ?? 0;
          for (let k = outputStart[output] ?? 0; k < last; k++) {
            const index = outputs[k] ?? 0;
            const startPosition = position - (lengths[index] ?? 0);
            const rawStart = ringOffset[startPosition & mask] ?? 0;
            // A match must start on a whole character: not on the second symbol of æ, ø or å.
            if (startPosition > 0 && ringOffset[(startPosition - 1) & mask] === rawStart) continue;
            if (rawStart < windowStart || lastWordOfPattern[index] === wordNumber) continue;
            let startWord = wordStart;
            if (rawStart < wordStart) {
              // A phrase: its first word began before the current one.
              startWord = rawStart;
              const floor = Math.max(0, rawStart - MAX_WORD_LOOKBACK);
              while (startWord > floor && (charClass[text.charCodeAt(startWord - 1)] ?? 0) >= CLASS_WORD)
                startWord--;
            }
            if (modes[index] !== MODE_ANY && startWord !== rawStart) continue;
            lastWordOfPattern[index] = wordNumber;
            const items = pending.items;
            const at = pending.count;
            items[at] = index;
            items[at + 1] = startWord;
            items[at + 2] = rawStart;
            items[at + 3] = i + 1;
            pending.count = at + 4;
          }
        }
        if (++i >= length) break;
        unit = text.charCodeAt(i);
        cls = charClass[unit] || classify(unit);
        if (cls < CLASS_WORD) break;
      }
      const read =
        pending.count > 0 ? resolveWord(text, pending, wordStart, i, wordNumber, patterns, modes, window) : 0;
      if (read < i - wordStart && i - wordStart >= SLIP_MIN_CHARS)
        resolveSlip(text, wordStart, i, read, wordNumber, lexicon, window);
      separatorDue = true;
      if (i >= length) break;
    }

    if (cls === CLASS_PERIOD) {
      period = 1;
      newlines = 0;
    } else if (cls === CLASS_QUESTION || cls === CLASS_EXCLAMATION) {
      if (cls === CLASS_QUESTION) window.questionMark = true;
      closeWindow(window, onWindow, context);
      windowStart = i + 1;
      period = 0;
    } else if (cls === CLASS_NEWLINE || cls === CLASS_SPACE) {
      if (period === 1) period = 2;
      if ((cls === CLASS_NEWLINE && ++newlines >= 2) || i - windowStart > MAX_WINDOW) {
        closeWindow(window, onWindow, context);
        windowStart = i + 1;
      }
    } else {
      if (period === 2) {
        closeWindow(window, onWindow, context);
        windowStart = i;
      }
      period = 0;
      newlines = 0;
    }
    i++;
  }
  wordsSeen = wordNumber;
  closeWindow(window, onWindow, context);
}
