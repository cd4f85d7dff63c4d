import type { Finding } from "../core/detect/finding";
import type { Triage } from "../core/triage-types";
import { scrubDigits } from "./scrub";

/** The --json line for one mail, in the shape issue 3 promises; `value` only when the user asked to reveal. */
export interface MailRecord {
  file: string;
  ok: true;
  handling: string;
  flags: string[];
  topic: string;
  sender: string;
  lang: string;
  sensitivity: string;
  findings: FindingRecord[];
  signed: boolean;
  encrypted: boolean;
  /** template is null when there is nothing to answer (channel "ingen"): the key stays, so every line has one shape. */
  recommendation: { channel: string; template: string | null; warnings: string[] };
  elapsed_ms: number;
}

export interface FindingRecord {
  kind: string;
  where: string;
  start: number;
  end: number;
  confidence: number;
  masked: string;
  value?: string;
  reasons: string[];
}

export interface FailedRecord {
  file: string;
  ok: false;
  error: string;
}

export type ClassifyRecord = MailRecord | FailedRecord;

export function mailRecord(file: string, triage: Triage, elapsedMs: number, reveal: boolean): MailRecord {
  const { analysis, classification, recommendation } = triage;
  return {
    file,
    ok: true,
    handling: classification.handling.value,
    flags: classification.flags.map((flag) => flag.value),
    topic: classification.topic.value,
    sender: classification.sender.value,
    lang: classification.lang.value,
    sensitivity: analysis.sensitivity,
    findings: analysis.findings.map((finding) => findingRecord(finding, reveal)),
    signed: analysis.signature.signed,
    encrypted: analysis.signature.encrypted,
    recommendation: {
      channel: recommendation.channel,
      template: recommendation.template ?? null,
      warnings: recommendation.warnings,
    },
    elapsed_ms: Math.round(elapsedMs * 100) / 100,
  };
}

function findingRecord(finding: Finding, reveal: boolean): FindingRecord {
  const record: FindingRecord = {
    kind: finding.kind,
    where: finding.where,
    start: finding.start,
    end: finding.end,
    confidence: finding.confidence,
    masked: finding.masked,
    reasons: finding.reasons,
  };
  if (reveal) record.value = finding.value;
  return record;
}

export function failedRecord(file: string, error: string): FailedRecord {
  return { file, ok: false, error: scrubDigits(error) };
}
