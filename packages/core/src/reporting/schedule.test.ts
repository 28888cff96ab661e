import { describe, expect, it } from "vitest";
import type { CycleRule } from "./cycle-dates";
import { formatPeriodKey, type ReportingCycle } from "./period-key";
import { type SchedulePlan, scheduledPeriod } from "./schedule";

const monthly20: CycleRule = { reportDueDay: 20, reportDueMonth: null, agencyDeadlineOffsetDays: 10 };
/** Plan 182/KH-UBND: "trước ngày 05 tháng 12 hằng năm", agencies ten days earlier. */
const kh182: CycleRule = { reportDueDay: 5, reportDueMonth: 12, agencyDeadlineOffsetDays: 10 };

const plan = (cycles: ReportingCycle[], rule: CycleRule = monthly20, term = [2021, 2030]): SchedulePlan => ({
  cycles,
  rule,
  validFromYear: term[0] ?? 2021,
  validToYear: term[1] ?? 2030,
});

const due = (p: SchedulePlan, today: string) => {
  const s = scheduledPeriod(p, today);
  return s ? formatPeriodKey(s.key) : null;
};

describe("the period due to open on a day", () => {
  it.each([
    // [cycles, rule, today, due]
    [["MONTHLY"], monthly20, "2026-11-01", "2026-11"], // opens on the first of the cut-off's month
    [["MONTHLY"], monthly20, "2026-10-31", null], // October's was due 20/10; November's opens 01/11
    [["MONTHLY"], monthly20, "2026-11-20", "2026-11"], // the due day itself
    [["MONTHLY"], monthly20, "2026-11-23", null], // after 20/11 and before 01/12 nothing is due
    [["MONTHLY"], monthly20, "2026-12-21", "2026-12"], // 20/12 is a Sunday: due Monday 21/12
    [["MONTHLY"], monthly20, "2027-01-04", "2027-01"], // January: cut off 14/01/2027
    [["QUARTERLY"], monthly20, "2026-11-05", null], // Quý IV is cut off 14/12: opens 01/12
    [["QUARTERLY"], monthly20, "2026-12-01", "2026-Q4"],
    [["SEMIANNUAL", "ANNUAL"], monthly20, "2026-06-10", "2026-H1"],
    // The year takes the second half's place (both cut off 14/12).
    [["SEMIANNUAL", "ANNUAL"], monthly20, "2026-12-10", "2026"],
    // …and December's, for a plan reporting every month and every year.
    [["MONTHLY", "ANNUAL"], monthly20, "2026-12-03", "2026"],
    [["MONTHLY", "ANNUAL"], monthly20, "2026-06-03", "2026-06"],
    // Plan 182: the year is cut off 15/11 and due 05/12, so it opens 01/11 and is due until 05/12.
    [["ANNUAL"], kh182, "2026-10-31", null],
    [["ANNUAL"], kh182, "2026-11-01", "2026"],
    [["ANNUAL"], kh182, "2026-12-05", "2026"],
    [["ANNUAL"], kh182, "2026-12-06", null],
    // Monthly beside 182's year: November is the year's; December opens on 01/12 (the later period).
    [["MONTHLY", "ANNUAL"], kh182, "2026-11-10", "2026"],
    [["MONTHLY", "ANNUAL"], kh182, "2026-12-02", "2026-12"],
  ] as const)("%j %j on %s: %s", (cycles, rule, today, expected) => {
    expect(due(plan([...cycles], rule), today)).toBe(expected);
  });

  it("opens nothing outside the plan's term", () => {
    expect(due(plan(["MONTHLY"], monthly20, [2024, 2026]), "2026-12-10")).toBe("2026-12");
    expect(due(plan(["MONTHLY"], monthly20, [2024, 2026]), "2027-01-10")).toBeNull();
    expect(due(plan(["ANNUAL"], kh182, [2027, 2030]), "2026-11-10")).toBeNull();
  });

  it("gives the dates the period opens with", () => {
    expect(scheduledPeriod(plan(["MONTHLY"]), "2026-11-02")).toEqual({
      key: { cycle: "MONTHLY", year: 2026, index: 11 },
      opensOn: "2026-11-01",
      dates: { cutoffDate: "2026-11-14", agencyDeadline: "2026-11-17", reportDueDate: "2026-11-20" },
    });
  });
});
