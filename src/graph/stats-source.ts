import { addDays, parseIsoDate } from "../core/calendar/calendar-date";
import type { MailboxStatistics } from "../core/stats/mailbox-statistics";
import {
  StatisticsAccumulator,
  type StatisticsRun,
  type StatisticsSettings,
} from "../core/stats/statistics-accumulator";
import {
  TeamStatisticsBuilder,
  type Bilingual,
  type MailboxRef,
  type TeamStatistics,
} from "../core/stats/team-statistics";
import { ZonedClock } from "../core/stats/zoned-clock";
import { SignInError } from "./auth/sign-in-error";
import type { GraphClient } from "./client";
import { describeGraphError } from "./error-text";
import { GraphCallError } from "./errors";
import { listMessages, type Period } from "./messages";
import { KANALVAGT_ADDIN_ID } from "./properties";

export interface StatisticsRequest {
  mailbox: string;
  /** First and last local date of the period (yyyy-mm-dd), both inclusive. */
  from: string;
  to: string;
  /** When backlog and silence are measured; by default now, or the end of the period if that is earlier. */
  asOf?: Date;
  /** Told after each page, with how many mails have been read so far. */
  onPage?: (messagesRead: number) => void;
  signal?: AbortSignal;
  /** Only for tests of paging; Graph's largest page otherwise. */
  pageSize?: number;
}

/** The instants [from, to) that the local dates cover in the municipality's time zone. */
export function periodOfDates(from: string, to: string, timeZone: string): Period {
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  if (first === undefined) throw new RangeError(`the first date must be written yyyy-mm-dd, not "${from}"`);
  if (last === undefined) throw new RangeError(`the last date must be written yyyy-mm-dd, not "${to}"`);
  const clock = new ZonedClock(timeZone);
  const period = { from: new Date(clock.startOf(first)), to: new Date(clock.startOf(addDays(last, 1))) };
  if (!(period.from < period.to)) throw new RangeError(`the period ${from} – ${to} ends before it starts`);
  return period;
}

/** The period's instants, and the moment backlog and silence are measured at: asOf, or now, at most the end. */
function statisticsRun(
  settings: StatisticsSettings,
  request: Pick<StatisticsRequest, "from" | "to" | "asOf">,
  now: Date,
): { period: Period; run: StatisticsRun } {
  const period = periodOfDates(request.from, request.to, settings.timeZone);
  const asOf = request.asOf ?? new Date(Math.min(now.getTime(), period.to.getTime() - 1));
  return { period, run: { from: request.from, to: request.to, asOf } };
}

/**
 * Statistics for one mailbox and period, read from Graph a page at a time and counted as they come: memory stays
 * flat however many mails the period holds.
 */
export async function mailboxStatistics(
  client: GraphClient,
  settings: StatisticsSettings,
  request: StatisticsRequest,
  now: Date = new Date(),
): Promise<MailboxStatistics> {
  const { period, run } = statisticsRun(settings, request, now);
  const accumulator = new StatisticsAccumulator(settings, run);
  for await (const page of statsPages(client, request.mailbox, period, request)) accumulator.addAll(page);
  return accumulator.result();
}

type PageOptions = Pick<StatisticsRequest, "onPage" | "signal" | "pageSize">;

async function* statsPages(client: GraphClient, mailbox: string, period: Period, options: PageOptions) {
  let read = 0;
  const pages = listMessages(client, mailbox, period, {
    // Also the records the task pane stored as Office.js custom properties.
    addinId: KANALVAGT_ADDIN_ID,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  for await (const page of pages) {
    read += page.length;
    options.onPage?.(read);
    yield page;
  }
}

export interface TeamStatisticsRequest extends Omit<StatisticsRequest, "mailbox" | "onPage"> {
  mailboxes: readonly MailboxRef[];
  /** Told after each page, with the mailbox and how many of its mails have been read so far. */
  onPage?: (mailbox: string, messagesRead: number) => void;
}

/** Why one mailbox could not be read, in the words staff see; anything else is a fault and goes on up. */
export function describeMailboxFailure(error: unknown): Bilingual {
  if (error instanceof SignInError) return { da: error.text.da, en: error.text.en };
  if (error instanceof GraphCallError)
    return { da: describeGraphError(error, "da"), en: describeGraphError(error, "en") };
  throw error;
}

/**
 * Several mailboxes side by side over a period and the period of the same length before it, with their totals.
 * Each mailbox is read once, over both periods; one that cannot be read is named with the reason, and the others
 * are still counted.
 */
export async function teamStatistics(
  client: GraphClient,
  settings: StatisticsSettings,
  request: TeamStatisticsRequest,
  now: Date = new Date(),
): Promise<TeamStatistics> {
  const builder = new TeamStatisticsBuilder(settings, statisticsRun(settings, request, now).run);
  const both = periodOfDates(builder.previousPeriod.from, request.to, settings.timeZone);
  for (const mailbox of request.mailboxes) {
    const onPage = request.onPage;
    const pages = statsPages(client, mailbox.address, both, {
      ...request,
      onPage: onPage && ((read) => onPage(mailbox.address, read)),
    });
    await builder.count(mailbox, pages, describeMailboxFailure);
  }
  return builder.result();
}
