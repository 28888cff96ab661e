import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLong,
  formatDateTime,
  formatTime,
  officialDateLine,
  officialDateText,
  toIsoDate,
} from "./format";
import { vnDate } from "./vn-time";

const utc = (iso: string) => new Date(iso);

describe("formatDate / formatDateTime", () => {
  it.each([
    ["2026-12-05T07:30:00Z", "05/12/2026", "05/12/2026 14:30"],
    ["2026-12-04T17:00:00Z", "05/12/2026", "05/12/2026 00:00"], // already 05/12 in Vietnam
    ["2026-12-04T16:59:00Z", "04/12/2026", "04/12/2026 23:59"],
    ["2026-12-31T18:05:00Z", "01/01/2027", "01/01/2027 01:05"],
    ["2020-11-27T02:00:00Z", "27/11/2020", "27/11/2020 09:00"],
  ])("%s -> %s, %s", (iso, date, dateTime) => {
    expect(formatDate(utc(iso))).toBe(date);
    expect(formatDateTime(utc(iso))).toBe(dateTime);
  });

  it("formats the time alone and the long form", () => {
    expect(formatTime(utc("2026-12-05T07:30:00Z"))).toBe("14:30");
    expect(formatDateLong(vnDate(2026, 12, 5))).toBe("ngày 05/12/2026");
  });

  it("throws on an invalid Date rather than printing NaN", () => {
    expect(() => formatDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("officialDateText (Decree 30/2020/NĐ-CP)", () => {
  it.each([
    [2026, 12, 5, "ngày 05 tháng 12 năm 2026"],
    [2026, 2, 5, "ngày 05 tháng 02 năm 2026"],
    [2026, 1, 20, "ngày 20 tháng 01 năm 2026"],
    [2026, 3, 15, "ngày 15 tháng 3 năm 2026"],
    [2026, 11, 9, "ngày 09 tháng 11 năm 2026"],
    [2026, 10, 10, "ngày 10 tháng 10 năm 2026"],
    [2020, 11, 27, "ngày 27 tháng 11 năm 2020"],
    [2026, 9, 1, "ngày 01 tháng 9 năm 2026"],
  ])("%i-%i-%i -> %s", (year, month, day, text) => {
    expect(officialDateText(vnDate(year, month, day))).toBe(text);
  });

  it("uses the Vietnam day, not the process's", () => {
    // 23:30 UTC on 04/12 is 06:30 on 05/12 in Vietnam.
    expect(officialDateText(utc("2026-12-04T23:30:00Z"))).toBe("ngày 05 tháng 12 năm 2026");
  });

  it("prefixes the place", () => {
    expect(officialDateLine("Kiên Giang", vnDate(2026, 12, 5))).toBe("Kiên Giang, ngày 05 tháng 12 năm 2026");
    expect(officialDateLine(" Kiên Giang ", vnDate(2026, 2, 3))).toBe(
      "Kiên Giang, ngày 03 tháng 02 năm 2026",
    );
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2026-12-04T17:00:00Z", "2026-12-05"],
    ["2026-12-04T16:59:59Z", "2026-12-04"],
  ])("%s -> %s", (iso, date) => {
    expect(toIsoDate(utc(iso))).toBe(date);
  });
});
