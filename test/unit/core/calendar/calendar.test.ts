import fc from "fast-check";
import { formatIsoDate, parseIsoDate, dateInZone } from "../../../../src/core/calendar/calendar-date";
import { easterSunday } from "../../../../src/core/calendar/easter";
import { danishPublicHolidays, type PublicHolidayId } from "../../../../src/core/calendar/holidays";
import { WorkingDayCalendar } from "../../../../src/core/calendar/working-days";

const iso = formatIsoDate;
const date = (text: string) => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

const holidayDates = (year: number): Record<string, string> =>
  Object.fromEntries(danishPublicHolidays(year).map((h) => [h.id, iso(h.date)]));

describe("Easter Sunday", () => {
  it.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2029, "2029-04-01"],
    [2030, "2030-04-21"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("falls in %i on %s", (year, expected) => {
    expect(iso(easterSunday(year))).toBe(expected);
  });
});

describe("Danish public holidays", () => {
  // Published holiday calendars for 2024–2030.
  const known: Record<number, Partial<Record<PublicHolidayId, string>>> = {
    2024: {
      skaertorsdag: "2024-03-28",
      "anden-paaskedag": "2024-04-01",
      "kristi-himmelfartsdag": "2024-05-09",
      pinsedag: "2024-05-19",
      "anden-pinsedag": "2024-05-20",
    },
    2025: {
      skaertorsdag: "2025-04-17",
      langfredag: "2025-04-18",
      "anden-paaskedag": "2025-04-21",
      "kristi-himmelfartsdag": "2025-05-29",
      "anden-pinsedag": "2025-06-09",
    },
    2026: {
      langfredag: "2026-04-03",
      "anden-paaskedag": "2026-04-06",
      "kristi-himmelfartsdag": "2026-05-14",
      pinsedag: "2026-05-24",
      "anden-pinsedag": "2026-05-25",
    },
    2027: {
      "anden-paaskedag": "2027-03-29",
      "kristi-himmelfartsdag": "2027-05-06",
      "anden-pinsedag": "2027-05-17",
    },
    2028: {
      "anden-paaskedag": "2028-04-17",
      "kristi-himmelfartsdag": "2028-05-25",
      "anden-pinsedag": "2028-06-05",
    },
    2029: {
      "anden-paaskedag": "2029-04-02",
      "kristi-himmelfartsdag": "2029-05-10",
      "anden-pinsedag": "2029-05-21",
    },
    2030: {
      "anden-paaskedag": "2030-04-22",
      "kristi-himmelfartsdag": "2030-05-30",
      "anden-pinsedag": "2030-06-10",
    },
  };

  it.each(Object.entries(known))("match the published calendar for %s", (year, expected) => {
    expect(holidayDates(Number(year))).toMatchObject(expected);
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])(
    "include the fixed days and no Store Bededag in %i",
    (year) => {
      const dates = holidayDates(year);
      expect(dates).toMatchObject({
        nytaarsdag: `${year}-01-01`,
        juledag: `${year}-12-25`,
        "anden-juledag": `${year}-12-26`,
      });
      expect(dates).not.toHaveProperty("store-bededag");
      expect(Object.keys(dates)).toHaveLength(10);
    },
  );

  it("still count Store Bededag before it was abolished in 2024", () => {
    expect(holidayDates(2023)["store-bededag"]).toBe("2023-05-05");
  });
});

describe("working days", () => {
  const calendar = new WorkingDayCalendar({
    closingDays: [
      { id: "grundlovsdag", month: 6, day: 5 },
      { id: "juleaftensdag", month: 12, day: 24 },
      { id: "nytaarsaftensdag", month: 12, day: 31 },
    ],
    closedDates: ["2026-07-17"],
  });

  it("says why a day is closed", () => {
    expect(calendar.closedReason(date("2026-04-04"))).toBe("weekend");
    expect(calendar.closedReason(date("2026-04-06"))).toBe("holiday:anden-paaskedag");
    expect(calendar.closedReason(date("2025-06-05"))).toBe("closing-day:grundlovsdag");
    expect(calendar.closedReason(date("2026-07-17"))).toBe("closed-date");
    expect(calendar.closedReason(date("2026-04-07"))).toBeUndefined();
  });

  it("skips Easter when counting seven working days (received Tuesday before Easter 2026)", () => {
    expect(iso(calendar.addWorkingDays(date("2026-03-31"), 7))).toBe("2026-04-14");
  });

  it("skips Christmas, the closing days and New Year (received 19 December 2025)", () => {
    expect(iso(calendar.addWorkingDays(date("2025-12-19"), 7))).toBe("2026-01-06");
  });

  it("starts counting on the next working day when mail arrives at a weekend", () => {
    expect(iso(calendar.addWorkingDays(date("2026-03-07"), 1))).toBe("2026-03-09");
    expect(iso(calendar.addWorkingDays(date("2026-03-07"), 7))).toBe("2026-03-17");
  });

  it("skips Kristi himmelfartsdag and Pinse (received 12 May 2026)", () => {
    // 13, 15, 18, 19, 20, 21, 22 May: the 14th (Ascension) and the 25th (Whit Monday) are holidays.
    expect(iso(calendar.addWorkingDays(date("2026-05-12"), 7))).toBe("2026-05-22");
    expect(iso(calendar.addWorkingDays(date("2026-05-12"), 8))).toBe("2026-05-26");
  });

  it("without closing days, Christmas Eve is a working day", () => {
    const lawOnly = new WorkingDayCalendar({ closingDays: [], closedDates: [] });
    expect(lawOnly.isWorkingDay(date("2025-12-24"))).toBe(true);
    expect(calendar.isWorkingDay(date("2025-12-24"))).toBe(false);
  });
});

describe("calendar dates", () => {
  it("rejects days that do not exist", () => {
    expect(parseIsoDate("2025-02-29")).toBeUndefined();
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("29-02-2024")).toBeUndefined();
  });

  it("takes the local date in Copenhagen, not the UTC date", () => {
    expect(iso(dateInZone(new Date("2026-03-31T22:30:00Z"), "Europe/Copenhagen"))).toBe("2026-04-01");
    expect(iso(dateInZone(new Date("2026-01-31T23:30:00Z"), "Europe/Copenhagen"))).toBe("2026-02-01");
  });

  // dateInZone remembers dates by quarter hour; zones with half- and quarter-hour offsets and a half-hour summer
  // shift (Lord Howe) would show it if local midnight could fall inside a quarter hour.
  it("gives the same date as the zone's own calendar for any instant, also around midnight", () => {
    const zones = [
      "Europe/Copenhagen",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "America/St_Johns",
      "Pacific/Chatham",
    ];
    const reference = (instant: Date, timeZone: string): string =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      }).format(instant);
    const around = fc
      .tuple(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: -90, max: 90 }),
        fc.constantFrom(...zones),
      )
      .map(([day, minutes, timeZone]) => {
        const midnightUtc = Date.UTC(2020, 0, 1) + day * 86_400_000;
        return { instant: new Date(midnightUtc + minutes * 60_000 + (minutes % 7) * 1000), timeZone };
      });
    fc.assert(
      fc.property(around, fc.integer({ min: -14, max: 14 }), ({ instant, timeZone }, hours) => {
        const shifted = new Date(instant.getTime() - hours * 3_600_000);
        expect(iso(dateInZone(shifted, timeZone))).toBe(reference(shifted, timeZone));
        expect(iso(dateInZone(shifted, timeZone))).toBe(reference(shifted, timeZone));
      }),
      { numRuns: 2000 },
    );
  });
});
