import { parseIsoDate } from "../../../../src/core/calendar/calendar-date";
import { isoWeek } from "../../../../src/core/stats/iso-week";

describe("isoWeek", () => {
  it.each([
    ["2025-01-01", "2025-W01"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2026-12-31", "2026-W53"],
    ["2025-04-14", "2025-W16"],
    ["2025-04-20", "2025-W16"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeek(parseIsoDate(date)!)).toBe(week);
  });
});
