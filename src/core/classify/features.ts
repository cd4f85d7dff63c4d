import type { FindingKind, Topic } from "../taxonomy";
import { STOPWORDS } from "./language";
import type { MailSignals } from "./signals";
import { foldedStem } from "../detect/lexicon/stem";
import { LEXICON_LANGS, type LexiconLang } from "../detect/lexicon/types";
import { hasDigit } from "./tokens";
import { foldText } from "../detect/lexicon/fold";
import {
  bucketAfter,
  bucketOf,
  bucketOfJoined,
  FEATURE_BUCKETS,
  joinedPrefix,
  subwordBuckets,
} from "./feature-hash";

/**
 * Sparse features of one mail, hashed into FEATURE_BUCKETS and L2-normalised: word stems, pairs of neighbouring
 * stems ("kan man", "ring mig"), character n-grams of the content words, subject stems marked "s:", sender tokens
 * marked "@" and "n:", and "#signal" names. Training and inference share it.
 */
export interface Features {
  /** The buckets that carry a value, and their values (same order). */
  index: Int32Array;
  value: Float64Array;
  /** Each content stem with its bucket's position in `index`, for the reasons: whole words, never subwords. */
  words: [stem: string, at: number][];
}

const stopwords = new Set(STOPWORDS.map((w) => foldText(w)));
const FIRST_PERSON = new Set([
  "jeg",
  "mig",
  "min",
  "mit",
  "mine",
  "vi",
  "os",
  "vores",
  "my",
  "me",
  "ich",
  "mein",
  "meine",
]);
const SUBJECT_WEIGHT = 2;
/** Subject stems count again under this mark: a word in the subject says more than the same word in the body. */
const SUBJECT_MARK = "s:";
/**
 * What one occurrence of a word's n-grams weighs together, against 1 for its stem: enough that an unseen spelling or
 * inflection counts, not so much that n-grams drown the stems. 0.3 and 1 gave the same leave-one-set-out macro-F1;
 * 0.3 recognised more self-service mails.
 */
const SUBWORD_WEIGHT = 0.3;
/** What a mail is about shows in its first few hundred words; the rest would only cost time. */
const MAX_FEATURE_WORDS = 500;

/**
 * One mail's features are summed here: a dense array indexed by bucket, and the list of buckets touched, so adding
 * a feature costs an array write rather than a map update. Reset after every mail.
 */
class Accumulator {
  private readonly sums = new Float64Array(FEATURE_BUCKETS);
  private readonly touched: number[] = [];
  /** 1 + a touched bucket's position in the features being taken; 0 elsewhere. */
  private readonly position = new Int32Array(FEATURE_BUCKETS);

  add(bucket: number, amount: number): void {
    if (this.sums[bucket] === 0) this.touched.push(bucket);
    this.sums[bucket] = (this.sums[bucket] ?? 0) + amount;
  }

  /** Counts → 1 + log(count) (a word said five times is not five times the evidence); fractions stay as they are. */
  dampen(): void {
    for (const b of this.touched) {
      const c = this.sums[b] ?? 0;
      if (c > 1) this.sums[b] = 1 + Math.log(c);
    }
  }

  /**
   * The mail's features, L2-normalised, and where each of `stems` (stem → bucket) sits in them; resets for the next mail. Positions
   * are looked up in a dense array rather than a Map built per mail: a mail touches a thousand buckets or more.
   */
  take(stems: ReadonlyMap<string, number>): Features {
    const touched = this.touched;
    let norm = 0;
    for (const b of touched) norm += (this.sums[b] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    const index = Int32Array.from(touched);
    const value = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const b = index[i] ?? 0;
      value[i] = (this.sums[b] ?? 0) / norm;
      this.position[b] = i + 1;
    }
    const words: [string, number][] = [];
    for (const [stem, bucket] of stems) {
      const at = this.position[bucket] ?? 0;
      if (at > 0) words.push([stem, at - 1]);
    }
    for (const b of touched) {
      this.sums[b] = 0;
      this.position[b] = 0;
    }
    touched.length = 0;
    return { index, value, words };
  }
}

const accumulator = new Accumulator();

/** What the features need of one distinct word in one language, worked out when the word is first seen. */
interface WordFeatures {
  stem: string;
  /** Two letters or more and no stopword: the word counts on its own, not only as half of a pair. */
  content: boolean;
  stemBucket: number;
  subjectBucket: number;
  /** The stem's part of the hash of a pair it starts. */
  pairPrefix: number;
  subwords: Int32Array;
}

/** Bounded so a mail of a million distinct words cannot grow it without limit. */
const WORD_CACHE_LIMIT = 20_000;
/**
 * Per language, each word seen, or null for a word with a digit (it carries no stem and breaks a pair). Mails repeat
 * their words, and one lookup here replaces a stem lookup, a stopword lookup and the hashing of stem and n-grams.
 */
const wordCache: Record<LexiconLang, Map<string, WordFeatures | null>> = {
  da: new Map(),
  en: new Map(),
  de: new Map(),
};

function wordFeatures(word: string, lang: LexiconLang): WordFeatures | null {
  const cache = wordCache[lang];
  let found = cache.get(word);
  if (found === undefined) {
    const stem = hasDigit(word) ? undefined : foldedStem(word, lang);
    found =
      stem === undefined
        ? null
        : {
            stem,
            content: word.length >= 2 && !stopwords.has(word),
            stemBucket: bucketOf(stem),
            subjectBucket: bucketOfJoined(SUBJECT_MARK, stem),
            pairPrefix: joinedPrefix(stem, " "),
            subwords: subwordBuckets(word),
          };
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, found);
  }
  return found;
}

/** Stems of a run of words: a word with digits breaks a pair, so numbers never join two stems. */
function addWords(
  words: readonly string[],
  lang: LexiconLang,
  weight: number,
  subject: boolean,
  stems: Map<string, number>,
): number {
  let content = 0;
  let previous: WordFeatures | null = null;
  for (const word of words) {
    const current = wordFeatures(word, lang);
    if (current === null) {
      previous = null;
      continue;
    }
    if (previous !== null) accumulator.add(bucketAfter(previous.pairPrefix, current.stem), weight);
    previous = current;
    if (!current.content) continue;
    content++;
    stems.set(current.stem, current.stemBucket);
    accumulator.add(current.stemBucket, weight);
    if (subject) accumulator.add(current.subjectBucket, 1);
    const subwords = current.subwords;
    const share = (weight * SUBWORD_WEIGHT) / subwords.length;
    for (const b of subwords) accumulator.add(b, share);
  }
  return content;
}

function senderFeatures(signals: MailSignals): string[] {
  const names: string[] = [];
  const labels = signals.domain.split(".").filter((l) => l.length > 0);
  if (labels.length > 0) {
    names.push(`@tld:${labels[labels.length - 1] ?? ""}`, `@d:${labels.slice(-2).join(".")}`);
  }
  for (const word of new Set(signals.senderWords)) {
    if (word.length > 1 && !hasDigit(word)) names.push(`n:${word}`);
  }
  return names;
}

export function mailFeatures(
  signals: MailSignals,
  lang: string,
  bodyReadable: boolean,
  findingKinds: ReadonlySet<FindingKind> = new Set(),
): Features {
  const stemLang = (LEXICON_LANGS as readonly string[]).includes(lang) ? (lang as LexiconLang) : "da";
  const words =
    signals.words.length > MAX_FEATURE_WORDS ? signals.words.slice(0, MAX_FEATURE_WORDS) : signals.words;
  const subjectCount = Math.min(signals.subjectWords.length, words.length);
  const stems = new Map<string, number>();
  const content =
    addWords(words.slice(0, subjectCount), stemLang, SUBJECT_WEIGHT, true, stems) +
    addWords(words.slice(subjectCount), stemLang, 1, false, stems);
  accumulator.dampen();
  const firstPerson = words.some((w) => FIRST_PERSON.has(w));

  const flags: [boolean, string][] = [
    [signals.machine.length > 0, "#machine"],
    [signals.aktindsigt.length > 0, "#aktindsigt"],
    [signals.klage.length > 0, "#klage"],
    [signals.booking.length > 0, "#booking"],
    [signals.caseNumber.length > 0, "#case-number"],
    [signals.generalQuestion.length > 0, "#general-question"],
    [signals.nothingToAnswer.length > 0, "#nothing-to-answer"],
    [signals.nothingToAnswer.length > 0 && !signals.question, "#nothing-to-answer-only"],
    [signals.spam.length > 0, "#spam"],
    [signals.selfService.length > 0, "#self-service"],
    [signals.selfService.length > 0 && signals.question, "#self-service-question"],
    [signals.selfServiceIntent, "#self-service-intent"],
    [signals.actionRequest, "#action-request"],
    [signals.existingCase.length > 0, "#existing-case"],
    [signals.booking.length > 0 && signals.question, "#booking-question"],
    [signals.cvr, "#cvr"],
    [signals.companyMarker !== undefined, "#company"],
    [signals.association !== undefined, "#association"],
    [signals.authorityName !== undefined, "#authority-name"],
    [signals.authorityDomain !== undefined, "#authority-domain"],
    [signals.freeMail !== undefined, "#free-mail"],
    [signals.internal !== undefined, "#internal"],
    [signals.colleague, "#colleague"],
    [signals.colleague && signals.nothingToAnswer.length > 0, "#colleague-notice"],
    [signals.question, "#question"],
    [firstPerson, "#first-person"],
    [signals.reply, "#reply"],
    [signals.forward, "#forward"],
    [signals.hasQuoted, "#quoted"],
    [signals.usedQuoted, "#quoted-read"],
    [signals.attachments > 0, "#attachment"],
    [content < 15, "#short"],
    [content > 120, "#long"],
    [!bodyReadable, "#unreadable"],
  ];
  for (const [on, name] of flags) if (on) accumulator.add(bucketOf(name), 1);
  accumulator.add(bucketOf(`#lang:${lang}`), 1);
  for (const kind of findingKinds) accumulator.add(bucketOf(`#found:${kind}`), 1);
  for (const [topic, patterns] of signals.topicKeywords)
    accumulator.add(bucketOf(`#kw:${topic satisfies Topic}`), Math.min(3, patterns.length));
  for (const topic of signals.subjectTopics) accumulator.add(bucketOf(`#kw-subject:${topic}`), 1);
  for (const name of senderFeatures(signals)) accumulator.add(bucketOf(name), 1);

  // One L2 norm over words and signals: a mail's evidence sums to the same length, long or short.
  return accumulator.take(stems);
}
