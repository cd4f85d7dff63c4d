import type { CorrectableField, Flag, Handling, Sender, Sensitivity, Topic } from "../taxonomy";

/** A count out of a whole; `share` is count/of, or null when the whole is 0. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

export function shareOf(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}

/** Mail received in one day or one ISO week, by handling, topic and sender kind. Untriaged mail has none of them. */
export interface VolumeRow {
  /** yyyy-mm-dd for a day, yyyy-Www for a week. */
  key: string;
  total: number;
  untriaged: number;
  handling: Record<Handling, number>;
  topic: Record<Topic, number>;
  sender: Record<Sender, number>;
}

/**
 * Everything the team-lead statistics say about one mailbox and period. Counts, shares and durations only: no
 * subject, name, address or text can be in here, because none goes in (see StatsMessage).
 */
export interface MailboxStatistics {
  /** The period, local dates, both inclusive. */
  period: { from: string; to: string };
  /** The moment backlog and silence are measured at (ISO 8601). */
  asOf: string;
  timeZone: string;
  totals: {
    received: number;
    triaged: number;
    untriaged: number;
    /** A record is there but cannot be read; these count as untriaged too. */
    unreadableRecords: number;
    /** Received outside the period, or without a readable date: not counted anywhere else. */
    outsidePeriod: number;
    opened: number;
    handling: Record<Handling, number>;
    topic: Record<Topic, number>;
    sender: Record<Sender, number>;
    sensitivity: Record<Sensitivity, number>;
    flags: Record<Flag, number>;
  };
  shares: {
    /** Triaged mail with confidential or sensitive data (fortrolige or følsomme). */
    sensitive: Share;
    /** Triaged mail with such data that was not shown to be signed or encrypted. */
    sensitiveUnsigned: Share;
    /** Triaged mail a self-service solution would have handled (handling "selvbetjening"). */
    selfService: Share;
  };
  /**
   * What staff corrected in the pane, so a team lead sees where the engine is weak: triaged mails with any
   * correction, by field, and by topic (the topic the record holds, staff's when they corrected it).
   */
  corrections: {
    mails: number;
    byField: Record<CorrectableField, number>;
    /** Per topic: the triaged mails with that topic, and those of them with any correction. */
    byTopic: Record<Topic, { triaged: number; corrected: number }>;
  };
  /** How mail that may need an answer (all but handling "ingen") was answered. */
  answers: {
    needingAnswer: number;
    byEmailOnly: number;
    viaDigitalPostOnly: number;
    both: number;
    forwardedOnly: number;
    unanswered: number;
    /** Of the mail answered at all, the share marked as answered through Digital Post. */
    digitalPostShare: Share;
  };
  firstAction: {
    /** Working-day clock: weekends, holidays and closing days do not count (docs/team-lead-guide.md). */
    clock: "working-days";
    /** How many mails had a reply or forward with a time. */
    measured: number;
    medianHours: number | null;
    p90Hours: number | null;
  };
  /**
   * Mail that may need an answer (all but handling "ingen"), received in the period and older than workingDays
   * working days at asOf, with no reply, forward or Digital Post mark by then.
   */
  backlog: {
    workingDays: number;
    /** Mail that may need an answer and was older than workingDays working days at asOf: the backlog's base. */
    due: number;
    /** Not triaged, not answered, older than workingDays working days. */
    untriaged: number;
    /** Triaged as needing an answer, not answered or forwarded, older than workingDays working days. */
    unanswered: number;
    /** The receipt date of the oldest mail in the backlog. */
    oldest: string | null;
    /** untriaged + unanswered, out of due. */
    total: Share;
  };
  silentMailbox: {
    workingDays: number;
    /** First date of the window of workingDays working days that ends at asOf. */
    windowStart: string;
    /** Mail received in the window. */
    arrivals: number;
    /** Mail received in the window that someone opened, answered, forwarded or marked, plus replies in the window. */
    activity: number;
    /** Date of the latest reply or forward seen, if any. */
    lastActivity: string | null;
    /** Mail keeps arriving and nobody has opened, triaged or answered anything in the window. */
    alert: boolean;
  };
  days: VolumeRow[];
  weeks: VolumeRow[];
}
