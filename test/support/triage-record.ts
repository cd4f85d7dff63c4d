import type { TriageRecord } from "../../src/core/record";

/** A valid triage record with nothing found; a test names only the fields it is about. */
export function aTriageRecord(fields: Partial<TriageRecord> = {}): TriageRecord {
  return {
    v: 1,
    handling: "sag",
    flags: [],
    topic: "borgerservice",
    sender: "borger",
    lang: "da",
    sensitivity: "ingen",
    kinds: {},
    signature: "unknown",
    channel: "ingen",
    journalise: false,
    versions: { engine: "1", model: "m", config: "c" },
    at: "2026-03-01T12:00:00.000Z",
    ...fields,
  };
}
