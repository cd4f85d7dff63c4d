import type { Analysis } from "../analysis";
import type { Config } from "../config/schema";
import type { Mail } from "../mail";
import {
  FLAGS,
  HANDLINGS,
  NO_ANSWER_NEEDED,
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
import { checkModel, scoreHead, softmax, strongestWords, type ModelHead, type TextModel } from "./model";
import { readSignals, type MailSignals } from "./signals";

/** Log-odds a rule adds to the model's score: strong rules decide, supporting rules tip the balance. */
const STRONG_RULE = 8;
const SUPPORTING_RULE = 2.5;
const MAX_KEYWORD_HITS = 3;
/** Two different spam phrases make spam; one alone turns up in honest mail ("klik her"). */
const SPAM_PHRASES = 2;

function spamReason(signals: MailSignals): string | undefined {
  return signals.spam.length >= SPAM_PHRASES
    ? `rule.spam-words:${signals.spam.slice(0, 2).join(", ")}`
    : undefined;
}

/** What classification reads of the engine's analysis. */
export type ClassifiedText = Pick<Analysis, "text" | "bodyReadable" | "findings">;

/** One rule's push towards a label, with the reason the label carries when it wins (handling lists its own). */
export interface RuleBoost {
  label: string;
  amount: number;
  reason?: string;
}

/** The rules' pushes per head. Training adds the same pushes, so the model learns what the rules leave open. */
export interface RuleBoosts {
  handling: RuleBoost[];
  topic: RuleBoost[];
  sender: RuleBoost[];
}

const round = (p: number): number => Math.round(p * 100) / 100;

function handlingBoosts(signals: MailSignals): RuleBoost[] {
  const boosts: RuleBoost[] = [];
  if (signals.machine.length > 0) boosts.push({ label: NO_ANSWER_NEEDED, amount: STRONG_RULE });
  if (spamReason(signals)) boosts.push({ label: NO_ANSWER_NEEDED, amount: STRONG_RULE });
  // Asking for a call or a meeting is what makes a booking, whatever else the mail is about.
  if (signals.booking.length > 0) boosts.push({ label: "booking", amount: SUPPORTING_RULE });
  // Something a self-service solution does leans towards a referral; the model weighs it against the rest.
  if (signals.selfService.length > 0) boosts.push({ label: "selvbetjening", amount: SUPPORTING_RULE / 2 });
  // A request for access to documents or a complaint is a case (the labelling convention, and what the policy does).
  if (signals.aktindsigt.length > 0) boosts.push({ label: "sag", amount: STRONG_RULE / 2 });
  if (signals.klage.length > 0) boosts.push({ label: "sag", amount: SUPPORTING_RULE });
  // "Tak for svaret", "det lykkedes" with no question in it needs no answer.
  if (signals.nothingToAnswer.length > 0 && !signals.question) {
    // A colleague's "til orientering" is an internal notice: nothing for the shared mailbox to answer.
    boosts.push({
      label: NO_ANSWER_NEEDED,
      amount: signals.colleague ? 2 * SUPPORTING_RULE : SUPPORTING_RULE,
    });
  }
  return boosts;
}

function topicBoosts(signals: MailSignals, config: Config): RuleBoost[] {
  // A keyword in the subject counts as two: the subject names what the mail is about, the body may wander.
  return [...signals.topicKeywords].map(([topic, patterns]) => ({
    label: topic,
    amount:
      config.thresholds.topicKeywordWeight *
      Math.min(MAX_KEYWORD_HITS, patterns.length + (signals.subjectTopics.has(topic) ? 1 : 0)),
    reason: `topic.keywords:${patterns.slice(0, 3).join(", ")}`,
  }));
}

function senderBoosts(signals: MailSignals): RuleBoost[] {
  const boosts: RuleBoost[] = [];
  const push = (label: Sender, amount: number, reason: string) => boosts.push({ label, amount, reason });
  if (signals.machine.length > 0) push("maskine", STRONG_RULE, signals.machine[0] ?? "");
  const spam = spamReason(signals);
  if (spam) push("maskine", STRONG_RULE, spam);
  if (signals.authorityDomain) {
    push("myndighed", STRONG_RULE, `sender.authority-domain:${signals.authorityDomain}`);
  }
  // A person at the municipality's own domain is a colleague; the model may still see an automated notice there.
  if (signals.colleague) push("myndighed", 2 * SUPPORTING_RULE, `sender.colleague:${signals.internal ?? ""}`);
  if (signals.companyMarker)
    push("virksomhed", SUPPORTING_RULE, `sender.company-marker:${signals.companyMarker}`);
  if (signals.cvr) push("virksomhed", SUPPORTING_RULE, "sender.cvr");
  // A club writing from a private address is still the club: its name in the From line outweighs the free mail.
  if (signals.association) {
    const amount = signals.associationInName ? 2 * SUPPORTING_RULE : SUPPORTING_RULE;
    push("forening", amount, `sender.association:${signals.association}`);
  }
  if (signals.authorityName && !signals.freeMail) {
    push("myndighed", SUPPORTING_RULE, `sender.authority-name:${signals.authorityName}`);
  }
  if (signals.freeMail) push("borger", SUPPORTING_RULE / 2, `sender.free-mail:${signals.freeMail}`);
  return boosts;
}

export function ruleBoosts(signals: MailSignals, config: Config): RuleBoosts {
  return {
    handling: handlingBoosts(signals),
    topic: topicBoosts(signals, config),
    sender: senderBoosts(signals),
  };
}

/** Per label of the head, the model's score and the rules' pushes, apart: the calibration weighs them apart. */
export function headScores(
  head: ModelHead,
  features: Features,
  boosts: readonly RuleBoost[],
): { model: number[]; rules: number[] } {
  const rules = new Array<number>(head.labels.length).fill(0);
  for (const boost of boosts) {
    const index = head.labels.indexOf(boost.label);
    if (index >= 0) rules[index] = (rules[index] ?? 0) + boost.amount;
  }
  return { model: scoreHead(head, features), rules };
}

/** The calibrated log-odds per label of the head: the decision is their softmax. */
export function calibratedScores(
  head: ModelHead,
  features: Features,
  boosts: readonly RuleBoost[],
): number[] {
  const { model, rules } = headScores(head, features, boosts);
  const { calibration } = head;
  return model.map(
    (score, i) =>
      calibration.model * score + calibration.rules * (rules[i] ?? 0) + (calibration.shift[i] ?? 0),
  );
}

/** The two likeliest labels, likeliest first (the first of equals wins, as in the decision). */
function twoLikeliest(probabilities: readonly number[]): [number, number] {
  let best = 0;
  let second = -1;
  probabilities.forEach((p, i) => {
    if (i === best) return;
    if (p > (probabilities[best] ?? 0)) [second, best] = [best, i];
    else if (second < 0 || p > (probabilities[second] ?? 0)) second = i;
  });
  return [best, second];
}

function decide<T extends string>(
  head: ModelHead,
  features: Features,
  boosts: readonly RuleBoost[],
  known: readonly T[],
  unsureBelow: number,
  extraReasons: (label: T) => string[] = () => [],
): Decided<T> {
  const probabilities = softmax(calibratedScores(head, features, boosts));
  const [best, second] = twoLikeliest(probabilities);
  const label = head.labels[best] as T;
  if (!known.includes(label)) throw new Error(`The text model knows no label "${label}"`);
  const confidence = round(probabilities[best] ?? 0);
  // Judged on the confidence as shown, so a field at "0.50" is never called unsure under a threshold of 0.5.
  const unsure = confidence < unsureBelow && second >= 0;
  const choices = unsure
    ? [best, second].map((i) => ({ value: head.labels[i] as T, confidence: round(probabilities[i] ?? 0) }))
    : undefined;
  const words = strongestWords(head, features, label);
  const ruleReasons = boosts.filter((b) => b.label === label && b.reason).map((b) => b.reason ?? "");
  return {
    value: label,
    confidence,
    reasons: [
      ...new Set([...ruleReasons, ...extraReasons(label)]),
      ...(words.length > 0 ? [`model.words:${words.join(", ")}`] : []),
    ],
    ...(choices ? { choices } : {}),
  };
}

function handlingReasons(signals: MailSignals): (label: Handling) => string[] {
  return (label) => {
    if (label === "booking") return signals.booking.map((p) => `handling.booking-words:${p}`);
    if (label === "sag") return signals.caseNumber.slice(0, 1).map((p) => `handling.case-number:${p}`);
    if (label === "selvbetjening")
      return signals.selfService.slice(0, 2).map((p) => `handling.self-service-words:${p}`);
    if (label === "generel")
      return signals.generalQuestion.slice(0, 2).map((p) => `handling.question-words:${p}`);
    if (label === NO_ANSWER_NEEDED && signals.machine.length > 0) return signals.machine;
    const spam = spamReason(signals);
    if (label === NO_ANSWER_NEEDED && spam) return [spam];
    if (label === NO_ANSWER_NEEDED)
      return signals.nothingToAnswer.slice(0, 1).map((p) => `handling.nothing-to-answer:${p}`);
    return [];
  };
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
  analysis: ClassifiedText,
  config: Config,
): { signals: MailSignals; lang: Decided<string>; features: Features; boosts: RuleBoosts } {
  const signals = readSignals(mail, analysis.text, config, STOPWORDS);
  const lang = detectLanguage(signals.words);
  const kinds = new Set(
    analysis.findings.filter((f) => f.where !== "quoted" || signals.usedQuoted).map((f) => f.kind),
  );
  return {
    signals,
    lang,
    features: mailFeatures(signals, lang.value, analysis.bodyReadable, kinds),
    boosts: ruleBoosts(signals, config),
  };
}

/**
 * Handling, flags, topic, sender and language of a mail. Strong signals decide by rule (automated mail by its
 * headers, authorities by their domains); the rest is the trained text model, with configured keywords and sender
 * lists weighing in. Every decision carries its reasons.
 */
export function classify(
  mail: Mail,
  analysis: ClassifiedText,
  config: Config,
  model: TextModel,
): Classification {
  checkModel(model);
  const { signals, lang, features, boosts } = classificationInput(mail, analysis, config);
  const context: string[] = [
    ...(signals.usedQuoted ? ["classify.quoted-read"] : []),
    ...(analysis.bodyReadable ? [] : ["classify.unreadable"]),
  ];
  const { heads } = model;
  const { unsureBelow } = config.thresholds;
  const handling = decide(
    heads.handling,
    features,
    boosts.handling,
    HANDLINGS,
    unsureBelow,
    handlingReasons(signals),
  );
  const topic: Decided<Topic> = decide(heads.topic, features, boosts.topic, TOPICS, unsureBelow);
  return {
    handling: { ...handling, reasons: [...handling.reasons, ...context] },
    flags: flagsOf(signals),
    topic,
    sender: decide(heads.sender, features, boosts.sender, SENDERS, unsureBelow),
    lang,
  };
}
