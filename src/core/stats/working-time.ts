import { addDays, type CalendarDate } from "../calendar/calendar-date";
import type { WorkingDayCalendar } from "../calendar/working-days";
import type { ZonedClock } from "./zoned-clock";

const MS_PER_DAY = 86_400_000;

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * "Working-day time": the clock runs 24 hours on every working day and stands still on weekends, public holidays
 * and closing days, in the municipality's time zone. A mail that arrives Friday at 15:00 and is answered Monday at
 * 09:00 took 18 hours, not 66. Office hours are not configured, so a working day counts whole.
 *
 * Working days before each date are counted once per date and kept (memory grows with days, not mails).
 */
export class WorkingTime {
  /** day number → working days from the first day seen (inclusive) to that day (exclusive); a contiguous range. */
  private readonly before = new Map<number, number>();
  private low: number | undefined;
  private high: number | undefined;

  constructor(
    private readonly clock: ZonedClock,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  /** Working-day milliseconds from one instant to a later one; 0 when `to` is not later. */
  between(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    return Math.max(0, this.position(toMs) - this.position(fromMs));
  }

  private position(instantMs: number): number {
    const { date, msOfDay } = this.clock.local(instantMs);
    // A mail that arrives on a closed day starts its clock when the next working day begins.
    const within = this.calendar.isWorkingDay(date) ? msOfDay : 0;
    return this.workingDaysBefore(dayNumber(date)) * MS_PER_DAY + within;
  }

  private workingDaysBefore(day: number): number {
    if (this.low === undefined || this.high === undefined) {
      this.low = this.high = day;
      this.before.set(day, 0);
    }
    const working = (d: number): number => (this.calendar.isWorkingDay(fromDayNumber(d)) ? 1 : 0);
    for (; this.high < day; this.high++) {
      this.before.set(this.high + 1, (this.before.get(this.high) ?? 0) + working(this.high));
    }
    for (; this.low > day; this.low--) {
      this.before.set(this.low - 1, (this.before.get(this.low) ?? 0) - working(this.low - 1));
    }
    return this.before.get(day) ?? 0;
  }
}

/** The first date of a window of `count` working days that ends on `last` (counting `last` if it is one). */
export function workingWindowStart(
  calendar: WorkingDayCalendar,
  last: CalendarDate,
  count: number,
): CalendarDate {
  let date = last;
  let found = calendar.isWorkingDay(date) ? 1 : 0;
  while (found < count) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) found++;
  }
  return date;
}
