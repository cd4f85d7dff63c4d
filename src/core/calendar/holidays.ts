import { addDays, type CalendarDate } from "./calendar-date";
import { easterSunday } from "./easter";

export type PublicHolidayId =
  | "nytaarsdag"
  | "skaertorsdag"
  | "langfredag"
  | "paaskedag"
  | "anden-paaskedag"
  | "store-bededag"
  | "kristi-himmelfartsdag"
  | "pinsedag"
  | "anden-pinsedag"
  | "juledag"
  | "anden-juledag";

export interface PublicHoliday {
  id: PublicHolidayId;
  date: CalendarDate;
}

/** Days after Easter Sunday of the movable holidays (helligdagsloven). */
const EASTER_OFFSETS: readonly (readonly [PublicHolidayId, number])[] = [
  ["skaertorsdag", -3],
  ["langfredag", -2],
  ["paaskedag", 0],
  ["anden-paaskedag", 1],
  ["kristi-himmelfartsdag", 39],
  ["pinsedag", 49],
  ["anden-pinsedag", 50],
];

/** Store Bededag (the fourth Friday after Easter) stopped being a public holiday from 2024. */
const LAST_STORE_BEDEDAG_YEAR = 2023;
const STORE_BEDEDAG_OFFSET = 26;

/** Danish public holidays (helligdage) of a year, computed, in date order. */
export function danishPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const movable: PublicHoliday[] = EASTER_OFFSETS.map(([id, offset]) => ({
    id,
    date: addDays(easter, offset),
  }));
  if (year <= LAST_STORE_BEDEDAG_YEAR) {
    movable.push({ id: "store-bededag", date: addDays(easter, STORE_BEDEDAG_OFFSET) });
  }
  return [
    { id: "nytaarsdag" as const, date: { year, month: 1, day: 1 } },
    ...movable,
    { id: "juledag" as const, date: { year, month: 12, day: 25 } },
    { id: "anden-juledag" as const, date: { year, month: 12, day: 26 } },
  ].sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
}
