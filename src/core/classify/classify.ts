import type { MailText } from "../analysis";
import type { Config } from "../config/schema";
import type { Mail } from "../mail";
import {
  FLAGS,
  HANDLINGS,
  SENDERS,
  TOPICS,
  type Flag,
  type Handling,
  type Sender,
  type Topic,
} from "../taxonomy";
import type { Classification, Decided } from "../triage-types";
import { mailFeatures, type Features } from "./features";
import { detectLanguage, STOPWORDS } from "./language";
import { scoreHead, softmax, strongestWords, type HeadScores, type ModelHead, type TextModel } from "./model";
import { readSignals, type MailSignals } from "./signals";

/** Log-odds a rule adds to the model's score: strong rules decide, supporting rules tip the balance. */
const STRONG_RULE = 8;
const SUPPORTING_RULE = 2.5;
const MAX_KEYWORD_HITS = 3;

const round = (p: number): number => Math.round(p * 100) / 100;

function decide<T extends string>(
  head: ModelHead,
  features: Features,
  scores: HeadScores,
  known: readonly T[],
  reasonsFor: (label: T) => string[],
): Decided<T> {
  const probabilities = softmax(scores.scores);
  let best = 0;
  probabilities.forEach((p, i) => {
    if (p > (probabilities[best] ?? 0)) best = i;
  });
  const label = scores.labels[best] as T;
  if (!known.includes(label)) throw new Error(`The text model knows no label "${label}"`);
  const words = strongestWords(head, features, label);
  return {
    value: label,
    confidence: round(probabilities[best] ?? 0),
    reasons: [...reasonsFor(label), ...(words.length > 0 ? [`model.words:${words.join(", ")}`] : [])],
  };
}

function boost(scores: HeadScores, label: string, amount: number): void {
  const index = scores.labels.indexOf(label);
  if (index >= 0) scores.scores[index] = (scores.scores[index] ?? 0) + amount;
}

function handlingOf(model: TextModel, features: Features, signals: MailSignals): Decided<Handling> {
  const head = model.heads.handling;
  const scores = scoreHead(head, features);
  if (signals.machine.length > 0) boost(scores, "ingen", STRONG_RULE);
  // Asking for a call or a meeting is what makes a booking, whatever else the mail is about.
  if (signals.booking.length > 0) boost(scores, "booking", SUPPORTING_RULE);
  return decide(head, features, scores, HANDLINGS, (label) => {
    if (signals.machine.length > 0 && label === "ingen") return signals.machine;
    if (label === "booking") return signals.booking.map((p) => `handling.booking-words:${p}`);
    if (label === "sag") return signals.caseNumber.slice(0, 1).map((p) => `handling.case-number:${p}`);
    if (label === "selvbetjening")
      return signals.selfService.slice(0, 2).map((p) => `handling.self-service-words:${p}`);
    if (label === "generel")
      return signals.generalQuestion.slice(0, 2).map((p) => `handling.question-words:${p}`);
    if (label === "ingen")
      return signals.nothingToAnswer.slice(0, 1).map((p) => `handling.nothing-to-answer:${p}`);
    return [];
  });
}

function topicOf(model: TextModel, features: Features, signals: MailSignals, config: Config): Decided<Topic> {
  const head = model.heads.topic;
  const scores = scoreHead(head, features);
  for (const [topic, patterns] of signals.topicKeywords) {
    boost(scores, topic, config.thresholds.topicKeywordWeight * Math.min(MAX_KEYWORD_HITS, patterns.length));
  }
  return decide(head, features, scores, TOPICS, (label) => {
    const patterns = signals.topicKeywords.get(label);
    return patterns ? [`topic.keywords:${patterns.slice(0, 3).join(", ")}`] : [];
  });
}

function senderRules(signals: MailSignals): [Sender, number, string][] {
  const rules: [Sender, number, string][] = [];
  if (signals.machine.length > 0) rules.push(["maskine", STRONG_RULE, signals.machine[0] ?? ""]);
  if (signals.authorityDomain) {
    rules.push(["myndighed", STRONG_RULE, `sender.authority-domain:${signals.authorityDomain}`]);
  }
  if (signals.companyMarker) {
    rules.push(["virksomhed", SUPPORTING_RULE, `sender.company-marker:${signals.companyMarker}`]);
  }
  if (signals.cvr) rules.push(["virksomhed", SUPPORTING_RULE, "sender.cvr"]);
  if (signals.association)
    rules.push(["forening", SUPPORTING_RULE, `sender.association:${signals.association}`]);
  if (signals.authorityName && !signals.freeMail) {
    rules.push(["myndighed", SUPPORTING_RULE, `sender.authority-name:${signals.authorityName}`]);
  }
  if (signals.freeMail) rules.push(["borger", SUPPORTING_RULE / 2, `sender.free-mail:${signals.freeMail}`]);
  return rules;
}

function senderOf(model: TextModel, features: Features, signals: MailSignals): Decided<Sender> {
  const head = model.heads.sender;
  const scores = scoreHead(head, features);
  const rules = senderRules(signals);
  for (const [label, amount] of rules) boost(scores, label, amount);
  return decide(head, features, scores, SENDERS, (label) =>
    rules.filter(([l]) => l === label).map(([, , reason]) => reason),
  );
}

function flagsOf(signals: MailSignals): Decided<Flag>[] {
  const found: Record<Flag, string[]> = { aktindsigt: signals.aktindsigt, klage: signals.klage };
  const confidence: Record<Flag, number> = { aktindsigt: 0.95, klage: 0.85 };
  return FLAGS.filter((flag) => found[flag].length > 0).map((flag) => ({
    value: flag,
    confidence: confidence[flag],
    reasons: found[flag].slice(0, 3).map((p) => `flag.words:${p}`),
  }));
}

/** What the model reads of a mail; the training script calls this too, so both see the same features. */
export function classificationInput(
  mail: Mail,
  text: MailText,
  bodyReadable: boolean,
  config: Config,
): { signals: MailSignals; lang: Decided<string>; features: Features } {
  const signals = readSignals(mail, text, config, STOPWORDS);
  const lang = detectLanguage(signals.words);
  return { signals, lang, features: mailFeatures(signals, lang.value, bodyReadable) };
}

/**
 * Handling, flags, topic, sender and language of a mail. Strong signals decide by rule (automated mail by its
 * headers, authorities by their domains); the rest is the trained text model, with configured keywords and sender
 * lists weighing in. Every decision carries its reasons.
 */
export function classify(
  mail: Mail,
  text: MailText,
  bodyReadable: boolean,
  config: Config,
  model: TextModel,
): Classification {
  const { signals, lang, features } = classificationInput(mail, text, bodyReadable, config);
  const context: string[] = [
    ...(signals.usedQuoted ? ["classify.quoted-read"] : []),
    ...(bodyReadable ? [] : ["classify.unreadable"]),
  ];
  const handling = handlingOf(model, features, signals);
  return {
    handling: { ...handling, reasons: [...handling.reasons, ...context] },
    flags: flagsOf(signals),
    topic: topicOf(model, features, signals, config),
    sender: senderOf(model, features, signals),
    lang,
  };
}
