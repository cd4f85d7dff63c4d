import { z } from "./zod-jitless";
import {
  CORRECTABLE_FIELDS,
  FINDING_KINDS,
  FLAGS,
  HANDLINGS,
  SENDERS,
  SENSITIVITIES,
  TOPICS,
} from "./taxonomy";

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
/**
 * Who corrected a triage, as a role and never as a person: enough to tell staff's daily corrections from a team
 * lead's review, too little to say who worked on which mail.
 */
export const CORRECTOR_ROLES = ["staff", "team-lead"] as const;
export type CorrectorRole = (typeof CORRECTOR_ROLES)[number];

/**
 * A correction as data for learning: the engine's answer to each corrected field (the record's own field holds the
 * corrected answer), who corrected it by role, and when. Optional, so records written before it still read.
 */
export const correctionSchema = z.strictObject({
  engine: z.strictObject({
    handling: triageDecisionFields.handling.optional(),
    topic: triageDecisionFields.topic.optional(),
    sender: triageDecisionFields.sender.optional(),
    flags: triageDecisionFields.flags.optional(),
  }),
  by: z.enum(CORRECTOR_ROLES),
  at: z.iso.datetime(),
});

export type CorrectionRecord = z.infer<typeof correctionSchema>;

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
  corrected: z.array(z.enum(CORRECTABLE_FIELDS)).optional(),
  /** The engine's answers to the corrected fields, by whom (role) and when; absent on records before it. */
  correction: correctionSchema.optional(),
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
