import clauseWords from "./clause-words.json";
import type { LexiconLang } from "./lexicon/types";

/**
 * Whether a worsening phrase ("er blevet dårligere", "getting worse", "immer schlechter") has a person, or an
 * illness, as the subject of its own clause. A person named elsewhere in the sentence is not enough: in
 * "Busforbindelsen til min mor er blevet dårligere" the bus service got worse, and "min mor" only sits in a phrase
 * about it. Read from the words of the sentence up to the phrase, clause by clause (commas, colons, semicolons and
 * dashes end one), with a handful of closed word classes per language (clause-words.json):
 * - a subject word (a person word of the phrase's language, another term of its category, or a name) in the
 *   phrase's clause counts unless a preposition governs it ("til min mor", "for my dad");
 * - a clause of only conjunctions, auxiliaries and adverbs ("…, og er blevet dårligere") shares the subject of the
 *   clause before, past a relative clause between ("Min far, der bor alene, er blevet dårligere");
 * - a clause that starts with a relative word has the word before its comma as subject ("min far, som er blevet …");
 * - a dummy subject ("Det er blevet værre med min mor", "Es wird immer schlechter mit meiner Mutter") leaves the
 *   person anywhere in the sentence.
 * A name is a capitalised word that is not a person word: inside a sentence (not its first word, and not after a
 * determiner) in Danish and English, or anywhere when the text has it after a greeting or a closing ("Hej Karen",
 * "Hilsen Ahmed"); never when the text has it after a place preposition ("i Nyborg"). German capitalises every noun,
 * so there only the greeting makes a name.
 * Called only for a sentence that has a worsening phrase and is worth scoring, so it costs nothing on most mail.
 */
export interface Span {
  start: number;
  end: number;
}

type WordClass =
  "preposition" | "determiner" | "filler" | "relative" | "expletive" | "place" | "companion" | "greeting";
const WORD_CLASSES: readonly WordClass[] = [
  "preposition",
  "determiner",
  "filler",
  "relative",
  "expletive",
  "place",
  "companion",
  "greeting",
];
type ClassSets = Record<WordClass, ReadonlySet<string>>;

/** The word classes of one language, built once. */
const classesByLang = new Map<LexiconLang, ClassSets>();

function classesOf(lang: LexiconLang): ClassSets {
  let sets = classesByLang.get(lang);
  if (sets === undefined) {
    const built = {} as Record<WordClass, ReadonlySet<string>>;
    for (const name of WORD_CLASSES) built[name] = new Set(clauseWords[name][lang]);
    sets = built;
    classesByLang.set(lang, sets);
  }
  return sets;
}

/** How far back a sentence's start is looked for, and how far around the phrase a name's other uses are. */
const SENTENCE_REACH = 500;
const NAME_REACH = 1500;
/** Clauses looked back over for an elided subject. */
const MAX_CLAUSES = 4;

interface Token extends Span {
  /** Lower case; empty for a clause boundary. */
  word: string;
  written: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:–—()]/gu;
/** The word right before a place, across spaces, commas and line breaks but not across a sentence's end. */
const WORD_BEFORE = /(\p{L}+)[\s,]*$/u;
const NAME = /^\p{Lu}\p{Ll}{1,11}(?:-\p{Lu}\p{Ll}{1,11})?$/u;

/**
 * Where the sentence holding `position` starts: after the last ".", "!" or "?" followed by a space, or a blank line,
 * within SENTENCE_REACH. A loop back over the characters: a mail dense in worsening phrases asks this per phrase.
 */
function sentenceStart(text: string, position: number): number {
  const limit = Math.max(0, position - SENTENCE_REACH);
  let newline = false;
  for (let i = position - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1))) return i + 1;
    if (c === 10) {
      if (newline) return i + 1;
      newline = true;
    } else if (c !== 32 && c !== 9 && c !== 13) newline = false;
  }
  return limit;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const stretch = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(stretch); m !== null; m = TOKEN.exec(stretch)) {
    const written = m[0];
    const boundary = !/[\p{L}\p{N}]/u.test(written);
    const start = from + m.index;
    tokens.push({ start, end: start + written.length, word: boundary ? "" : written.toLowerCase(), written });
  }
  return tokens;
}

/**
 * What a phrase has as its subject: a person word or a name (which ties the sentence to a person, and the scorer
 * weighs as a cue), another term of the category ("Sygdommen"), or none. A dummy subject counts as a term: the
 * person may stand anywhere in the sentence.
 */
export type Subject = "none" | "person" | "name" | "term";

export class SubjectReader {
  private readonly is: ClassSets;
  /** Where the phrase being read stands: a name's other uses are looked for around it. */
  private around = 0;

  constructor(
    private readonly text: string,
    private readonly lang: LexiconLang,
    /** Person words of the phrase's language in the sentence. */
    private readonly persons: readonly Span[],
    /** The category's other terms in the sentence. */
    private readonly terms: readonly Span[],
  ) {
    this.is = classesOf(lang);
  }

  /** What the phrase at `phrase` has as its subject: a person or illness word, a name, or none. */
  subjectOf(phrase: Span): Subject {
    this.around = phrase.start;
    const tokens = tokensOf(this.text, sentenceStart(this.text, phrase.start), phrase.start);
    let end = tokens.length;
    for (let clause = 0; clause < MAX_CLAUSES && end >= 0; clause++) {
      let begin = end;
      while (begin > 0 && tokens[begin - 1]?.word !== "") begin--;
      const words = tokens.slice(begin, end);
      const opensWithRelative = this.is.relative.has(words[0]?.word ?? "");
      if (clause === 0 && words.some((t) => this.is.expletive.has(t.word)))
        return this.persons.length > 0 || this.terms.length > 0 ? "term" : "none";
      if (clause === 0 && opensWithRelative && begin >= 2) return this.subjectWord(tokens, begin - 2);
      if (clause > 0 && opensWithRelative) {
        end = begin - 1;
        continue;
      }
      for (let i = begin; i < end; i++) {
        const subject = this.subjectWord(tokens, i);
        if (subject !== "none" && !this.governed(tokens, i, begin)) return subject;
      }
      if (!words.every((t) => this.is.filler.has(t.word))) return "none";
      end = begin - 1;
    }
    return "none";
  }

  private subjectWord(tokens: readonly Token[], i: number): Subject {
    const token = tokens[i];
    if (token === undefined || token.word === "") return "none";
    const overlaps = (s: Span) => s.start < token.end && token.start < s.end;
    if (this.persons.some(overlaps)) return "person";
    if (this.terms.some(overlaps)) return "term";
    return NAME.test(token.written) && this.isName(token.written) ? "name" : "none";
  }

  /** A preposition before the word, past its determiners and one word after a determiner ("til min syge mor"). */
  private governed(tokens: readonly Token[], i: number, begin: number): boolean {
    let j = i - 1;
    while (j >= begin && this.is.determiner.has(tokens[j]?.word ?? "")) j--;
    if (
      j > begin &&
      this.is.determiner.has(tokens[j - 1]?.word ?? "") &&
      !this.is.preposition.has(tokens[j]?.word ?? "")
    ) {
      j--;
      while (j >= begin && this.is.determiner.has(tokens[j]?.word ?? "")) j--;
    }
    return j >= begin && this.is.preposition.has(tokens[j]?.word ?? "");
  }

  /**
   * Whether a capitalised word is a name, from its uses around the phrase: one after a greeting or a closing ("Hej
   * Karen", "Hilsen⏎Karen") or after a preposition for a person ("om Ahmed", "med Jens") makes it one, and so does
   * one inside a sentence after any other word but a determiner or a preposition, in a language that capitalises
   * only names; one after a place preposition ("i Nyborg", "på Fyn") makes it a place whatever else.
   */
  private isName(written: string): boolean {
    let named = false;
    const from = Math.max(0, this.around - NAME_REACH);
    const stretch = this.text.slice(from, this.around + NAME_REACH);
    for (let at = stretch.indexOf(written); at >= 0; at = stretch.indexOf(written, at + written.length)) {
      if (/[\p{L}\p{N}]/u.test(stretch.charAt(at + written.length)) || /\p{L}/u.test(stretch.charAt(at - 1)))
        continue;
      const before = WORD_BEFORE.exec(stretch.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
      if (before === undefined) continue;
      if (this.is.place.has(before)) return false;
      named ||=
        this.is.greeting.has(before) ||
        this.is.companion.has(before) ||
        (this.lang !== "de" && !this.is.determiner.has(before) && !this.is.preposition.has(before));
    }
    return named;
  }
}
