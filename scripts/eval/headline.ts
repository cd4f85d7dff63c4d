import { HANDLINGS, SENDERS, TOPICS, type Flag } from "../../src/core/taxonomy";
import { CLASSIFIED_FIELDS, type Classification } from "../../src/core/triage-types";
import { chanceCalibrationError, expectedCalibrationError } from "./calibration";
import { Confusion, Tally } from "../../src/core/learn/metrics";
import type { TargetCheck } from "./print";

/** A mail's labels beside what the engine said about it. */
export interface Judged {
  labels: { handling: string; topic: string; sender: string; flags: readonly string[] };
  classification: Classification;
}

/** The figures issue 10's targets name, for one group of mails. */
export interface Headline {
  mails: number;
  handlingMacroF1: number;
  /** Of the mails labelled selvbetjening, the share the engine called selvbetjening. */
  selvbetjeningRecall: number;
  topicAccuracy: number;
  senderAccuracy: number;
  aktindsigtRecall: number;
  /** Expected calibration error (10 bins) of the confidence each head gives its choice. */
  ece: { handling: number; topic: number; sender: number };
  /** The ECE a perfectly calibrated head would score with the same confidences on a group this size. */
  eceChance: { handling: number; topic: number; sender: number };
}

export const HEADLINE_FIGURES = [
  "handlingMacroF1",
  "selvbetjeningRecall",
  "topicAccuracy",
  "senderAccuracy",
  "aktindsigtRecall",
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** Recall of one class in a confusion table: 1 when the class never occurs in the labels. */
export function classRecall<T extends string>(confusion: Confusion<T>, cls: T): number {
  const labelled = confusion.classes.reduce((sum, predicted) => sum + confusion.count(cls, predicted), 0);
  return labelled === 0 ? 1 : confusion.count(cls, cls) / labelled;
}

const hasFlag = (c: Classification, flag: Flag): boolean => c.flags.some((d) => d.value === flag);

export function headline(judged: readonly Judged[]): Headline {
  const handling = new Confusion<string>(HANDLINGS);
  const topic = new Confusion<string>(TOPICS);
  const sender = new Confusion<string>(SENDERS);
  const aktindsigt = new Tally();
  for (const { labels, classification: c } of judged) {
    handling.add(labels.handling, c.handling.value);
    topic.add(labels.topic, c.topic.value);
    sender.add(labels.sender, c.sender.value);
    aktindsigt.add(hasFlag(c, "aktindsigt"), labels.flags.includes("aktindsigt"));
  }
  const ece = (head: "handling" | "topic" | "sender"): number =>
    expectedCalibrationError(
      judged.map(({ labels, classification }) => ({
        confidence: classification[head].confidence,
        correct: classification[head].value === labels[head],
      })),
    );
  const eceChance = (head: "handling" | "topic" | "sender"): number =>
    chanceCalibrationError(judged.map(({ classification }) => classification[head].confidence));
  return {
    mails: judged.length,
    handlingMacroF1: handling.macroF1,
    selvbetjeningRecall: classRecall(handling, "selvbetjening"),
    topicAccuracy: topic.accuracy,
    senderAccuracy: sender.accuracy,
    aktindsigtRecall: aktindsigt.recall,
    ece: { handling: ece("handling"), topic: ece("topic"), sender: ece("sender") },
    eceChance: { handling: eceChance("handling"), topic: eceChance("topic"), sender: eceChance("sender") },
  };
}

/** The plain mean of several groups' figures: each left-out set counts once, whatever its size. */
export function meanHeadline(headlines: readonly Headline[]): Headline {
  const mean = (pick: (h: Headline) => number): number =>
    headlines.length === 0 ? 0 : headlines.reduce((sum, h) => sum + pick(h), 0) / headlines.length;
  return {
    mails: headlines.reduce((sum, h) => sum + h.mails, 0),
    handlingMacroF1: mean((h) => h.handlingMacroF1),
    selvbetjeningRecall: mean((h) => h.selvbetjeningRecall),
    topicAccuracy: mean((h) => h.topicAccuracy),
    senderAccuracy: mean((h) => h.senderAccuracy),
    aktindsigtRecall: mean((h) => h.aktindsigtRecall),
    ece: {
      handling: mean((h) => h.ece.handling),
      topic: mean((h) => h.ece.topic),
      sender: mean((h) => h.ece.sender),
    },
    eceChance: {
      handling: mean((h) => h.eceChance.handling),
      topic: mean((h) => h.eceChance.topic),
      sender: mean((h) => h.eceChance.sender),
    },
  };
}

/** Issue 10's calibration target for each head's ECE in one group of mails ("held-out", "LOBO mean"). */
export function eceTargets(headline: Headline, group: string): TargetCheck[] {
  return CLASSIFIED_FIELDS.map((head) => ({
    name: `${head} ECE (${group})`,
    figure: headline.ece[head],
    target: 0.05,
    atMost: true,
  }));
}
