import { describe, expect, it } from "vitest";
import {
  addVnDays,
  daysUntil,
  isSameVnDay,
  isValidCalendarDate,
  isVnWeekend,
  startOfVnDay,
  vnDate,
  vnDateParts,
  vnDateTimeParts,
  vnDayDiff,
} from "./vn-time";

const utc = (iso: string) => new Date(iso);

describe("test environment", () => {
  it("runs under a non-UTC, non-Vietnam zone so a forgotten time zone fails", () => {
    // Asia/Kathmandu has been UTC+5:45 since 1986.
    expect(new Date("2026-06-01T00:00:00Z").getTimezoneOffset()).toBe(-345);
  });
});

describe("vnDateParts", () => {
  it.each([
    ["2026-12-05T00:00:00Z", { year: 2026, month: 12, day: 5 }],
    ["2026-12-04T16:59:59.999Z", { year: 2026, month: 12, day: 4 }], // 23:59:59.999 in Vietnam
    ["2026-12-04T17:00:00Z", { year: 2026, month: 12, day: 5 }], // midnight in Vietnam
    ["2026-12-31T17:00:00Z", { year: 2027, month: 1, day: 1 }], // new year in Vietnam, not yet in UTC
    ["2024-02-28T17:30:00Z", { year: 2024, month: 2, day: 29 }],
  ])("%s -> %j", (iso, parts) => {
    expect(vnDateParts(utc(iso))).toEqual(parts);
  });

  it("gives hours, minutes and weekday in Vietnam", () => {
    expect(vnDateTimeParts(utc("2026-12-05T07:30:45Z"))).toEqual({
      year: 2026,
      month: 12,
      day: 5,
      hour: 14,
      minute: 30,
      second: 45,
      weekday: 6, // Saturday
    });
  });

  it("rejects an invalid Date", () => {
    expect(() => vnDateParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("vnDate", () => {
  it.each([
    [2026, 12, 5, "2026-12-04T17:00:00.000Z"],
    [2027, 1, 1, "2026-12-31T17:00:00.000Z"],
    [2024, 2, 29, "2024-02-28T17:00:00.000Z"],
    [2020, 11, 27, "2020-11-26T17:00:00.000Z"],
  ])("%i-%i-%i is 00:00 in Vietnam", (year, month, day, iso) => {
    expect(vnDate(year, month, day).toISOString()).toBe(iso);
  });

  it("round-trips through vnDateParts for every day of a leap year", () => {
    let d = vnDate(2028, 1, 1);
    for (let i = 0; i < 366; i++) {
      const { year, month, day } = vnDateParts(d);
      expect(vnDate(year, month, day).getTime()).toBe(d.getTime());
      d = addVnDays(d, 1);
    }
    expect(vnDateParts(d)).toEqual({ year: 2029, month: 1, day: 1 });
  });

  it.each([
    [2026, 2, 29],
    [2026, 2, 31],
    [2026, 13, 1],
    [2026, 0, 10],
    [2026, 4, 31],
    [2026, 1, 0],
    [2026.5, 1, 1],
  ])("throws for %i-%i-%i", (year, month, day) => {
    expect(() => vnDate(year, month, day)).toThrow(RangeError);
  });
});

describe("isValidCalendarDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2100, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 12, 31, true],
    [2026, 11, 31, false],
  ])("%i-%i-%i -> %s", (year, month, day, valid) => {
    expect(isValidCalendarDate(year, month, day)).toBe(valid);
  });
});

describe("startOfVnDay", () => {
  it.each([
    ["2026-12-05T16:59:59Z", "2026-12-04T17:00:00.000Z"],
    ["2026-12-05T17:00:00Z", "2026-12-05T17:00:00.000Z"],
    ["2026-12-04T17:00:00Z", "2026-12-04T17:00:00.000Z"],
    ["2026-12-05T03:00:00Z", "2026-12-04T17:00:00.000Z"],
  ])("%s -> %s", (iso, start) => {
    expect(startOfVnDay(utc(iso)).toISOString()).toBe(start);
  });
});

describe("daysUntil", () => {
  const due = vnDate(2026, 12, 5);
  it.each([
    ["2026-11-25T01:00:00Z", 10],
    ["2026-12-03T23:00:00Z", 1], // 06:00 on 04/12 in Vietnam
    ["2026-12-04T16:59:59Z", 1], // 23:59:59 on 04/12 in Vietnam
    ["2026-12-04T17:00:00Z", 0], // 00:00 on the due day
    ["2026-12-05T16:59:59Z", 0], // 23:59:59 on the due day: still on time
    ["2026-12-05T17:00:00Z", -1], // the next day in Vietnam, though still 05/12 in UTC
    ["2027-01-04T10:00:00Z", -30],
  ])("now %s -> %i", (now, days) => {
    expect(daysUntil(due, utc(now))).toBe(days);
  });

  it("ignores the time of day of the deadline", () => {
    const lateInDay = utc("2026-12-05T16:00:00Z"); // 23:00 on 05/12 in Vietnam
    expect(daysUntil(lateInDay, utc("2026-12-04T17:00:00Z"))).toBe(0);
  });
});

describe("day helpers", () => {
  it("vnDayDiff counts calendar days across a year end", () => {
    expect(vnDayDiff(vnDate(2026, 12, 31), vnDate(2027, 1, 1))).toBe(1);
    expect(vnDayDiff(vnDate(2027, 1, 1), vnDate(2026, 12, 31))).toBe(-1);
  });

  it("isSameVnDay compares Vietnam days, not UTC days", () => {
    // 23:30 and 00:30 in UTC: same UTC day? no; same Vietnam day (06:30 and 07:30)? yes.
    expect(isSameVnDay(utc("2026-12-04T23:30:00Z"), utc("2026-12-05T00:30:00Z"))).toBe(true);
    // Same UTC day, different Vietnam days (23:30 on 04/12, 00:30 on 05/12).
    expect(isSameVnDay(utc("2026-12-04T16:30:00Z"), utc("2026-12-04T17:30:00Z"))).toBe(false);
  });

  it("addVnDays keeps the wall-clock time and refuses fractions", () => {
    expect(addVnDays(utc("2026-12-05T07:30:00Z"), -10).toISOString()).toBe("2026-11-25T07:30:00.000Z");
    expect(() => addVnDays(utc("2026-12-05T07:30:00Z"), 1.5)).toThrow(RangeError);
  });

  it.each([
    ["2026-12-04T17:00:00Z", true], // Saturday 05/12 00:00 in Vietnam
    ["2026-12-06T16:59:00Z", true], // Sunday 06/12 23:59
    ["2026-12-06T17:00:00Z", false], // Monday 07/12 00:00
    ["2026-12-04T16:59:00Z", false], // Friday 04/12 23:59
  ])("isVnWeekend(%s) -> %s", (iso, weekend) => {
    expect(isVnWeekend(utc(iso))).toBe(weekend);
  });
});
