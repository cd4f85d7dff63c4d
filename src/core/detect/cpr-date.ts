/**
 * The date and checksum rules of CPR numbers as the CPR office publishes them (cpr.dk): the century follows from the
 * first serial digit and the two-digit year, the date must exist, and modulus 11 held for every number issued
 * before 1 October 2007 but not since, so it can only raise confidence.
 */

export interface CprBirthDate {
  year: number;
  month: number;
  day: number;
  /** A substitute number (erstatningspersonnummer): the day was written with 60 added. */
  dayPlus60: boolean;
}

/** The century table: first serial digit × two-digit year. */
export function cprCentury(twoDigitYear: number, firstSerialDigit: number): number {
  if (firstSerialDigit <= 3) return 1900;
  if (firstSerialDigit === 4 || firstSerialDigit === 9) return twoDigitYear <= 36 ? 2000 : 1900;
  return twoDigitYear <= 57 ? 2000 : 1800;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function digitAt(text: string, index: number): number {
  return text.charCodeAt(index) - 48;
}

/**
 * The birth date of "DDMMYY" with the given first serial digit as a dayNumber (YYYYMMDD), or -1 when no such date
 * exists. Days 61–91 are read as substitute numbers (day + 60). A number rather than an object: a long mail has tens
 * of thousands of candidates.
 */
export function cprBirthDayNumber(ddmmyy: string, firstSerialDigit: number): number {
  const writtenDay = digitAt(ddmmyy, 0) * 10 + digitAt(ddmmyy, 1);
  const month = digitAt(ddmmyy, 2) * 10 + digitAt(ddmmyy, 3);
  const twoDigitYear = digitAt(ddmmyy, 4) * 10 + digitAt(ddmmyy, 5);
  const day = isSubstituteDay(ddmmyy) ? writtenDay - 60 : writtenDay;
  const year = cprCentury(twoDigitYear, firstSerialDigit) + twoDigitYear;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return dayNumber(year, month, day);
}

/** A substitute number (erstatningspersonnummer) writes the day with 60 added. */
export function isSubstituteDay(ddmmyy: string): boolean {
  return digitAt(ddmmyy, 0) * 10 + digitAt(ddmmyy, 1) > 60;
}

/** The birth date of "DDMMYY" with the given first serial digit, or undefined when no such date exists. */
export function cprBirthDate(ddmmyy: string, firstSerialDigit: number): CprBirthDate | undefined {
  const date = cprBirthDayNumber(ddmmyy, firstSerialDigit);
  if (date < 0) return undefined;
  const year = Math.floor(date / 10_000);
  const month = Math.floor(date / 100) % 100;
  return { year, month, day: date % 100, dayPlus60: isSubstituteDay(ddmmyy) };
}

/** A calendar date as one comparable number, YYYYMMDD. */
export function dayNumber(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/** Today's date in UTC as a dayNumber, to compare birth dates with. */
export function todayNumber(today: Date): number {
  return dayNumber(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
}

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Modulus 11 over ten digits (weights 4 3 2 7 6 5 4 3 2 1). */
export function passesMod11(tenDigits: string): boolean {
  let sum = 0;
  MOD11_WEIGHTS.forEach((weight, i) => {
    sum += weight * digitAt(tenDigits, i);
  });
  return sum % 11 === 0;
}
