import type { Finding } from "../core/detect/finding";
import type { AttachmentInfo } from "../core/mail";
import { CLASSIFIED_FIELDS, unsureFields, type ClassifiedField, type Triage } from "../core/triage-types";
import { maskCprInPath, scrubDigits } from "./scrub";

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
  findings: FindingRecord[];
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

export function mailRecord(
  file: string,
  triage: Triage,
  attachments: AttachmentInfo[],
  elapsedMs: number,
  reveal: boolean,
): MailRecord {
  const shown = (name: string): string => (reveal ? name : maskCprInPath(name));
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
    findings: analysis.findings.map((finding) => findingRecord(finding, reveal, shown)),
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
    reasons: finding.reasons,
  };
  if (reveal) record.value = finding.value;
  if (finding.attachment !== undefined) record.attachment = shown(finding.attachment);
  if (finding.page !== undefined) record.page = finding.page;
  return record;
}

export function failedRecord(file: string, error: string): FailedRecord {
  return { file, ok: false, error: scrubDigits(error) };
}
