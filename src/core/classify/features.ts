import type { Topic } from "../taxonomy";
import { STOPWORDS } from "./language";
import type { MailSignals } from "./signals";
import { foldedStem } from "../detect/lexicon/stem";
import { LEXICON_LANGS, type LexiconLang } from "../detect/lexicon/types";
import { hasDigit } from "./tokens";
import { foldText } from "../detect/lexicon/fold";

/** Sparse features of one mail: stems and "#signal" names, L2-normalised. Training and inference share this. */
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
const MAX_FEATURE_WORDS = 3_000;

function add(features: Features, name: string, amount = 1): void {
  features.set(name, (features.get(name) ?? 0) + amount);
}

export function mailFeatures(signals: MailSignals, lang: string, bodyReadable: boolean): Features {
  const counts: Features = new Map();
  const subjectCount = signals.subjectWords.length;
  const stemLang = (LEXICON_LANGS as readonly string[]).includes(lang) ? (lang as LexiconLang) : "da";
  let content = 0;
  let firstPerson = false;
  const words =
    signals.words.length > MAX_FEATURE_WORDS ? signals.words.slice(0, MAX_FEATURE_WORDS) : signals.words;
  words.forEach((word, i) => {
    if (FIRST_PERSON.has(word)) firstPerson = true;
    if (word.length < 2 || hasDigit(word) || stopwords.has(word)) return;
    content++;
    add(counts, foldedStem(word, stemLang), i < subjectCount ? SUBJECT_WEIGHT : 1);
  });

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
    [signals.selfService.length > 0, "#self-service"],
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
  for (const [topic, patterns] of signals.topicKeywords)
    features.set(`#kw:${topic satisfies Topic}`, Math.min(3, patterns.length));

  // One L2 norm over words and signals: a mail's evidence sums to the same length, long or short.
  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [name, value] of features) features.set(name, value / norm);
  return features;
}
