import { FINDING_KIND_NAMES } from "../i18n/taxonomy-labels";
import { CATEGORY_KINDS, type Location } from "../taxonomy";
import type { Finding } from "./finding";
import type { CompiledLexicon } from "./lexicon/compile";
import { ROLE_DISCLOSURE, ROLE_GENERAL, ROLE_PERSON, ROLE_PERSON_TERM, ROLE_TERM } from "./lexicon/patterns";
import type { WindowMatches } from "./lexicon/scan";
import { LEXICON_LANGS } from "./lexicon/types";
import { reasonCode } from "./reason-code";
import { type Subject, SubjectReader } from "./worsening-subject";

const NEUTRAL = 0.55;
const DISCLOSURE_GAIN = 0.45;
const GENERAL_DAMPING = 0.45;
/**
 * A person or a name as the subject of a worsening phrase ties it to that person as "borgeren" does: "Dad's getting
 * worse", "Farmor er blevet dårligere", "Nu er Karen blevet dårligere" have no other cue.
 */
const PERSON_SUBJECT_WEIGHT = 0.6;
/** Shared disclosure cues of the sentence just before count at this share of their weight. */
const PREVIOUS_SENTENCE_FACTOR = 0.6;

/**
 * The scoring formula of one sentence for one category, from three pieces of evidence, each 1 − ∏(1 − w) over
 * distinct entries (see `anyOf`):
 *   terms      T: the category's terms, one per word (the heaviest part of a compound), phrases counting once;
 *   disclosure D: cues that tie the sentence to a person (shared and the category's own), plus the shared cues of
 *                 the sentence just before at 0.6 of their weight ("Min søn er 7. Han har ADHD.");
 *   general    G: general-question cues ("hvornår", "regler for", a closing "?").
 *   confidence = T × (0.55 + 0.45·D − 0.45·G·(1 − D)), to three decimals.
 * So one strong term with no cue stays below the default threshold 0.5 (0.85 × 0.55 ≈ 0.47), a strong term about
 * "min søn" clears it, and a general question pulls it down unless a person is named as well.
 */
export function sentenceConfidence(terms: number, disclosure: number, general: number): number {
  const confidence =
    terms * (NEUTRAL + DISCLOSURE_GAIN * disclosure - GENERAL_DAMPING * general * (1 - disclosure));
  return Math.round(confidence * 1000) / 1000;
}

/** One lexicon match in the sentence being scored. */
interface Hit {
  pattern: number;
  weight: number;
  /** The whole words the match stands in: what a finding spans. */
  start: number;
  end: number;
  /** The pattern's own characters: what "inside another match" is judged on. */
  rawStart: number;
  rawEnd: number;
  /** The word the match ends in: a word gives a category at most one term. */
  word: number;
}

const newHit = (): Hit => ({ pattern: 0, weight: 0, start: 0, end: 0, rawStart: 0, rawEnd: 0, word: 0 });

/**
 * A list the scorer empties and refills for every sentence. It keeps its storage: emptying an array by setting its
 * length to 0 gives the storage back, and on a long mail the next pushes would allocate it anew tens of thousands of
 * times.
 */
class List<T> {
  private readonly items: T[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  add(item: T): void {
    this.items[this.size++] = item;
  }

  /** Item i, for 0 ≤ i < size. */
  get(i: number): T {
    return this.items[i] as T;
  }

  set(i: number, item: T): void {
    this.items[i] = item;
  }

  /** Sorts in place, keeping equals in order: an insertion sort, as a sentence has a handful of hits. */
  sort(compare: (a: T, b: T) => number): void {
    const items = this.items;
    for (let i = 1; i < this.size; i++) {
      const item = items[i] as T;
      let j = i - 1;
      while (j >= 0 && compare(item, items[j] as T) < 0) {
        items[j + 1] = items[j] as T;
        j--;
      }
      items[j + 1] = item;
    }
  }
}

/** Hit objects made once and handed out again for every sentence. */
class HitPool {
  private readonly hits: Hit[] = [];
  private used = 0;

  clear(): void {
    this.used = 0;
  }

  take(): Hit {
    const hit = this.hits[this.used] ?? newHit();
    this.hits[this.used++] = hit;
    return hit;
  }
}

/** Distinct cues by code (the detail of their reason) with their weights, in the order first seen. */
class Cues {
  readonly codes = new List<string>();
  readonly weights = new List<number>();

  clear(): void {
    this.codes.clear();
    this.weights.clear();
  }

  /** Sets a cue's weight, keeping its place if it is there already. */
  set(code: string, weight: number): void {
    const i = this.indexOf(code);
    if (i >= 0) this.weights.set(i, weight);
    else {
      this.codes.add(code);
      this.weights.add(weight);
    }
  }

  /** Keeps the heavier weight of a cue seen again. */
  raise(code: string, weight: number): void {
    const i = this.indexOf(code);
    this.set(code, i < 0 ? weight : Math.max(this.weights.get(i), weight));
  }

  copy(from: Cues): void {
    this.clear();
    for (let i = 0; i < from.codes.size; i++) this.set(from.codes.get(i), from.weights.get(i));
  }

  scale(factor: number): void {
    for (let i = 0; i < this.weights.size; i++) this.weights.set(i, this.weights.get(i) * factor);
  }

  private indexOf(code: string): number {
    for (let i = 0; i < this.codes.size; i++) if (this.codes.get(i) === code) return i;
    return -1;
  }
}

/** 1 − ∏(1 − w) over the weights of the cue sets: the chance that at least one of them holds. */
function anyOf(first: Cues, second?: Cues): number {
  let none = 1;
  for (let i = 0; i < first.weights.size; i++) none *= 1 - first.weights.get(i);
  if (second !== undefined) for (let i = 0; i < second.weights.size; i++) none *= 1 - second.weights.get(i);
  return 1 - none;
}

function addReasons(reasons: string[], family: string, cues: Cues): void {
  for (let i = 0; i < cues.codes.size; i++) reasons.push(reasonCode(family, cues.codes.get(i)));
}

/** Earlier first; of two starting together, the longer, then the heavier. */
const byPlace = (a: Hit, b: Hit): number =>
  a.rawStart - b.rawStart || b.rawEnd - a.rawEnd || b.weight - a.weight;

/**
 * Into `out`, the hits of `list` that lie inside no other: "syge meldt" counts once, not also as "syg"; "min søn"
 * not also as "min". Of two hits on the same characters the heavier stays. Sorts `list` by place.
 */
function outermost(list: List<Hit>, out: List<Hit>): List<Hit> {
  out.clear();
  list.sort(byPlace);
  let reach = -1;
  for (let i = 0; i < list.size; i++) {
    const hit = list.get(i);
    if (hit.rawEnd <= reach) continue;
    out.add(hit);
    reach = hit.rawEnd;
  }
  return out;
}

/** Into `out`, one term per word: the compound "kræftpatient" is one piece of evidence, its heaviest part. */
function heaviestPerWord(list: List<Hit>, out: List<Hit>): List<Hit> {
  out.clear();
  for (let i = 0; i < list.size; i++) {
    const hit = list.get(i);
    let known = 0;
    while (known < out.size && out.get(known).word !== hit.word) known++;
    if (known === out.size) {
      out.add(hit);
      continue;
    }
    const other = out.get(known);
    const heavier =
      hit.weight > other.weight ||
      (hit.weight === other.weight && hit.rawEnd - hit.rawStart > other.rawEnd - other.rawStart);
    if (heavier) out.set(known, hit);
  }
  return out;
}

/** Into `out`, the terms that lie inside no exclude ("kræft" in "bekræfte"). */
function notExcluded(terms: List<Hit>, excludes: List<Hit>, out: List<Hit>): List<Hit> {
  out.clear();
  for (let i = 0; i < terms.size; i++) {
    const term = terms.get(i);
    let inside = false;
    for (let j = 0; j < excludes.size && !inside; j++) {
      const exclude = excludes.get(j);
      inside = exclude.rawStart <= term.rawStart && term.rawEnd <= exclude.rawEnd;
    }
    if (!inside) out.add(term);
  }
  return out;
}

/** The subject found for the sentence's worsening phrases (withSubject): a person as subject counts as a cue. */
interface SubjectFound {
  person: boolean;
}

/**
 * Into `out`, the terms that may count. A term that needs a person as its subject ("er blevet dårligere") counts
 * when its clause has one (worsening-subject.ts): a person word of its language ("min far", "hun", "ich"), a name
 * ("Karen er blevet dårligere", with "Hilsen Karen" further down), or another term of its category, which is then
 * what got worse ("Sygdommen er blevet værre"); not a road, a service or the weather, and not a person inside a
 * phrase about one of those ("Busforbindelsen til min mor").
 */
function withSubject(
  terms: List<Hit>,
  lexicon: CompiledLexicon,
  persons: List<Hit>,
  text: string,
  found: SubjectFound,
  out: List<Hit>,
): List<Hit> {
  out.clear();
  found.person = false;
  for (let i = 0; i < terms.size; i++) {
    const term = terms.get(i);
    if (lexicon.roles[term.pattern] !== ROLE_PERSON_TERM) {
      out.add(term);
      continue;
    }
    const subject = subjectOf(term, terms, lexicon, persons, text);
    if (subject !== "none") out.add(term);
    if (subject === "person" || subject === "name") found.person = true;
  }
  return out;
}

function subjectOf(
  phrase: Hit,
  terms: List<Hit>,
  lexicon: CompiledLexicon,
  persons: List<Hit>,
  text: string,
): Subject {
  const lang = lexicon.langs[phrase.pattern] ?? 0;
  const people: Hit[] = [];
  for (let i = 0; i < persons.size; i++) {
    const person = persons.get(i);
    if ((lexicon.langs[person.pattern] ?? 0) === lang) people.push(person);
  }
  const others: Hit[] = [];
  for (let i = 0; i < terms.size; i++) {
    const term = terms.get(i);
    if (lexicon.roles[term.pattern] !== ROLE_PERSON_TERM) others.push(term);
  }
  return new SubjectReader(text, LEXICON_LANGS[lang] ?? "da", people, others).subjectOf({
    start: phrase.rawStart,
    end: phrase.rawEnd,
  });
}

function hasPersonTerm(terms: List<Hit>, lexicon: CompiledLexicon): boolean {
  for (let i = 0; i < terms.size; i++)
    if (lexicon.roles[terms.get(i).pattern] === ROLE_PERSON_TERM) return true;
  return false;
}

function overlapsPersonTerm(cue: Hit, terms: List<Hit>, lexicon: CompiledLexicon): boolean {
  for (let i = 0; i < terms.size; i++) {
    const term = terms.get(i);
    const overlaps = cue.rawStart < term.rawEnd && term.rawStart < cue.rawEnd;
    if (overlaps && lexicon.roles[term.pattern] === ROLE_PERSON_TERM) return true;
  }
  return false;
}

/** A category's matches in the sentence being scored. */
interface CategoryHits {
  terms: List<Hit>;
  disclosure: List<Hit>;
  general: List<Hit>;
  excludes: List<Hit>;
}

/**
 * Scores the sentences of one text for every category, sentence by sentence as the lexicon scan reports them, and
 * collects a finding per category per sentence whose confidence reaches the threshold. A long mail has tens of
 * thousands of sentences with terms, so the scorer keeps its hits and working lists from sentence to sentence: a
 * sentence costs its findings and little else. Each scan has its own scorer.
 */
export class SentenceScorer {
  private findings: Finding[] = [];
  private text = "";
  private where: Location = "body";
  /** Set by start(), before the first sentence. */
  private lexicon!: CompiledLexicon;
  private threshold = 1;

  private readonly hits = new HitPool();
  private readonly sharedDisclosure = new List<Hit>();
  private readonly sharedGeneral = new List<Hit>();
  /** The sentence's person words ("min far", "hun", "ich"), for the subject of a worsening phrase (withSubject). */
  private readonly persons = new List<Hit>();
  private readonly subject: SubjectFound = { person: false };
  private readonly byCategory: CategoryHits[] = CATEGORY_KINDS.map(() => ({
    terms: new List(),
    disclosure: new List(),
    general: new List(),
    excludes: new List(),
  }));
  /** The previous sentence's shared disclosure cues, as hits of their own pool. */
  private readonly previousHits = new HitPool();
  private readonly previous = new List<Hit>();
  private previousSerial = -2;
  /** Per category: the chance that none of the sentence's terms applies (see worthScoring). */
  private readonly noTerm = new Float64Array(CATEGORY_KINDS.length);
  /** Working lists of the scoring. */
  private readonly list = {
    kept: new List<Hit>(),
    subject: new List<Hit>(),
    perWord: new List<Hit>(),
    terms: new List<Hit>(),
    joined: new List<Hit>(),
    outer: new List<Hit>(),
  };
  private readonly cues = {
    before: new Cues(),
    sharedDisclosure: new Cues(),
    sharedGeneral: new Cues(),
    terms: new Cues(),
    disclosure: new Cues(),
    general: new Cues(),
    generalJoined: new Cues(),
  };

  /**
   * Starts the scan of one text. A scorer is reused from text to text (see detectCategories): its working lists are
   * cleared per sentence, so only what carries from one sentence to the next is reset here.
   */
  start(text: string, where: Location, lexicon: CompiledLexicon, threshold: number): void {
    this.text = text;
    this.where = where;
    this.lexicon = lexicon;
    this.threshold = threshold;
    this.findings = [];
    this.previousSerial = -2;
    this.previous.clear();
    this.previousHits.clear();
  }

  /** The text's findings; the scorer lets go of the text, so an idle scorer holds no mail. */
  finish(): Finding[] {
    const findings = this.findings;
    this.findings = [];
    this.text = "";
    return findings;
  }

  /** One sentence from the scan (the scanner reuses the object: read it now, keep nothing of it). */
  read(window: WindowMatches): void {
    if (this.worthScoring(window)) this.score(window, this.previousSerial === window.serial - 1);
    this.previousSerial = window.serial;
    this.keepSharedDisclosure(window);
  }

  /**
   * Whether some category could reach the threshold in this sentence: even with the strongest disclosure the
   * confidence is at most T, so a sentence whose terms alone stay below the threshold ("Vores læge …") is skipped
   * before any scoring work. Most sentences have no term at all and cost one table read per match.
   */
  private worthScoring(window: WindowMatches): boolean {
    const { termCategory, weights } = this.lexicon;
    const noTerm = this.noTerm;
    /** Bit c is set once category c has a term in this sentence, so noTerm needs no clearing. */
    let seen = 0;
    for (let k = 0; k < window.count; k++) {
      const pattern = window.pattern[k] ?? -1;
      const category = termCategory[pattern] ?? -1;
      if (category < 0) continue;
      const bit = 1 << category;
      const none = ((seen & bit) === 0 ? 1 : (noTerm[category] ?? 1)) * (1 - (weights[pattern] ?? 0));
      seen |= bit;
      noTerm[category] = none;
      if (1 - none >= this.threshold) return true;
    }
    return false;
  }

  private keepSharedDisclosure(window: WindowMatches): void {
    const { sharedDisclosure, weights } = this.lexicon;
    this.previousHits.clear();
    this.previous.clear();
    for (let k = 0; k < window.count; k++) {
      const pattern = window.pattern[k] ?? -1;
      if (sharedDisclosure[pattern] !== 1) continue;
      const hit = this.previousHits.take();
      hit.pattern = pattern;
      hit.weight = weights[pattern] ?? 0;
      hit.start = hit.rawStart = window.rawStart[k] ?? 0;
      hit.end = hit.rawEnd = window.rawEnd[k] ?? 0;
      this.previous.add(hit);
    }
  }

  /** The sentence's match k as a hit. */
  private hitOf(window: WindowMatches, k: number, pattern: number): Hit {
    const hit = this.hits.take();
    hit.pattern = pattern;
    hit.weight = this.lexicon.weights[pattern] ?? 0;
    hit.start = window.start[k] ?? 0;
    hit.end = window.end[k] ?? hit.start;
    hit.rawStart = window.rawStart[k] ?? hit.start;
    hit.rawEnd = window.rawEnd[k] ?? hit.start;
    hit.word = window.word[k] ?? 0;
    return hit;
  }

  /** Sorts the sentence's matches into the shared cues and the lists of each category that has a term. */
  private group(window: WindowMatches): number {
    const { termCategory, categories, roles } = this.lexicon;
    let withTerms = 0;
    for (let k = 0; k < window.count; k++) {
      const category = termCategory[window.pattern[k] ?? -1] ?? -1;
      if (category >= 0) withTerms |= 1 << category;
    }
    this.hits.clear();
    this.sharedDisclosure.clear();
    this.sharedGeneral.clear();
    this.persons.clear();
    this.byCategory.forEach((group, c) => {
      if ((withTerms & (1 << c)) === 0) return;
      group.terms.clear();
      group.disclosure.clear();
      group.general.clear();
      group.excludes.clear();
    });
    for (let k = 0; k < window.count; k++) {
      const pattern = window.pattern[k] ?? -1;
      const category = categories[pattern] ?? -1;
      if (category >= 0 && (withTerms & (1 << category)) === 0) continue;
      const role = roles[pattern];
      const hit = this.hitOf(window, k, pattern);
      if (role === ROLE_PERSON) {
        this.persons.add(hit);
        continue;
      }
      const group = this.byCategory[category];
      if (group === undefined) {
        if (role === ROLE_DISCLOSURE) this.sharedDisclosure.add(hit);
        else if (role === ROLE_GENERAL) this.sharedGeneral.add(hit);
      } else if (role === ROLE_TERM || role === ROLE_PERSON_TERM) group.terms.add(hit);
      else if (role === ROLE_DISCLOSURE) group.disclosure.add(hit);
      else if (role === ROLE_GENERAL) group.general.add(hit);
      else group.excludes.add(hit);
    }
    return withTerms;
  }

  /** Into `into`, the distinct cues among the outermost hits of `list`, each with its heaviest weight. */
  private cuesOf(list: List<Hit>, into: Cues): Cues {
    const outer = outermost(list, this.list.outer);
    into.clear();
    for (let i = 0; i < outer.size; i++) {
      const hit = outer.get(i);
      into.raise(this.lexicon.codes[hit.pattern] ?? "", hit.weight);
    }
    return into;
  }

  /** Scores a sentence with at least one term; `adjacent`: the previous sentence's cues stand just before it. */
  private score(window: WindowMatches, adjacent: boolean): void {
    const withTerms = this.group(window);
    const { cues, list } = this;
    const before = cues.before;
    if (adjacent) this.cuesOf(this.previous, before).scale(PREVIOUS_SENTENCE_FACTOR);
    else before.clear();
    const sharedDisclosure = this.cuesOf(this.sharedDisclosure, cues.sharedDisclosure);
    const sharedGeneral = this.cuesOf(this.sharedGeneral, cues.sharedGeneral);
    if (window.questionMark) sharedGeneral.set("?", this.lexicon.questionMark);

    for (let c = 0; c < CATEGORY_KINDS.length; c++) {
      const kind = CATEGORY_KINDS[c];
      const group = this.byCategory[c];
      if ((withTerms & (1 << c)) === 0 || group === undefined || kind === undefined) continue;
      const kept = notExcluded(group.terms, group.excludes, list.kept);
      const subject = withSubject(kept, this.lexicon, this.persons, this.text, this.subject, list.subject);
      const terms = outermost(heaviestPerWord(subject, list.perWord), list.terms);
      if (terms.size === 0) continue;

      const termCues = this.cuesOf(terms, cues.terms);
      let disclosure = sharedDisclosure;
      const personTerm = hasPersonTerm(terms, this.lexicon);
      if (group.disclosure.size > 0 || personTerm) {
        // A cue inside a personTerm's words ("er blevet" in "er blevet dårligere") is the term itself, not a
        // person: "Vejen til sygehuset er blevet dårligere" has none.
        list.joined.clear();
        for (const from of [this.sharedDisclosure, group.disclosure]) {
          for (let i = 0; i < from.size; i++) {
            const cue = from.get(i);
            if (!personTerm || !overlapsPersonTerm(cue, terms, this.lexicon)) list.joined.add(cue);
          }
        }
        disclosure = this.cuesOf(list.joined, cues.disclosure);
      }
      let general = sharedGeneral;
      if (group.general.size > 0) {
        const own = this.cuesOf(group.general, cues.general);
        general = cues.generalJoined;
        general.copy(sharedGeneral);
        for (let i = 0; i < own.codes.size; i++) general.set(own.codes.get(i), own.weights.get(i));
      }
      const personSubject = this.subject.person;
      const tie = anyOf(disclosure, before);
      const person = personSubject ? 1 - (1 - tie) * (1 - PERSON_SUBJECT_WEIGHT) : tie;
      const confidence = sentenceConfidence(anyOf(termCues), person, anyOf(general));
      if (confidence < this.threshold) continue;

      const reasons: string[] = [];
      addReasons(reasons, "lexicon.term", termCues);
      addReasons(reasons, "lexicon.disclosure", disclosure);
      addReasons(reasons, "lexicon.disclosure-before", before);
      if (personSubject) reasons.push("lexicon.disclosure-subject");
      addReasons(reasons, "lexicon.general-question", general);
      let end = 0;
      for (let i = 0; i < terms.size; i++) end = Math.max(end, terms.get(i).end);
      this.findings.push({
        kind,
        where: this.where,
        start: terms.get(0).start,
        end,
        confidence,
        reasons,
        value: this.wordsOf(terms),
        masked: FINDING_KIND_NAMES[kind].da,
      });
    }
  }

  /** The words the terms stand in, each once, in order: the finding's value. */
  private wordsOf(terms: List<Hit>): string {
    const words: string[] = [];
    for (let i = 0; i < terms.size; i++) {
      const term = terms.get(i);
      const word = this.text.slice(term.start, term.end);
      if (!words.includes(word)) words.push(word);
    }
    return words.join(", ");
  }
}
