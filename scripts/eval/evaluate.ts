import type { Triage } from "../../src/core/triage-types";
import {
  FINDING_KINDS,
  HANDLINGS,
  SENDERS,
  SENSITIVITIES,
  TOPICS,
  type FindingKind,
} from "../../src/core/taxonomy";
import type { LabelledMail } from "./labels";
import { Confusion, Tally } from "../../src/core/learn/metrics";

export interface Outcome {
  mail: LabelledMail;
  /** Undefined when the .eml could not be read (then `error` says why). */
  triage?: Triage;
  error?: string;
}

/** One thing the engine got wrong on one mail, for the tuning list; CPR values appear masked only. */
export interface Miss {
  file: string;
  what: string;
}

export interface Evaluation {
  mails: number;
  unreadable: Miss[];
  kinds: Map<FindingKind, Tally>;
  cpr: Tally;
  sensitivity: Confusion<(typeof SENSITIVITIES)[number]>;
  signed: Tally;
  encrypted: Tally;
  handling: Confusion<(typeof HANDLINGS)[number]>;
  topic: Confusion<(typeof TOPICS)[number]>;
  sender: Confusion<(typeof SENDERS)[number]>;
  lang: Confusion<string>;
  aktindsigt: Tally;
  klage: Tally;
  detectionMisses: Miss[];
  classificationMisses: Miss[];
}

export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-****`;
}

/**
 * Mail-level scores: a kind counts as predicted when any finding of it reaches the threshold; CPR numbers are
 * scored one by one against the labelled list.
 */
export function evaluate(outcomes: Outcome[], threshold: number): Evaluation {
  const result: Evaluation = {
    mails: outcomes.length,
    unreadable: [],
    kinds: new Map(FINDING_KINDS.map((kind) => [kind, new Tally()])),
    cpr: new Tally(),
    sensitivity: new Confusion(SENSITIVITIES),
    signed: new Tally(),
    encrypted: new Tally(),
    handling: new Confusion(HANDLINGS),
    topic: new Confusion(TOPICS),
    sender: new Confusion(SENDERS),
    lang: new Confusion(["da", "en", "de"]),
    aktindsigt: new Tally(),
    klage: new Tally(),
    detectionMisses: [],
    classificationMisses: [],
  };
  for (const outcome of outcomes) {
    const { label } = outcome.mail;
    const file = `${outcome.mail.set}/${label.file}`;
    if (outcome.triage === undefined) {
      result.unreadable.push({ file, what: outcome.error ?? "unreadable" });
      continue;
    }
    const { analysis, classification } = outcome.triage;
    const confident = analysis.findings.filter((finding) => finding.confidence >= threshold);
    const miss = (what: string): number => result.detectionMisses.push({ file, what });

    const foundKinds = new Set(confident.map((finding) => finding.kind));
    const labelledKinds = new Set(label.kinds);
    for (const [kind, tally] of result.kinds) {
      tally.add(foundKinds.has(kind), labelledKinds.has(kind));
      if (foundKinds.has(kind) && !labelledKinds.has(kind)) miss(`${kind}: found, not labelled`);
      if (!foundKinds.has(kind) && labelledKinds.has(kind)) miss(`${kind}: labelled, not found`);
    }

    const foundCpr = new Set(
      confident.filter((finding) => finding.kind === "cpr").map((finding) => finding.value),
    );
    const labelledCpr = new Set(label.cpr);
    result.cpr.addSets(foundCpr, labelledCpr);
    for (const value of foundCpr)
      if (!labelledCpr.has(value)) miss(`cpr ${maskCpr(value)}: found, not labelled`);
    for (const value of labelledCpr)
      if (!foundCpr.has(value)) miss(`cpr ${maskCpr(value)}: labelled, not found`);

    result.sensitivity.add(label.sensitivity, analysis.sensitivity);
    if (label.sensitivity !== analysis.sensitivity)
      miss(`sensitivity ${label.sensitivity} → ${analysis.sensitivity}`);
    result.signed.add(analysis.signature.signed, label.signed);
    result.encrypted.add(analysis.signature.encrypted, label.encrypted);
    if (analysis.signature.signed !== label.signed) miss(`signed: labelled ${label.signed}`);
    if (analysis.signature.encrypted !== label.encrypted) miss(`encrypted: labelled ${label.encrypted}`);

    const wrong = (what: string): number => result.classificationMisses.push({ file, what });
    result.handling.add(label.handling, classification.handling.value);
    result.topic.add(label.topic, classification.topic.value);
    result.sender.add(label.sender, classification.sender.value);
    result.lang.add(label.lang, classification.lang.value);
    if (label.handling !== classification.handling.value)
      wrong(`handling ${label.handling} → ${classification.handling.value}`);
    if (label.topic !== classification.topic.value)
      wrong(`topic ${label.topic} → ${classification.topic.value}`);
    if (label.sender !== classification.sender.value)
      wrong(`sender ${label.sender} → ${classification.sender.value}`);
    if (label.lang !== classification.lang.value) wrong(`lang ${label.lang} → ${classification.lang.value}`);
    const flags = new Set(classification.flags.map((flag) => flag.value));
    for (const flag of ["aktindsigt", "klage"] as const) {
      result[flag].add(flags.has(flag), label.flags.includes(flag));
      if (flags.has(flag) !== label.flags.includes(flag)) {
        wrong(`${flag}: ${flags.has(flag) ? "flagged, not labelled" : "labelled, not flagged"}`);
      }
    }
  }
  return result;
}
