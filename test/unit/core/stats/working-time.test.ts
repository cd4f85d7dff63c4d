import { parseIsoDate, formatIsoDate } from "../../../../src/core/calendar/calendar-date";
import { WorkingDayCalendar } from "../../../../src/core/calendar/working-days";
import { WorkingTime, workingWindowStart } from "../../../../src/core/stats/working-time";
import { ZonedClock } from "../../../../src/core/stats/zoned-clock";

const HOUR = 3_600_000;
const calendar = new WorkingDayCalendar({
  closingDays: [{ id: "grundlovsdag", month: 6, day: 5 }],
  closedDates: [],
});
const clock = new ZonedClock("Europe/Copenhagen");
const meter = new WorkingTime(clock, calendar);
const at = (iso: string): number => Date.parse(iso);

describe("ZonedClock", () => {
  it("reads the local date and time on both sides of a DST change", () => {
    // 2025-03-30 01:00 UTC: Copenhagen moves from +01:00 to +02:00.
    expect(clock.local(at("2025-03-30T00:30:00Z"))).toEqual({
      date: { year: 2025, month: 3, day: 30 },
      msOfDay: 1.5 * HOUR,
    });
    expect(clock.local(at("2025-03-30T01:30:00Z")).msOfDay).toBe(3.5 * HOUR);
    expect(clock.local(at("2025-03-31T22:30:00Z")).date).toEqual({ year: 2025, month: 4, day: 1 });
  });

  it("knows when a local day starts", () => {
    expect(new Date(clock.startOf({ year: 2025, month: 4, day: 1 })).toISOString()).toBe(
      "2025-03-31T22:00:00.000Z",
    );
    expect(new Date(clock.startOf({ year: 2025, month: 1, day: 1 })).toISOString()).toBe(
      "2024-12-31T23:00:00.000Z",
    );
  });
});

describe("WorkingTime (working-day clock)", () => {
  it("a weekend does not count: Friday 15:00 to Monday 09:00 is 18 hours", () => {
    expect(meter.between(at("2025-03-07T14:00:00Z"), at("2025-03-10T08:00:00Z")) / HOUR).toBe(18);
  });

  it("within one working day it is plain wall-clock time", () => {
    expect(meter.between(at("2025-03-11T08:00:00Z"), at("2025-03-11T10:30:00Z")) / HOUR).toBe(2.5);
  });

  it("Easter does not count: Wednesday noon before to Tuesday noon after is 24 hours", () => {
    // 2025: Maundy Thursday 17 April, Good Friday 18, Easter Monday 21 April.
    expect(meter.between(at("2025-04-16T10:00:00Z"), at("2025-04-22T10:00:00Z")) / HOUR).toBe(24);
  });

  it("mail that arrives on a closed day starts its clock when the next working day begins", () => {
    // Saturday 8 March 10:00 local → Monday 10 March 09:00 local: 9 hours.
    expect(meter.between(at("2025-03-08T09:00:00Z"), at("2025-03-10T08:00:00Z")) / HOUR).toBe(9);
  });

  it("a configured closing day does not count", () => {
    // Wednesday 4 June 2025 12:00 → Friday 6 June 12:00, over grundlovsdag (Thursday 5 June).
    expect(meter.between(at("2025-06-04T10:00:00Z"), at("2025-06-06T10:00:00Z")) / HOUR).toBe(24);
  });

  it("an answer before the mail (clock skew) takes no time", () => {
    expect(meter.between(at("2025-03-11T10:00:00Z"), at("2025-03-11T09:00:00Z"))).toBe(0);
  });

  it("gives the same answer whatever order the days are first seen in", () => {
    const fresh = new WorkingTime(clock, calendar);
    expect(fresh.between(at("2025-06-04T10:00:00Z"), at("2025-06-06T10:00:00Z")) / HOUR).toBe(24);
    expect(fresh.between(at("2025-03-07T14:00:00Z"), at("2025-03-10T08:00:00Z")) / HOUR).toBe(18);
    // 23 Dec 11:00 → 2 Jan 11:00: 13 h + 24 Dec + 29, 30, 31 Dec (this calendar keeps those open) + 11 h.
    expect(fresh.between(at("2025-12-23T10:00:00Z"), at("2026-01-02T10:00:00Z")) / HOUR).toBe(
      13 + 4 * 24 + 11,
    );
  });
});

describe("workingWindowStart", () => {
  it("counts back over Easter", () => {
    // Tuesday 22 April 2025, three working days: 22, 16 and 15 April.
    expect(formatIsoDate(workingWindowStart(calendar, parseIsoDate("2025-04-22")!, 3))).toBe("2025-04-15");
  });

  it("from a Sunday, the window is the last working days before it", () => {
    expect(formatIsoDate(workingWindowStart(calendar, parseIsoDate("2025-03-09")!, 2))).toBe("2025-03-06");
  });
});
