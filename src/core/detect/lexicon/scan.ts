import type { CompiledLexicon } from "./compile";
import {
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
} from "./fold";
import { foldedStem } from "./stem";

/**
 * The lexicon matches in one sentence (a "window"). Spans are widened to whole words, so "misbrug" found inside
 * "alkoholmisbrugsbehandling" points at the whole word; raw spans are the pattern's own characters.
 */
export interface WindowMatches {
  /** Counts every window of the text, also those without matches: tells whether two windows are neighbours. */
  serial: number;
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

const MODE_NONE = 0;
const MODE_PREFIX = 1;
const MODE_ANY = 2;
const MODE_CODES = { none: MODE_NONE, prefix: MODE_PREFIX, any: MODE_ANY } as const;

/**
 * Walks the text once: folds each character, steps the automaton, and checks each match's word boundaries.
 * Sentences end at "?", "!", a full stop followed by space and no lower-case letter, a blank line, or MAX_WINDOW.
 * `onWindow` gets each sentence that has matches; the object is reused, so read it before returning.
 */
export function scanText(text: string, lexicon: CompiledLexicon, onWindow: (w: WindowMatches) => void): void {
  const { delta, outputStart, outputs } = lexicon.automaton;
  const { lengths, patterns } = lexicon;
  const modes = Uint8Array.from(patterns, (p) => MODE_CODES[p.mode]);

  let ringSize = 1;
  while (ringSize <= lexicon.maxLength + 1) ringSize <<= 1;
  const mask = ringSize - 1;
  // For the last ringSize symbols: the text offset they came from, the start of their word, and whether they are
  // the first symbol of their character (æ gives two).
  const ringOffset = new Int32Array(ringSize);
  const ringWordStart = new Int32Array(ringSize);
  const ringFirst = new Uint8Array(ringSize);

  const lastWordOfPattern = new Int32Array(patterns.length).fill(-1);
  const pending: number[] = []; // flat: pattern, wordStart, rawStart, rawEnd

  const window: WindowMatches = {
    serial: 0,
    pattern: [],
    start: [],
    end: [],
    rawStart: [],
    rawEnd: [],
    word: [],
    questionMark: false,
  };
  let windowStart = 0;

  let state = 0;
  let position = 0;
  let wordStart = -1;
  let wordNumber = 0;
  let separatorDue = false;
  /** 1: just after a full stop; 2: a full stop followed by white space. */
  let period = 0;
  let newlines = 0;

  const closeWindow = (next: number): void => {
    if (window.pattern.length > 0) onWindow(window);
    window.pattern.length = 0;
    window.start.length = 0;
    window.end.length = 0;
    window.rawStart.length = 0;
    window.rawEnd.length = 0;
    window.word.length = 0;
    window.questionMark = false;
    window.serial++;
    windowStart = next;
  };

  const step = (symbol: number, offset: number, first: number, wholeCharacter: boolean): void => {
    state = delta[state * SYMBOL_COUNT + symbol] ?? 0;
    const here = position++;
    const slot = here & mask;
    ringOffset[slot] = offset;
    ringWordStart[slot] = wordStart;
    ringFirst[slot] = first;
    if (!wholeCharacter) return; // a match must not end inside the two symbols of æ, ø, å
    const last = outputStart[state + 1] ?? 0;
    for (let k = outputStart[state] ?? 0; k < last; k++) {
      const pattern = outputs[k] ?? 0;
      const startSlot = (here - (lengths[pattern] ?? 0) + 1) & mask;
      if (ringFirst[startSlot] === 0) continue;
      const rawStart = ringOffset[startSlot] ?? 0;
      const startWord = ringWordStart[startSlot] ?? 0;
      if (rawStart < windowStart) continue;
      if (modes[pattern] !== MODE_ANY && startWord !== rawStart) continue;
      if (lastWordOfPattern[pattern] === wordNumber) continue;
      lastWordOfPattern[pattern] = wordNumber;
      pending.push(pattern, startWord, rawStart, offset + 1);
    }
  };

  const endWord = (end: number): void => {
    for (let k = 0; k < pending.length; k += 4) {
      const pattern = pending[k] ?? 0;
      const rawEnd = pending[k + 3] ?? 0;
      if (modes[pattern] === MODE_NONE && rawEnd !== end) {
        const p = patterns[pattern];
        if (p?.lastStem == null || end - rawEnd > MAX_SUFFIX) continue;
        const word = text.slice(wordStart, end).toLowerCase();
        if (foldedStem(word, p.lang) !== p.lastStem) continue;
      }
      window.pattern.push(pattern);
      window.start.push(pending[k + 1] ?? 0);
      window.end.push(end);
      window.rawStart.push(pending[k + 2] ?? 0);
      window.rawEnd.push(rawEnd);
      window.word.push(wordNumber);
    }
    pending.length = 0;
    wordStart = -1;
    separatorDue = true;
  };

  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const cls = charClass[unit] || classify(unit);
    if (cls >= CLASS_WORD) {
      if (period === 2 && cls !== CLASS_WORD_LOWER) closeWindow(i);
      period = 0;
      newlines = 0;
      if (wordStart < 0) {
        if (separatorDue) {
          step(SEPARATOR_SYMBOL, i, 1, false);
          separatorDue = false;
        }
        wordStart = i;
        wordNumber++;
      }
      const second = foldSecond[unit] ?? NO_SYMBOL;
      if (second === NO_SYMBOL) {
        step(foldFirst[unit] ?? 0, i, 1, true);
      } else {
        step(foldFirst[unit] ?? 0, i, 1, false);
        step(second, i, 0, true);
      }
      continue;
    }
    if (wordStart >= 0) endWord(i);
    switch (cls) {
      case CLASS_PERIOD:
        period = 1;
        newlines = 0;
        break;
      case CLASS_QUESTION:
        window.questionMark = true;
        closeWindow(i + 1);
        period = 0;
        break;
      case CLASS_EXCLAMATION:
        closeWindow(i + 1);
        period = 0;
        break;
      case CLASS_NEWLINE:
      case CLASS_SPACE:
        if (period === 1) period = 2;
        if (cls === CLASS_NEWLINE && ++newlines >= 2) closeWindow(i + 1);
        else if (i - windowStart > MAX_WINDOW) closeWindow(i + 1);
        break;
      default:
        if (period === 2) closeWindow(i);
        period = 0;
        newlines = 0;
    }
  }
  if (wordStart >= 0) endWord(text.length);
  closeWindow(text.length);
}
