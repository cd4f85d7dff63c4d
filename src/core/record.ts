import { z } from "zod";
import { FINDING_KINDS, FLAGS, HANDLINGS, SENDERS, SENSITIVITIES, TOPICS } from "./taxonomy";

/** The decisions of a triage, as checked wherever they are stored: in the triage record and the corpus's labels. */
export const triageDecisionFields = {
  handling: z.enum(HANDLINGS),
  flags: z.array(z.enum(FLAGS)),
  topic: z.enum(TOPICS),
  sender: z.enum(SENDERS),
  lang: z.string().regex(/^[a-z]{2}$/),
  sensitivity: z.enum(SENSITIVITIES),
};

/**
 * The compact triage record stored beside a mail (custom property, Graph extended property) and counted by the
 * statistics. It holds no content: no text, no names, no addresses, no values found, no reasons — only the
 * decisions, counts of the kinds found, levels, the signature state, versions and a timestamp.
 */
export const triageRecordSchema = z.strictObject({
  v: z.literal(1),
  ...triageDecisionFields,
  /** How many findings of each kind (at or above the threshold). */
  kinds: z.partialRecord(z.enum(FINDING_KINDS), z.number().int().min(1)),
  signature: z.enum(["signed", "encrypted", "unsigned", "unknown"]),
  channel: z.enum(["digital-post", "selvbetjening", "booking", "ingen"]),
  journalise: z.boolean(),
  /** yyyy-mm-dd, only for aktindsigt. */
  deadline: z.iso.date().optional(),
  versions: z.strictObject({ engine: z.string(), model: z.string(), config: z.string() }),
  /** When the triage ran (ISO 8601). */
  at: z.iso.datetime(),
  /** Decisions staff corrected in the task pane; handling, topic and sender then hold their values. */
  corrected: z.array(z.enum(["handling", "topic", "sender"])).optional(),
});

export type TriageRecord = z.infer<typeof triageRecordSchema>;

// Built in a module of its own, without zod: the task pane's engine worker makes records but never checks one.
export { triageRecord } from "./record-of-triage";

/** Reads a stored record back; anything that is not a valid record gives undefined rather than a guess. */
export function parseTriageRecord(json: string): TriageRecord | undefined {
  try {
    const result = triageRecordSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
