import { addDays, formatIsoDate, type CalendarDate } from "../../core/calendar/calendar-date";

export interface PeriodChoice {
  from: string;
  to: string;
}

export function lastMonth(today: CalendarDate): PeriodChoice {
  const firstThisMonth = { ...today, day: 1 };
  const lastDay = addDays(firstThisMonth, -1);
  return { from: formatIsoDate({ ...lastDay, day: 1 }), to: formatIsoDate(lastDay) };
}

export function thisMonth(today: CalendarDate): PeriodChoice {
  return { from: formatIsoDate({ ...today, day: 1 }), to: formatIsoDate(today) };
}

export function last30Days(today: CalendarDate): PeriodChoice {
  return { from: formatIsoDate(addDays(today, -29)), to: formatIsoDate(today) };
}
