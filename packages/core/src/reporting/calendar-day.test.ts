import { describe, expect, it } from "vitest";
import { formatDate } from "../dates/format";
import { calendarDayToDate, dateToCalendarDay } from "./calendar-day";

describe("calendar days in @db.Date columns", () => {
  it("stores a day as UTC midnight and reads it back, whatever the process zone", () => {
    const date = calendarDayToDate("2026-12-05");
    expect(date.toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(dateToCalendarDay(date)).toBe("2026-12-05");
    expect(formatDate(date)).toBe("05/12/2026");
  });

  it.each(["2026-02-29", "2026-13-01", "5/12/2026", "2026-12-5", ""])("refuses %j", (text) => {
    expect(() => calendarDayToDate(text)).toThrow(RangeError);
  });
});
