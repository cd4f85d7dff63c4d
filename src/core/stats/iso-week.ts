import { addDays, weekday, type CalendarDate } from "../calendar/calendar-date";

/** The ISO 8601 week of a date, written "2025-W14" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: CalendarDate): string {
  const thursday = addDays(date, 3 - ((weekday(date) + 6) % 7));
  const firstThursday = addDays(
    { year: thursday.year, month: 1, day: 4 },
    3 - ((weekday({ year: thursday.year, month: 1, day: 4 }) + 6) % 7),
  );
  const week =
    1 +
    Math.round(
      (Date.UTC(thursday.year, thursday.month - 1, thursday.day) -
        Date.UTC(firstThursday.year, firstThursday.month - 1, firstThursday.day)) /
        (7 * 86_400_000),
    );
  return `${thursday.year}-W${String(week).padStart(2, "0")}`;
}
