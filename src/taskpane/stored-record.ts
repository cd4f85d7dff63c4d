import { FLAGS, HANDLINGS, SENDERS, TOPICS } from "../core/taxonomy";
import type { Correction } from "./engine/pane-triage";

/** What the pane needs from a triage record stored on the item earlier: when, and what staff corrected. */
export interface StoredTriage {
  /** When the record was stored (ISO 8601). */
  at?: string;
  correction?: Correction;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/**
 * Reads the parts of a stored record the pane acts on. The record is validated in full where it is counted (the
 * statistics); here a damaged one only means the pane shows the engine's own verdict.
 */
export function readStoredTriage(json: string): StoredTriage | undefined {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null) return undefined;
  const { at, corrected, handling, topic, sender, flags } = record as Record<string, unknown>;
  const stored: StoredTriage = typeof at === "string" ? { at } : {};
  if (!Array.isArray(corrected)) return stored;
  const correction: Correction = {};
  const pickedHandling = corrected.includes("handling") ? oneOf(HANDLINGS, handling) : undefined;
  const pickedTopic = corrected.includes("topic") ? oneOf(TOPICS, topic) : undefined;
  const pickedSender = corrected.includes("sender") ? oneOf(SENDERS, sender) : undefined;
  if (pickedHandling) correction.handling = pickedHandling;
  if (pickedTopic) correction.topic = pickedTopic;
  if (pickedSender) correction.sender = pickedSender;
  if (corrected.includes("flags") && Array.isArray(flags)) {
    correction.flags = FLAGS.filter((flag) => flags.includes(flag));
  }
  return Object.keys(correction).length > 0 ? { ...stored, correction } : stored;
}
