import { concealMatchedWords } from "../core/conceal-reasons";
import type { Finding } from "../core/detect/finding";
import type { AttachmentInfo } from "../core/mail";
import { maskCprInText } from "../core/privacy/mask-cpr-in-text";
import { CLASSIFIED_FIELDS, unsureFields, type ClassifiedField, type Triage } from "../core/triage-types";
import { scrubDigits } from "./scrub";

/**
 * The --json line for one mail: file, the decisions with confidence and reasons, and each finding (kind, place,
 * offsets, masked value); a stable shape that scripts read. `value` only when the user asked to reveal.
 */
export interface MailRecord {
  file: string;
  ok: true;
  handling: string;
  flags: string[];
  topic: string;
  sender: string;
  lang: string;
  /** Calibrated probability of the handling, topic and sender given above. */
  confidence: Record<ClassifiedField, number>;
  /** The fields below the configuration's `thresholds.unsureBelow`: staff should choose them. */
  unsure: ClassifiedField[];
  sensitivity: string;
  /** The first FINDINGS_SHOWN findings, in the engine's order. */
  findings: FindingRecord[];
  /** How many findings there are beyond those listed (0 for nearly every mail). */
  findings_not_shown: number;
  signed: boolean;
  encrypted: boolean;
  /** template is null when there is nothing to answer (channel "ingen"): the key stays, so every line has one shape. */
  recommendation: { channel: string; template: string | null; warnings: string[] };
  /** Every attachment, read or not; names masked like file paths unless revealed. */
  attachments: AttachmentRecord[];
  elapsed_ms: number;
}

export interface AttachmentRecord {
  name: string;
  contentType: string;
  size: number;
  read: boolean;
  /** Why it was not read: image, encrypted, too-large, unsupported, damaged, limit. */
  reason?: string;
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
  /** Where `where` is "attachment": its name, masked unless revealed, and the page where the format has pages. */
  attachment?: string;
  page?: number;
}

export interface FailedRecord {
  file: string;
  ok: false;
  error: string;
}

export type ClassifyRecord = MailRecord | FailedRecord;

/**
 * A mail can hold millions of CPR numbers; one line for it must still be a line a tool can read (a 49 MB mail once
 * ended the batch in "Invalid string length"). Past this many the line says how many more there are.
 */
export const FINDINGS_SHOWN = 1_000;

export function mailRecord(
  file: string,
  triage: Triage,
  attachments: AttachmentInfo[],
  elapsedMs: number,
  reveal: boolean,
): MailRecord {
  const shown = (name: string): string => (reveal ? name : maskCprInText(name));
  const { analysis, classification, recommendation } = triage;
  return {
    file,
    ok: true,
    handling: classification.handling.value,
    flags: classification.flags.map((flag) => flag.value),
    topic: classification.topic.value,
    sender: classification.sender.value,
    lang: classification.lang.value,
    confidence: Object.fromEntries(
      CLASSIFIED_FIELDS.map((field) => [field, classification[field].confidence]),
    ) as Record<ClassifiedField, number>,
    unsure: unsureFields(classification),
    sensitivity: analysis.sensitivity,
    findings: analysis.findings
      .slice(0, FINDINGS_SHOWN)
      .map((finding) => findingRecord(finding, reveal, shown)),
    findings_not_shown:
      Math.max(0, analysis.findings.length - FINDINGS_SHOWN) +
      Object.values(analysis.findingsNotKept ?? {}).reduce((sum, count) => sum + count, 0),
    signed: analysis.signature.signed,
    encrypted: analysis.signature.encrypted,
    recommendation: {
      channel: recommendation.channel,
      template: recommendation.template ?? null,
      warnings: recommendation.warnings,
    },
    attachments: attachments.map((attachment) => attachmentRecord(attachment, shown)),
    elapsed_ms: Math.round(elapsedMs * 100) / 100,
  };
}

function attachmentRecord(attachment: AttachmentInfo, shown: (name: string) => string): AttachmentRecord {
  const record: AttachmentRecord = {
    name: shown(attachment.name),
    contentType: attachment.contentType ?? "application/octet-stream",
    size: attachment.size ?? 0,
    read: attachment.content?.read ?? false,
  };
  if (attachment.content?.read === false) record.reason = attachment.content.reason;
  return record;
}

function findingRecord(finding: Finding, reveal: boolean, shown: (name: string) => string): FindingRecord {
  const record: FindingRecord = {
    kind: finding.kind,
    where: finding.where,
    start: finding.start,
    end: finding.end,
    confidence: finding.confidence,
    masked: finding.masked,
    // Without --reveal a reason names its rule, never the words it matched ("lexicon.term", not "…:hiv").
    reasons: reveal ? finding.reasons : finding.reasons.map(concealMatchedWords),
  };
  if (reveal) record.value = finding.value;
  if (finding.attachment !== undefined) record.attachment = shown(finding.attachment);
  if (finding.page !== undefined) record.page = finding.page;
  return record;
}

export function failedRecord(file: string, error: string): FailedRecord {
  return { file, ok: false, error: scrubDigits(error) };
}
