import { WorkingCalendar } from "@plan-tracker/core/calendar/working-calendar";
import { defaultCycleDates } from "@plan-tracker/core/reporting/cycle-dates";
import { formatPeriodKey } from "@plan-tracker/core/reporting/period-key";
import { describe, expect, it } from "vitest";
import { planPeriods } from "./periods";
import { PROFILES, planProfile } from "./profiles";
import { AS_OF_DAY, FIRST_YEAR, OPEN_YEAR, SYNTHETIC_PLANS } from "./shape";

const calendar = new WorkingCalendar();
const years = { firstYear: FIRST_YEAR, openYear: OPEN_YEAR, asOf: AS_OF_DAY };
const periodsOf = (name: keyof typeof PROFILES) =>
  planPeriods(PROFILES[name].cycles, PROFILES[name], calendar, years);

describe("a synthetic plan's periods", () => {
  it.each([
    // profile, periods, the open one
    ["MONTHLY", 72, "2026-12"],
    ["MONTHLY_ANNUAL", 77, "2026-12"], // the year 2026 (due 20/12) is not opened: 2026-12 is due 21/12
    ["QUARTERLY", 24, "2026-Q4"],
    ["QUARTERLY_HALF_ANNUAL", 40, "2026-H2"], // Q4 and H2 due 21/12: the longer; the year (20/12) waits
    ["ANNUAL", 6, "2026"],
  ] as const)("%s: %i periods, %s open", (name, count, openKey) => {
    const periods = periodsOf(name);
    expect(periods).toHaveLength(count);
    const open = periods.filter((p) => p.state === "OPEN");
    expect(open.map((p) => formatPeriodKey(p.key))).toEqual([openKey]);
    // The open one is the latest due; every other is due before the data set's day, and done.
    const latestDue = periods
      .map((p) => p.dates.reportDueDate)
      .sort()
      .at(-1);
    expect(open[0]?.dates.reportDueDate).toBe(latestDue);
    for (const p of periods.filter((q) => q.state !== "OPEN")) {
      expect(p.dates.reportDueDate < AS_OF_DAY).toBe(true);
      expect(p.state).toBe(p.dates.reportDueDate >= `${OPEN_YEAR - 1}-12-05` ? "FINALIZED" : "CLOSED");
    }
    // Every cycle of the plan has periods, each key once, dated by the product's defaults.
    expect(new Set(periods.map((p) => p.key.cycle))).toEqual(new Set(PROFILES[name].cycles));
    expect(new Set(periods.map((p) => formatPeriodKey(p.key))).size).toBe(count);
    for (const p of periods) {
      expect(p.dates).toEqual(defaultCycleDates(p.key, PROFILES[name], calendar));
      expect(p.dates.cutoffDate <= p.dates.agencyDeadline).toBe(true);
      expect(p.dates.agencyDeadline <= p.dates.reportDueDate).toBe(true);
    }
  });

  it("a yearly plan keeps the earlier data set's periods: 2021–2025 done (2025 finalized), 2026 open", () => {
    expect(periodsOf("ANNUAL").map((p) => [p.key.year, p.state])).toEqual([
      [2021, "CLOSED"],
      [2022, "CLOSED"],
      [2023, "CLOSED"],
      [2024, "CLOSED"],
      [2025, "FINALIZED"],
      [2026, "OPEN"],
    ]);
    expect(periodsOf("ANNUAL")[5]?.dates).toEqual({
      cutoffDate: "2026-11-25",
      agencyDeadline: "2026-12-05",
      reportDueDate: "2026-12-15",
    });
  });

  it("a monthly plan's months run 2021-01 to 2026-12 in order, the last twelve before the open one finalized", () => {
    const months = periodsOf("MONTHLY");
    expect(formatPeriodKey(months[0]?.key ?? { cycle: "ANNUAL", year: 0, index: 1 })).toBe("2021-01");
    expect(months.filter((p) => p.state === "FINALIZED").map((p) => formatPeriodKey(p.key))).toEqual([
      "2025-12",
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    ]);
  });
});

describe("the mix of plans", () => {
  it("at full scale: 34 monthly, 10 quarterly, 5 yearly plans and about 2,900 periods", () => {
    const profiles = Array.from({ length: SYNTHETIC_PLANS }, (_, i) => planProfile(i));
    const count = (name: string) => profiles.filter((p) => p.name === name).length;
    expect([
      count("MONTHLY"),
      count("MONTHLY_ANNUAL"),
      count("QUARTERLY"),
      count("QUARTERLY_HALF_ANNUAL"),
      count("ANNUAL"),
    ]).toEqual([20, 14, 5, 5, 5]);
    const periods = profiles.reduce((n, p) => n + planPeriods(p.cycles, p, calendar, years).length, 0);
    expect(periods).toBe(2868);
  });

  it("every profile is among the first ten plans, so --scale 0.2 has them all; plan 0 reports monthly", () => {
    const first = Array.from({ length: 10 }, (_, i) => planProfile(i).name);
    expect(new Set(first)).toEqual(new Set(Object.keys(PROFILES)));
    expect(first[0]).toBe("MONTHLY");
  });
});
