import { describe, expect, it } from "vitest";
import { defaultPeriodDates, periodDatesProblem } from "./period-dates";

const plan182 = { reportDueDay: 5, reportDueMonth: 12, agencyDeadlineOffsetDays: 10 };

describe("defaultPeriodDates", () => {
  it.each([
    [2026, { cutoffDate: "2026-11-15", agencyDeadline: "2026-11-25", reportDueDate: "2026-12-05" }],
    [2021, { cutoffDate: "2021-11-15", agencyDeadline: "2021-11-25", reportDueDate: "2021-12-05" }],
  ])("plan 182, year %i", (year, expected) => {
    expect(defaultPeriodDates(year, plan182)).toEqual(expected);
  });

  it("crosses month and year boundaries", () => {
    expect(
      defaultPeriodDates(2027, { reportDueDay: 5, reportDueMonth: 1, agencyDeadlineOffsetDays: 10 }),
    ).toEqual({
      cutoffDate: "2026-12-16",
      agencyDeadline: "2026-12-26",
      reportDueDate: "2027-01-05",
    });
  });

  it("refuses impossible rules", () => {
    expect(() => defaultPeriodDates(2026, { ...plan182, reportDueDay: 31, reportDueMonth: 2 })).toThrow(
      RangeError,
    );
    expect(() => defaultPeriodDates(2026, { ...plan182, agencyDeadlineOffsetDays: -1 })).toThrow(RangeError);
  });
});

describe("periodDatesProblem", () => {
  it("accepts ordered dates, equal ones included", () => {
    expect(periodDatesProblem(defaultPeriodDates(2026, plan182))).toBeNull();
    expect(
      periodDatesProblem({
        cutoffDate: "2026-12-05",
        agencyDeadline: "2026-12-05",
        reportDueDate: "2026-12-05",
      }),
    ).toBeNull();
  });
  it("names the broken order", () => {
    expect(
      periodDatesProblem({
        cutoffDate: "2026-11-26",
        agencyDeadline: "2026-11-25",
        reportDueDate: "2026-12-05",
      }),
    ).toBe("CUTOFF_AFTER_DEADLINE");
    expect(
      periodDatesProblem({
        cutoffDate: "2026-11-15",
        agencyDeadline: "2026-12-06",
        reportDueDate: "2026-12-05",
      }),
    ).toBe("DEADLINE_AFTER_DUE");
  });
});
