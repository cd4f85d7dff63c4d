import type { TriageRecord } from "./record";
import type { FindingKind } from "./taxonomy";
import type { Triage } from "./triage-types";

/** The compact triage record (src/core/record.ts) of one triage: its decisions and counts, never content. */
export function triageRecord(triage: Triage, at: Date): TriageRecord {
  const { analysis, classification, recommendation } = triage;
  const kinds: Partial<Record<FindingKind, number>> = {};
  for (const finding of analysis.findings) kinds[finding.kind] = (kinds[finding.kind] ?? 0) + 1;
  for (const [kind, count] of Object.entries(analysis.findingsNotKept ?? {}) as [FindingKind, number][]) {
    kinds[kind] = (kinds[kind] ?? 0) + count;
  }
  return {
    v: 1,
    handling: classification.handling.value,
    flags: classification.flags.map((f) => f.value),
    topic: classification.topic.value,
    sender: classification.sender.value,
    lang: classification.lang.value,
    sensitivity: analysis.sensitivity,
    kinds,
    signature: analysis.signature.status,
    channel: recommendation.channel,
    journalise: recommendation.journalise,
    ...(recommendation.aktindsigtDeadline ? { deadline: recommendation.aktindsigtDeadline } : {}),
    versions: triage.versions,
    at: at.toISOString(),
  };
}
