import type { FindingKind, Topic } from "../taxonomy";
import { STOPWORDS } from "./language";
import type { MailSignals } from "./signals";
import { foldedStem } from "../detect/lexicon/stem";
import { LEXICON_LANGS, type LexiconLang } from "../detect/lexicon/types";
import { hasDigit } from "./tokens";
import { foldText } from "../detect/lexicon/fold";

/**
 * Sparse features of one mail, L2-normalised: word stems, pairs of neighbouring stems ("kan man", "ring mig"),
 * subject stems marked "s:", sender tokens marked "@" and "n:", and "#signal" names. Training and inference share it.
 */
export type Features = Map<string, number>;

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
/** What a mail is about shows in its first few hundred words; the rest would only cost time. */
const MAX_FEATURE_WORDS = 500;

function add(features: Features, name: string, amount = 1): void {
  features.set(name, (features.get(name) ?? 0) + amount);
}

/** Stems of a run of words: a word with digits breaks a pair, so numbers never join two stems. */
function addWords(
  counts: Features,
  words: readonly string[],
  lang: LexiconLang,
  weight: number,
  marker: string,
): number {
  let content = 0;
  let previous: string | undefined;
  for (const word of words) {
    if (hasDigit(word)) {
      previous = undefined;
      continue;
    }
    const stem = foldedStem(word, lang);
    if (previous !== undefined) add(counts, `${previous} ${stem}`, weight);
    previous = stem;
    if (word.length < 2 || stopwords.has(word)) continue;
    content++;
    add(counts, stem, weight);
    if (marker) add(counts, `${marker}${stem}`);
  }
  return content;
}

function senderFeatures(features: Features, signals: MailSignals): void {
  const labels = signals.domain.split(".").filter((l) => l.length > 0);
  if (labels.length > 0) {
    features.set(`@tld:${labels[labels.length - 1] ?? ""}`, 1);
    features.set(`@d:${labels.slice(-2).join(".")}`, 1);
  }
  for (const word of signals.senderWords) {
    if (word.length > 1 && !hasDigit(word)) features.set(`n:${word}`, 1);
  }
}

export function mailFeatures(
  signals: MailSignals,
  lang: string,
  bodyReadable: boolean,
  findingKinds: ReadonlySet<FindingKind> = new Set(),
): Features {
  const counts: Features = new Map();
  const stemLang = (LEXICON_LANGS as readonly string[]).includes(lang) ? (lang as LexiconLang) : "da";
  const words =
    signals.words.length > MAX_FEATURE_WORDS ? signals.words.slice(0, MAX_FEATURE_WORDS) : signals.words;
  const subjectCount = Math.min(signals.subjectWords.length, words.length);
  const content =
    addWords(counts, words.slice(0, subjectCount), stemLang, SUBJECT_WEIGHT, "s:") +
    addWords(counts, words.slice(subjectCount), stemLang, 1, "");
  const firstPerson = words.some((w) => FIRST_PERSON.has(w));

  const features: Features = new Map();
  for (const [stem, count] of counts) features.set(stem, 1 + Math.log(count));
  const flags: [boolean, string][] = [
    [signals.machine.length > 0, "#machine"],
    [signals.aktindsigt.length > 0, "#aktindsigt"],
    [signals.klage.length > 0, "#klage"],
    [signals.booking.length > 0, "#booking"],
    [signals.caseNumber.length > 0, "#case-number"],
    [signals.generalQuestion.length > 0, "#general-question"],
    [signals.nothingToAnswer.length > 0, "#nothing-to-answer"],
    [signals.spam.length > 0, "#spam"],
    [signals.selfService.length > 0, "#self-service"],
    [signals.selfService.length > 0 && signals.question, "#self-service-question"],
    [signals.booking.length > 0 && signals.question, "#booking-question"],
    [signals.cvr, "#cvr"],
    [signals.companyMarker !== undefined, "#company"],
    [signals.association !== undefined, "#association"],
    [signals.authorityName !== undefined, "#authority-name"],
    [signals.authorityDomain !== undefined, "#authority-domain"],
    [signals.freeMail !== undefined, "#free-mail"],
    [signals.internal !== undefined, "#internal"],
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
  for (const [on, name] of flags) if (on) features.set(name, 1);
  features.set(`#lang:${lang}`, 1);
  for (const kind of findingKinds) features.set(`#found:${kind}`, 1);
  for (const [topic, patterns] of signals.topicKeywords)
    features.set(`#kw:${topic satisfies Topic}`, Math.min(3, patterns.length));
  senderFeatures(features, signals);

  // One L2 norm over words and signals: a mail's evidence sums to the same length, long or short.
  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [name, value] of features) features.set(name, value / norm);
  return features;
}
