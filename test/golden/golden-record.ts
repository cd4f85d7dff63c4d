import { createHash } from "node:crypto";
import type { Finding } from "../../src/core/detect/finding";
import type { Decided, Triage } from "../../src/core/triage-types";

/**
 * What the golden test keeps of one triage: everything the engine decided, one JSON line for the mail and one per
 * finding, with confidences rounded to 6 decimals (so reordering a sum does not count as a change, any real change
 * does). Values found are kept only as a short hash: the snapshot must not be a list of CPR numbers.
 */
export interface GoldenMail {
  /** The mail line: texts' lengths, sensitivity, signature, classification, recommendation. */
  mail: string;
  /** One line per finding, in the engine's order. */
  findings: string[];
}

/** "now" for mails without a date; every corpus and generated mail has one, so deadlines never depend on the clock. */
export const GOLDEN_NOW = new Date("2026-01-05T09:00:00Z");

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const shortHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 10);

function decided<T>(d: Decided<T>): [T, number, string[]] {
  return [d.value, round(d.confidence), d.reasons];
}

function findingLine(name: string, f: Finding): string {
  return JSON.stringify({
    mail: name,
    kind: f.kind,
    where: f.where,
    at: [f.start, f.end],
    confidence: round(f.confidence),
    reasons: f.reasons,
    masked: f.masked,
    value: shortHash(f.value),
  });
}

export function goldenMail(name: string, triage: Triage): GoldenMail {
  const { analysis, classification, recommendation } = triage;
  const { text, signature } = analysis;
  const mail = JSON.stringify({
    mail: name,
    text: [text.subject.length, text.body.length, text.quoted.length, text.attachmentNames.length],
    sensitivity: analysis.sensitivity,
    bodyReadable: analysis.bodyReadable,
    signature: [signature.status, signature.signed, signature.encrypted, signature.reasons],
    personalDetails: analysis.personalDetails ?? null,
    handling: decided(classification.handling),
    flags: classification.flags.map(decided),
    topic: decided(classification.topic),
    sender: decided(classification.sender),
    lang: decided(classification.lang),
    recommendation: { ...recommendation, selfServiceLink: recommendation.selfServiceLink?.url ?? null },
  });
  return { mail, findings: analysis.findings.map((finding) => findingLine(name, finding)) };
}

/**
 * One line for a generated mail: its name, a hash of its full golden record, and a readable summary (handling,
 * topic, sender, sensitivity, finding kinds with counts) so a failure can say roughly how the mail changed.
 */
export function fuzzedLine(name: string, triage: Triage): string {
  const record = goldenMail(name, triage);
  const { classification, analysis } = triage;
  const kinds = new Map<string, number>();
  for (const finding of analysis.findings) kinds.set(finding.kind, (kinds.get(finding.kind) ?? 0) + 1);
  const summary = [
    `${classification.handling.value}/${classification.topic.value}/${classification.sender.value}`,
    analysis.sensitivity,
    [...kinds].map(([kind, n]) => (n === 1 ? kind : `${kind}×${n}`)).join(",") || "-",
  ].join(" ");
  return `${name} ${shortHash([record.mail, ...record.findings].join("\n"))} ${summary}`;
}
