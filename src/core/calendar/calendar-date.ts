/**
 * A date without time or zone (yyyy-mm-dd), the unit of the working-day calendar. Arithmetic runs on UTC midnight so
 * that daylight-saving changes never shift a day.
 */
export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses yyyy-mm-dd; undefined when the text is not such a date or the day does not exist (2025-02-29). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = fromUtc(toUtc(date));
  return roundTrip.month === date.month && roundTrip.day === date.day ? date : undefined;
}

interface Zone {
  formatter: Intl.DateTimeFormat;
  /** Dates already looked up, by quarter hour since 1970 (see QUARTER_HOUR). */
  dates: Map<number, CalendarDate>;
}

const zones = new Map<string, Zone>();

/**
 * Every time zone's offset is a whole number of quarter hours and changes on one, so local midnight always falls on
 * a quarter hour of UTC and every instant in one quarter hour has the same local date. Caching by it spares
 * `formatToParts`, which cost more than the rest of a mail's deadline arithmetic.
 */
const QUARTER_HOUR = 15 * 60 * 1000;
const CACHED_DATES = 512;

function zone(timeZone: string): Zone {
  let found = zones.get(timeZone);
  if (!found) {
    const formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    found = { formatter, dates: new Map() };
    zones.set(timeZone, found);
  }
  return found;
}

/** The calendar date of an instant in a time zone (e.g. Europe/Copenhagen), so a mail at 00:30 local counts locally. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const { formatter, dates } = zone(timeZone);
  const slot = Math.floor(instant.getTime() / QUARTER_HOUR);
  const known = dates.get(slot);
  if (known) return { ...known };
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const date = { year: part("year"), month: part("month"), day: part("day") };
  if (dates.size >= CACHED_DATES) dates.clear();
  dates.set(slot, date);
  return { ...date };
}
