import { addDays, parseIsoDate } from "../core/calendar/calendar-date";
import type { MailboxStatistics } from "../core/stats/mailbox-statistics";
import { StatisticsAccumulator, type StatisticsSettings } from "../core/stats/statistics-accumulator";
import { ZonedClock } from "../core/stats/zoned-clock";
import type { GraphClient } from "./client";
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
  const period = periodOfDates(request.from, request.to, settings.timeZone);
  const asOf = request.asOf ?? new Date(Math.min(now.getTime(), period.to.getTime() - 1));
  const accumulator = new StatisticsAccumulator(settings, { from: request.from, to: request.to, asOf });
  let read = 0;
  const pages = listMessages(client, request.mailbox, period, {
    // Also the records the task pane stored as Office.js custom properties.
    addinId: KANALVAGT_ADDIN_ID,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.pageSize ? { pageSize: request.pageSize } : {}),
  });
  for await (const page of pages) {
    accumulator.addAll(page);
    read += page.length;
    request.onPage?.(read);
  }
  return accumulator.result();
}
