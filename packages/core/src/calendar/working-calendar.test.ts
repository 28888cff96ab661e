import { describe, expect, it } from "vitest";
import { deadlineDayNote, WorkingCalendar } from "./working-calendar";

const plain = new WorkingCalendar();

describe("WorkingCalendar", () => {
  it("skips weekends and holidays", () => {
    expect(plain.isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(plain.isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(plain.isWorkingDay("2026-02-17")).toBe(false);
    expect(plain.holidayName("2026-02-17")).toBe("Tết Nguyên đán (mùng 1)");
    expect(plain.holidayName("2026-11-28")).toBeNull();
    expect(plain.holidayName("2026-04-26")).toBe("Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
  });

  it("reads an instant as its day in Vietnam", () => {
    // 17:30 UTC on 16/2 is 00:30 on 17/2 in Vietnam: mùng 1 Tết.
    expect(plain.holidayName(new Date("2026-02-16T17:30:00Z"))).toBe("Tết Nguyên đán (mùng 1)");
    // A @db.Date value (UTC midnight) is the same day in Vietnam.
    expect(plain.isWorkingDay(new Date("2026-11-27T00:00:00Z"))).toBe(true);
  });

  it("applies the admin's days off and make-up working days", () => {
    const cal = new WorkingCalendar([
      { date: "2026-02-13", kind: "DAY_OFF", name: "Nghỉ Tết theo Thông báo của Thủ tướng" },
      { date: "2026-02-21", kind: "DAY_OFF", name: "Nghỉ bù" },
      { date: "2026-01-03", kind: "WORKING_DAY", name: "Làm bù" },
    ]);
    expect(cal.isWorkingDay("2026-02-13")).toBe(false);
    expect(cal.holidayName("2026-02-13")).toBe("Nghỉ Tết theo Thông báo của Thủ tướng");
    expect(cal.isWorkingDay("2026-01-03")).toBe(true); // a Saturday made a working day
    expect(cal.daysOff(2026).map((d) => d.date)).toContain("2026-02-21");
  });

  it("adds working days across Tết and weekends", () => {
    expect(plain.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(plain.addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
    expect(plain.addWorkingDays("2026-11-25", -7)).toBe("2026-11-16");
    expect(plain.addWorkingDays("2026-11-28", 0)).toBe("2026-11-30");
    expect(plain.addWorkingDays("2026-11-27", 0)).toBe("2026-11-27");
  });

  it("counts working days between two days", () => {
    expect(plain.workingDaysBetween("2026-11-16", "2026-11-25")).toBe(7);
    expect(plain.workingDaysBetween("2026-11-25", "2026-11-16")).toBe(-7);
    expect(plain.workingDaysBetween("2026-11-25", "2026-11-25")).toBe(0);
    expect(plain.workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
    for (const n of [1, 3, 7, 20]) {
      expect(plain.workingDaysBetween(plain.addWorkingDays("2026-12-05", -n), "2026-12-07")).toBe(n);
    }
  });

  it("rejects days that do not exist", () => {
    expect(() => plain.isWorkingDay("2026-02-30")).toThrow(RangeError);
    expect(() => plain.isWorkingDay("30/11/2026")).toThrow(RangeError);
  });
});

describe("deadlineDayNote", () => {
  it("flags a deadline on a Saturday (5/12/2026) with the next working day", () => {
    expect(deadlineDayNote(plain, "2026-12-05")).toEqual({
      onDayOff: true,
      reason: "Thứ Bảy",
      nextWorkingDay: "2026-12-07",
    });
  });

  it("names the holiday and says nothing of a working day", () => {
    expect(deadlineDayNote(plain, "2026-09-02").reason).toBe("Quốc khánh (2/9)");
    expect(deadlineDayNote(plain, "2026-11-25")).toEqual({
      onDayOff: false,
      reason: null,
      nextWorkingDay: null,
    });
  });
});
