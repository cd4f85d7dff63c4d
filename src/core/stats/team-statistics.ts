import { addDays, formatIsoDate, parseIsoDate, type CalendarDate } from "../calendar/calendar-date";
import type { MailboxStatistics } from "./mailbox-statistics";
import { StatisticsAccumulator, type StatisticsRun, type StatisticsSettings } from "./statistics-accumulator";
import type { StatsLang } from "./stats-labels";
import type { StatsMessage } from "./stats-message";
import { ZonedClock } from "./zoned-clock";

/** Local dates, both inclusive. */
export interface DatePeriod {
  from: string;
  to: string;
}

export type Bilingual = Record<StatsLang, string>;

/** A period's statistics beside those of the period of the same length just before it. */
export interface PeriodPair {
  current: MailboxStatistics;
  previous: MailboxStatistics;
}

export interface MailboxRef {
  address: string;
  /** The name the configuration gives it, or the address. */
  label: string;
}

/** One mailbox's figures, or why there are none (a 403 on one mailbox does not hide the others). */
export type MailboxOutcome = (MailboxRef & { stats: PeriodPair }) | (MailboxRef & { failure: Bilingual });

/** What the team lead asked for: several mailboxes side by side, and their totals. */
export interface TeamStatistics {
  period: DatePeriod;
  previousPeriod: DatePeriod;
  mailboxes: MailboxOutcome[];
  /** All the mailboxes that could be read, counted together; null when none could. */
  totals: PeriodPair | null;
}

function date(text: string, name: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === undefined) throw new RangeError(`${name} must be a date written yyyy-mm-dd, not "${text}"`);
  return parsed;
}

/** The heading of the column that adds the mailboxes together. */
export const totalsLabel: Bilingual = { da: "I alt", en: "Total" };

/** The period of the same number of days that ends the day before this one starts. */
export function previousPeriod(period: DatePeriod): DatePeriod {
  const from = date(period.from, "from");
  const to = date(period.to, "to");
  let days = 0;
  for (let day = from; formatIsoDate(day) <= formatIsoDate(to); day = addDays(day, 1)) days++;
  if (days === 0) throw new RangeError("the period must not end before it starts");
  return { from: formatIsoDate(addDays(from, -days)), to: formatIsoDate(addDays(from, -1)) };
}

interface Tally {
  current: StatisticsAccumulator;
  previous: StatisticsAccumulator;
}

/**
 * Counts several mailboxes over a period and the one before it: each mailbox is read once, over both periods, and
 * every mail goes to the period it came in. The totals are the accumulators of the mailboxes that could be read,
 * merged, so their percentiles are those of all the mail together, not an average of averages.
 */
export class TeamStatisticsBuilder {
  readonly previousPeriod: DatePeriod;
  private readonly boundaryMs: number;
  private readonly previousRun: StatisticsRun;
  private readonly outcomes: MailboxOutcome[] = [];
  private totals: Tally | undefined;

  constructor(
    private readonly settings: StatisticsSettings,
    private readonly run: StatisticsRun,
  ) {
    this.previousPeriod = previousPeriod(run);
    this.boundaryMs = new ZonedClock(settings.timeZone).startOf(date(run.from, "from"));
    // The previous period's backlog is measured at its own end, as a team lead would have seen it then.
    const asOf = new Date(Math.min(run.asOf.getTime(), this.boundaryMs - 1));
    this.previousRun = { ...this.previousPeriod, asOf };
    // Fails here, before any mailbox is read, when the period is not one.
    this.tally();
  }

  /** Reads one mailbox's mail; a failure is kept with the mailbox, in words `describe` gives it. */
  async count(
    mailbox: MailboxRef,
    pages: AsyncIterable<readonly StatsMessage[]>,
    describe: (error: unknown) => Bilingual,
  ): Promise<void> {
    const tally = this.tally();
    try {
      for await (const page of pages) for (const message of page) this.add(tally, message);
    } catch (error) {
      this.outcomes.push({ ...mailbox, failure: describe(error) });
      return;
    }
    this.outcomes.push({
      ...mailbox,
      stats: { current: tally.current.result(), previous: tally.previous.result() },
    });
    if (this.totals === undefined) this.totals = this.tally();
    this.totals.current.merge(tally.current);
    this.totals.previous.merge(tally.previous);
  }

  result(): TeamStatistics {
    return {
      period: { from: this.run.from, to: this.run.to },
      previousPeriod: this.previousPeriod,
      mailboxes: [...this.outcomes],
      totals: this.totals
        ? { current: this.totals.current.result(), previous: this.totals.previous.result() }
        : null,
    };
  }

  private tally(): Tally {
    return {
      current: new StatisticsAccumulator(this.settings, this.run),
      previous: new StatisticsAccumulator(this.settings, this.previousRun),
    };
  }

  private add(tally: Tally, message: StatsMessage): void {
    const receivedMs = Date.parse(message.receivedDateTime);
    (receivedMs < this.boundaryMs ? tally.previous : tally.current).add(message);
  }
}

/** A column of figures: one mailbox, or the totals when there are several. */
export interface FigureColumn {
  label: Bilingual;
  pair: PeriodPair;
}

/** The columns every view shows, in one order: the mailboxes that could be read, then their totals if several. */
export function figureColumns(team: TeamStatistics): FigureColumn[] {
  const columns = team.mailboxes.flatMap((m) =>
    "stats" in m ? [{ label: { da: m.label, en: m.label }, pair: m.stats }] : [],
  );
  if (team.totals && team.mailboxes.length > 1) columns.push({ label: totalsLabel, pair: team.totals });
  return columns;
}
