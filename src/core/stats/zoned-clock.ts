import type { CalendarDate } from "../calendar/calendar-date";

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** An instant seen on the municipality's wall clock. */
export interface LocalTime {
  date: CalendarDate;
  /** Milliseconds since local midnight. */
  msOfDay: number;
}

/**
 * Local dates and times of instants in one IANA time zone. Intl is slow per call, so the zone's offset is cached per
 * UTC hour (offsets change at most at a few transitions a year); an hour in which the offset changes is resolved per
 * instant. Memory grows with the hours seen, not with the number of mails.
 */
export class ZonedClock {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly offsetByHour = new Map<number, number | "varies">();

  constructor(readonly timeZone: string) {
    this.formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  }

  local(instantMs: number): LocalTime {
    const localMs = instantMs + this.offsetAt(instantMs);
    const dayStart = Math.floor(localMs / MS_PER_DAY) * MS_PER_DAY;
    const d = new Date(dayStart);
    return {
      date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      msOfDay: localMs - dayStart,
    };
  }

  /** The instant at which a local date begins (its first existing minute, should midnight fall in a DST gap). */
  startOf(date: CalendarDate): number {
    const wall = Date.UTC(date.year, date.month - 1, date.day);
    // Two rounds settle the offset on either side of a transition.
    let instant = wall - this.offsetAt(wall);
    instant = wall - this.offsetAt(instant);
    return instant;
  }

  /** Offset of local time from UTC at an instant, in milliseconds. */
  offsetAt(instantMs: number): number {
    const hour = Math.floor(instantMs / MS_PER_HOUR);
    let cached = this.offsetByHour.get(hour);
    if (cached === undefined) {
      const start = this.computeOffset(hour * MS_PER_HOUR);
      const end = this.computeOffset((hour + 1) * MS_PER_HOUR - 1);
      cached = start === end ? start : "varies";
      this.offsetByHour.set(hour, cached);
    }
    return cached === "varies" ? this.computeOffset(instantMs) : cached;
  }

  private computeOffset(instantMs: number): number {
    const whole = Math.floor(instantMs / 1000) * 1000;
    const parts = this.formatter.formatToParts(new Date(whole));
    const part = (type: Intl.DateTimeFormatPartTypes): number =>
      Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(
      part("year"),
      part("month") - 1,
      part("day"),
      part("hour"),
      part("minute"),
      part("second"),
    );
    return wall - whole;
  }
}
