import { addDays, formatIsoDate, parseIsoDate, type CalendarDate } from "../calendar/calendar-date";
import { WorkingDayCalendar, type WorkingDayRules } from "../calendar/working-days";
import type { Config } from "../config/schema";
import type { TriageRecord } from "../record";
import {
  CORRECTABLE_FIELDS,
  FLAGS,
  HANDLINGS,
  NO_ANSWER_NEEDED,
  SENDERS,
  SENSITIVITIES,
  TOPICS,
  type Handling,
  type Sender,
  type Topic,
} from "../taxonomy";
import { DurationHistogram } from "./duration-histogram";
import { isoWeek } from "./iso-week";
import { shareOf as share, type MailboxStatistics, type VolumeRow } from "./mailbox-statistics";
import type { StatsMessage } from "./stats-message";
import { WorkingTime, workingWindowStart } from "./working-time";
import { ZonedClock } from "./zoned-clock";

/** What the statistics take from the configuration. */
export interface StatisticsSettings {
  timeZone: string;
  calendar: WorkingDayRules;
  answeredViaDigitalPostCategory: string;
  backlogWorkingDays: number;
  silentMailboxWorkingDays: number;
}

export function statisticsSettingsFrom(config: Config): StatisticsSettings {
  return {
    timeZone: config.timeZone,
    calendar: config.calendar,
    answeredViaDigitalPostCategory: config.categories.answeredViaDigitalPost.name,
    backlogWorkingDays: config.statistics.backlogWorkingDays,
    silentMailboxWorkingDays: config.statistics.silentMailboxWorkingDays,
  };
}

/** The period (local dates, both inclusive) and the moment backlog and silence are measured at. */
export interface StatisticsRun {
  from: string;
  to: string;
  asOf: Date;
}

const HOUR_MS = 3_600_000;

/** Layout of one volume row as a flat array of counters: total, untriaged, handlings, topics, senders. */
const HANDLING_AT = 2;
const TOPIC_AT = HANDLING_AT + HANDLINGS.length;
const SENDER_AT = TOPIC_AT + TOPICS.length;
const ROW_WIDTH = SENDER_AT + SENDERS.length;

function counters<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function rowFrom(key: string, cells: Int32Array): VolumeRow {
  const pick = <K extends string>(keys: readonly K[], at: number): Record<K, number> =>
    Object.fromEntries(keys.map((k, i) => [k, cells[at + i] ?? 0])) as Record<K, number>;
  return {
    key,
    total: cells[0] ?? 0,
    untriaged: cells[1] ?? 0,
    handling: pick(HANDLINGS, HANDLING_AT),
    topic: pick(TOPICS, TOPIC_AT),
    sender: pick(SENDERS, SENDER_AT),
  };
}

function parseRunDate(text: string, name: string): CalendarDate {
  const date = parseIsoDate(text);
  if (date === undefined) throw new RangeError(`${name} must be a date written yyyy-mm-dd, not "${text}"`);
  return date;
}

/**
 * Team-lead statistics over a stream of mails, one at a time: memory grows with the days of the period (one row of
 * counters per day, one working-day count per day) and the fixed percentile histogram — never with the number of
 * mails. Feed it with add(), then read result().
 */
export class StatisticsAccumulator {
  private readonly clock: ZonedClock;
  private readonly calendar: WorkingDayCalendar;
  private readonly workingTime: WorkingTime;
  private readonly firstAction = new DurationHistogram();
  private readonly rows = new Map<string, Int32Array>();
  private readonly deadlineByDate = new Map<string, string>();
  private readonly fromIso: string;
  private readonly toIso: string;
  private readonly asOfIso: string;
  private readonly windowStartMs: number;
  private readonly windowStartIso: string;
  private readonly totals: MailboxStatistics["totals"];
  private readonly answers = {
    byEmailOnly: 0,
    viaDigitalPostOnly: 0,
    both: 0,
    forwardedOnly: 0,
    unanswered: 0,
  };
  private readonly backlog = { due: 0, untriaged: 0, unanswered: 0, oldest: null as string | null };
  private readonly silence = { arrivals: 0, activity: 0, lastActivityMs: Number.NEGATIVE_INFINITY };
  private sensitive = 0;
  private sensitiveUnsigned = 0;
  private readonly corrections = {
    mails: 0,
    byField: counters(CORRECTABLE_FIELDS),
    byTopic: counters(TOPICS),
  };

  constructor(
    private readonly settings: StatisticsSettings,
    private readonly run: StatisticsRun,
  ) {
    const from = parseRunDate(run.from, "from");
    const to = parseRunDate(run.to, "to");
    if (formatIsoDate(to) < formatIsoDate(from))
      throw new RangeError("the period must not end before it starts");
    if (Number.isNaN(run.asOf.getTime())) throw new RangeError("asOf must be a valid moment");
    this.clock = new ZonedClock(settings.timeZone);
    this.calendar = new WorkingDayCalendar(settings.calendar);
    this.workingTime = new WorkingTime(this.clock, this.calendar);
    this.fromIso = formatIsoDate(from);
    this.toIso = formatIsoDate(to);
    const asOfDate = this.clock.local(run.asOf.getTime()).date;
    this.asOfIso = formatIsoDate(asOfDate);
    const windowStart = workingWindowStart(this.calendar, asOfDate, settings.silentMailboxWorkingDays);
    this.windowStartIso = formatIsoDate(windowStart);
    this.windowStartMs = this.clock.startOf(windowStart);
    this.totals = {
      received: 0,
      triaged: 0,
      untriaged: 0,
      unreadableRecords: 0,
      outsidePeriod: 0,
      opened: 0,
      handling: counters(HANDLINGS),
      topic: counters(TOPICS),
      sender: counters(SENDERS),
      sensitivity: counters(SENSITIVITIES),
      flags: counters(FLAGS),
    };
  }

  addAll(messages: Iterable<StatsMessage>): void {
    for (const message of messages) this.add(message);
  }

  add(message: StatsMessage): void {
    const receivedMs = Date.parse(message.receivedDateTime);
    if (Number.isNaN(receivedMs)) {
      this.totals.outsidePeriod++;
      return;
    }
    const { date } = this.clock.local(receivedMs);
    const day = formatIsoDate(date);
    if (day < this.fromIso || day > this.toIso) {
      this.totals.outsidePeriod++;
      return;
    }
    const totals = this.totals;
    totals.received++;
    if (message.isRead) totals.opened++;
    if (message.triageUnreadable) totals.unreadableRecords++;

    const record = message.triage;
    const row = this.rowFor(day);
    row[0] = (row[0] ?? 0) + 1;
    if (record === undefined) {
      totals.untriaged++;
      row[1] = (row[1] ?? 0) + 1;
    } else {
      totals.triaged++;
      this.countRecord(row, record.handling, record.topic, record.sender);
      totals.sensitivity[record.sensitivity]++;
      for (const flag of record.flags) totals.flags[flag]++;
      this.countCorrection(record);
      if (record.sensitivity === "fortrolige" || record.sensitivity === "foelsomme") {
        this.sensitive++;
        if (record.signature === "unsigned" || record.signature === "unknown") this.sensitiveUnsigned++;
      }
    }

    const verb = message.lastAction?.verb;
    const byEmail = verb === "reply" || verb === "reply-all";
    const forwarded = verb === "forward";
    const viaDigitalPost = message.categories.includes(this.settings.answeredViaDigitalPostCategory);
    const needsAnswer = record?.handling !== NO_ANSWER_NEEDED;
    if (needsAnswer) this.countAnswer(byEmail, viaDigitalPost, forwarded);

    const actedAt = message.lastAction?.at === undefined ? Number.NaN : Date.parse(message.lastAction.at);
    if (!Number.isNaN(actedAt)) {
      this.firstAction.add(this.workingTime.between(receivedMs, actedAt));
      this.silence.lastActivityMs = Math.max(this.silence.lastActivityMs, actedAt);
    }

    const handled = byEmail || forwarded || viaDigitalPost;
    // The backlog is measured at asOf: a reply sent later was not there then. Digital Post's mark has no time.
    const handledByAsOf = viaDigitalPost || ((byEmail || forwarded) && !(actedAt > this.run.asOf.getTime()));
    if (needsAnswer && this.overdue(date, day)) this.countBacklog(handledByAsOf, record === undefined, day);

    this.countSilence(receivedMs, actedAt, message.isRead || handled || record?.corrected !== undefined);
  }

  private countBacklog(handled: boolean, untriaged: boolean, day: string): void {
    this.backlog.due++;
    if (!handled) {
      if (untriaged) this.backlog.untriaged++;
      else this.backlog.unanswered++;
      if (this.backlog.oldest === null || day < this.backlog.oldest) this.backlog.oldest = day;
    }
  }

  /**
   * Counts another accumulator's mails in this one, as if they had been added here: the totals over several
   * mailboxes, percentiles included. Both must cover the same period with the same settings.
   */
  merge(other: StatisticsAccumulator): void {
    if (other.fromIso !== this.fromIso || other.toIso !== this.toIso || other.asOfIso !== this.asOfIso)
      throw new RangeError("only statistics of the same period can be added together");
    this.firstAction.merge(other.firstAction);
    for (const [day, cells] of other.rows) {
      const row = this.rowFor(day);
      cells.forEach((count, i) => (row[i] = (row[i] ?? 0) + count));
    }
    const totals = this.totals;
    const add = <K extends string>(into: Record<K, number>, from: Record<K, number>): void => {
      for (const key of Object.keys(from) as K[]) into[key] += from[key];
    };
    const counts = [
      "received",
      "triaged",
      "untriaged",
      "unreadableRecords",
      "outsidePeriod",
      "opened",
    ] as const;
    for (const key of counts) totals[key] += other.totals[key];
    add(totals.handling, other.totals.handling);
    add(totals.topic, other.totals.topic);
    add(totals.sender, other.totals.sender);
    add(totals.sensitivity, other.totals.sensitivity);
    add(totals.flags, other.totals.flags);
    add(this.answers, other.answers);
    const oldest = [this.backlog.oldest, other.backlog.oldest].filter((day) => day !== null).sort()[0];
    this.backlog.due += other.backlog.due;
    this.backlog.untriaged += other.backlog.untriaged;
    this.backlog.unanswered += other.backlog.unanswered;
    this.backlog.oldest = oldest ?? null;
    this.silence.arrivals += other.silence.arrivals;
    this.silence.activity += other.silence.activity;
    this.silence.lastActivityMs = Math.max(this.silence.lastActivityMs, other.silence.lastActivityMs);
    this.sensitive += other.sensitive;
    this.sensitiveUnsigned += other.sensitiveUnsigned;
    this.corrections.mails += other.corrections.mails;
    add(this.corrections.byField, other.corrections.byField);
    add(this.corrections.byTopic, other.corrections.byTopic);
  }

  result(): MailboxStatistics {
    const answered = this.answers.byEmailOnly + this.answers.viaDigitalPostOnly + this.answers.both;
    const needingAnswer = answered + this.answers.forwardedOnly + this.answers.unanswered;
    const hours = (ms: number | undefined): number | null => (ms === undefined ? null : ms / HOUR_MS);
    const days = this.dayRows();
    const lastActivity = Number.isFinite(this.silence.lastActivityMs)
      ? formatIsoDate(this.clock.local(this.silence.lastActivityMs).date)
      : null;
    return {
      period: { from: this.fromIso, to: this.toIso },
      asOf: this.run.asOf.toISOString(),
      timeZone: this.settings.timeZone,
      totals: {
        ...this.totals,
        handling: { ...this.totals.handling },
        topic: { ...this.totals.topic },
        sender: { ...this.totals.sender },
        sensitivity: { ...this.totals.sensitivity },
        flags: { ...this.totals.flags },
      },
      shares: {
        sensitive: share(this.sensitive, this.totals.triaged),
        sensitiveUnsigned: share(this.sensitiveUnsigned, this.totals.triaged),
        selfService: share(this.totals.handling.selvbetjening, this.totals.triaged),
      },
      corrections: {
        mails: this.corrections.mails,
        byField: { ...this.corrections.byField },
        byTopic: Object.fromEntries(
          TOPICS.map((topic) => [
            topic,
            { triaged: this.totals.topic[topic], corrected: this.corrections.byTopic[topic] },
          ]),
        ) as MailboxStatistics["corrections"]["byTopic"],
      },
      answers: {
        needingAnswer,
        ...this.answers,
        digitalPostShare: share(this.answers.viaDigitalPostOnly + this.answers.both, answered),
      },
      firstAction: {
        clock: "working-days",
        measured: this.firstAction.count,
        medianHours: hours(this.firstAction.percentile(0.5)),
        p90Hours: hours(this.firstAction.percentile(0.9)),
      },
      backlog: {
        workingDays: this.settings.backlogWorkingDays,
        ...this.backlog,
        total: share(this.backlog.untriaged + this.backlog.unanswered, this.backlog.due),
      },
      silentMailbox: {
        workingDays: this.settings.silentMailboxWorkingDays,
        windowStart: this.windowStartIso,
        arrivals: this.silence.arrivals,
        activity: this.silence.activity,
        lastActivity,
        alert: this.silence.arrivals > 0 && this.silence.activity === 0,
      },
      days,
      weeks: this.weekRows(),
    };
  }

  private rowFor(day: string): Int32Array {
    let row = this.rows.get(day);
    if (row === undefined) {
      row = new Int32Array(ROW_WIDTH);
      this.rows.set(day, row);
    }
    return row;
  }

  private countRecord(row: Int32Array, handling: Handling, topic: Topic, sender: Sender): void {
    this.totals.handling[handling]++;
    this.totals.topic[topic]++;
    this.totals.sender[sender]++;
    const cells = [
      HANDLING_AT + HANDLINGS.indexOf(handling),
      TOPIC_AT + TOPICS.indexOf(topic),
      SENDER_AT + SENDERS.indexOf(sender),
    ];
    for (const cell of cells) row[cell] = (row[cell] ?? 0) + 1;
  }

  private countCorrection(record: TriageRecord): void {
    const fields = new Set(record.corrected);
    if (fields.size === 0) return;
    this.corrections.mails++;
    this.corrections.byTopic[record.topic]++;
    for (const field of fields) this.corrections.byField[field]++;
  }

  private countAnswer(byEmail: boolean, viaDigitalPost: boolean, forwarded: boolean): void {
    if (byEmail && viaDigitalPost) this.answers.both++;
    else if (byEmail) this.answers.byEmailOnly++;
    else if (viaDigitalPost) this.answers.viaDigitalPostOnly++;
    else if (forwarded) this.answers.forwardedOnly++;
    else this.answers.unanswered++;
  }

  /** Older than N working days at asOf: the N-th working day after receipt has passed. Cached per receipt date. */
  private overdue(date: CalendarDate, day: string): boolean {
    let deadline = this.deadlineByDate.get(day);
    if (deadline === undefined) {
      deadline = formatIsoDate(this.calendar.addWorkingDays(date, this.settings.backlogWorkingDays));
      this.deadlineByDate.set(day, deadline);
    }
    return this.asOfIso > deadline;
  }

  private countSilence(receivedMs: number, actedAt: number, touched: boolean): void {
    const asOfMs = this.run.asOf.getTime();
    const inWindow = (ms: number): boolean => ms >= this.windowStartMs && ms <= asOfMs;
    const arrived = inWindow(receivedMs);
    if (arrived) this.silence.arrivals++;
    if ((arrived && touched) || (!Number.isNaN(actedAt) && inWindow(actedAt))) this.silence.activity++;
  }

  /** Every day of the period, with zeros for days without mail, so charts show quiet days as quiet. */
  private dayRows(): VolumeRow[] {
    const empty = new Int32Array(ROW_WIDTH);
    return this.periodDates().map((key) => rowFrom(key, this.rows.get(key) ?? empty));
  }

  private periodDates(): string[] {
    const dates: string[] = [];
    let date = parseRunDate(this.fromIso, "from");
    for (let key = this.fromIso; key <= this.toIso; key = formatIsoDate(date)) {
      dates.push(key);
      date = addDays(date, 1);
    }
    return dates;
  }

  private weekRows(): VolumeRow[] {
    const weeks = new Map<string, Int32Array>();
    for (const key of this.periodDates()) {
      const week = isoWeek(parseRunDate(key, "day"));
      let sum = weeks.get(week);
      if (sum === undefined) {
        sum = new Int32Array(ROW_WIDTH);
        weeks.set(week, sum);
      }
      const day = this.rows.get(key);
      if (day) for (let i = 0; i < ROW_WIDTH; i++) sum[i] = (sum[i] ?? 0) + (day[i] ?? 0);
    }
    return [...weeks].map(([key, cells]) => rowFrom(key, cells));
  }
}
