import { describe, expect, it } from "vitest";
import { WorkingCalendar } from "../calendar/working-calendar";
import { type CycleRule, decreeDataWindow, defaultCycleDates } from "./cycle-dates";
import { type PeriodKey, parsePeriodKey } from "./period-key";

const key = (text: string): PeriodKey => {
  const parsed = parsePeriodKey(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const monthly20: CycleRule = { reportDueDay: 20, reportDueMonth: null, agencyDeadlineOffsetDays: 10 };

describe("Decree 09/2019/NĐ-CP, Article 12: the data window of each cycle", () => {
  it.each([
    ["2026-01", "2025-12-15", "2026-01-14"], // January reaches into the previous year
    ["2026-11", "2026-10-15", "2026-11-14"], // 15/11/2026 is a Sunday: the window does not move
    ["2026-12", "2026-11-15", "2026-12-14"],
    ["2026-Q1", "2025-12-15", "2026-03-14"],
    ["2026-Q4", "2026-09-15", "2026-12-14"],
    ["2026-H1", "2025-12-15", "2026-06-14"],
    ["2026-H2", "2026-06-15", "2026-12-14"],
    ["2026", "2025-12-15", "2026-12-14"],
  ])("%s: %s to %s", (text, from, to) => {
    expect(decreeDataWindow(key(text))).toEqual({ from, to });
  });
});

describe("default dates of a period", () => {
  it.each([
    // [period, rule, cut-off, agencies' deadline, due to UBND tỉnh]
    ["2026-01", monthly20, "2026-01-14", "2026-01-15", "2026-01-20"],
    // 20/02/2026 is in the Tết holiday (16–20/02): due the next working day, and no working day lies
    // between the cut-off and it, so the agencies' deadline is the same day.
    ["2026-02", monthly20, "2026-02-14", "2026-02-23", "2026-02-23"],
    ["2026-11", monthly20, "2026-11-14", "2026-11-17", "2026-11-20"],
    // 20/12/2026 is a Sunday: Monday 21/12.
    ["2026-12", monthly20, "2026-12-14", "2026-12-16", "2026-12-21"],
    ["2026-Q4", monthly20, "2026-12-14", "2026-12-16", "2026-12-21"],
    ["2026-H1", monthly20, "2026-06-14", "2026-06-17", "2026-06-22"],
    // "trước ngày 05 hằng tháng": the 5th of the next month (05/12/2026 is a Saturday: Monday 07/12).
    ["2026-11", { ...monthly20, reportDueDay: 5 }, "2026-11-14", "2026-11-27", "2026-12-07"],
    // No day named: the 20th.
    ["2026-03", { ...monthly20, reportDueDay: null }, "2026-03-14", "2026-03-17", "2026-03-20"],
    // Plan 182's own yearly date overrides the decree: before 05/12, agencies ten days earlier.
    [
      "2026",
      { reportDueDay: 5, reportDueMonth: 12, agencyDeadlineOffsetDays: 10 },
      "2026-11-15",
      "2026-11-25",
      "2026-12-05",
    ],
  ] as const)("%s %o → %s, %s, %s", (text, rule, cutoffDate, agencyDeadline, reportDueDate) => {
    expect(defaultCycleDates(key(text), rule)).toEqual({ cutoffDate, agencyDeadline, reportDueDate });
  });

  it("follows the administrator's calendar: an announced day off moves a deadline, a make-up working day does not", () => {
    const calendar = new WorkingCalendar([
      { date: "2026-11-20", kind: "DAY_OFF", name: "Nghỉ bù" },
      { date: "2026-11-21", kind: "WORKING_DAY", name: "Làm bù" },
    ]);
    expect(defaultCycleDates(key("2026-11"), monthly20, calendar).reportDueDate).toBe("2026-11-21");
  });

  it("keeps the dates in order for every month and quarter of a year", () => {
    for (const text of [
      ...Array.from({ length: 12 }, (_, i) => `2027-${i + 1}`),
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
    ]) {
      const d = defaultCycleDates(key(text), monthly20);
      expect(d.cutoffDate < d.agencyDeadline || d.agencyDeadline === d.reportDueDate, text).toBe(true);
      expect(d.agencyDeadline <= d.reportDueDate, text).toBe(true);
    }
  });
});
