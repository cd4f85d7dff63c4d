import type { TriageRecord } from "../record";

/** What Outlook last did to a mail (PidTagLastVerbExecuted 102/103/104), or another verb number it recorded. */
export type ReplyVerb = "reply" | "reply-all" | "forward";

/**
 * One mail as the statistics see it: when it came, Kanalvagt's triage record if any, its categories, what was last
 * done to it and whether someone opened it. No subject, no name, no address: a statistic cannot leak what it never
 * receives.
 */
export interface StatsMessage {
  /** ISO 8601 instant. */
  receivedDateTime: string;
  triage?: TriageRecord;
  /** Set when a record is stored but cannot be read (damaged, or from a newer version). */
  triageUnreadable?: true;
  categories: readonly string[];
  /** The last reply or forward and when it happened (PidTagLastVerbExecutionTime). */
  lastAction?: { verb: ReplyVerb | number; at?: string };
  isRead: boolean;
}
