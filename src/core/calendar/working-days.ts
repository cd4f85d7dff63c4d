import { addDays, formatIsoDate, weekday, type CalendarDate } from "./calendar-date";
import { danishPublicHolidays } from "./holidays";

/** A day the municipality's offices close every year although it is no public holiday (e.g. grundlovsdag). */
export interface ClosingDay {
  id: string;
  month: number;
  day: number;
}

export interface WorkingDayRules {
  closingDays: readonly ClosingDay[];
  /** Single dates (yyyy-mm-dd) the offices close, e.g. a one-off closure. */
  closedDates: readonly string[];
}

/** Why a date is not a working day, or undefined when it is one. */
export type ClosedReason = "weekend" | `holiday:${string}` | `closing-day:${string}` | "closed-date";

/**
 * Weekends, Danish public holidays and the configured closing days. Holidays are computed per year on first use and
 * kept, so counting working days stays cheap.
 */
export class WorkingDayCalendar {
  private readonly byYear = new Map<number, Map<string, ClosedReason>>();
  private readonly closedDates: ReadonlySet<string>;

  constructor(private readonly rules: WorkingDayRules) {
    this.closedDates = new Set(rules.closedDates);
  }

  closedReason(date: CalendarDate): ClosedReason | undefined {
    const day = weekday(date);
    if (day === 0 || day === 6) return "weekend";
    const iso = formatIsoDate(date);
    if (this.closedDates.has(iso)) return "closed-date";
    return this.yearClosures(date.year).get(iso);
  }

  isWorkingDay(date: CalendarDate): boolean {
    return this.closedReason(date) === undefined;
  }

  /** The date `count` working days after `from`; `from` itself never counts, whether it is a working day or not. */
  addWorkingDays(from: CalendarDate, count: number): CalendarDate {
    let date = from;
    for (let left = count; left > 0;) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) left--;
    }
    return date;
  }

  private yearClosures(year: number): Map<string, ClosedReason> {
    let closures = this.byYear.get(year);
    if (!closures) {
      closures = new Map();
      for (const closing of this.rules.closingDays) {
        closures.set(
          formatIsoDate({ year, month: closing.month, day: closing.day }),
          `closing-day:${closing.id}`,
        );
      }
      for (const holiday of danishPublicHolidays(year)) {
        closures.set(formatIsoDate(holiday.date), `holiday:${holiday.id}`);
      }
      this.byYear.set(year, closures);
    }
    return closures;
  }
}
