import { describe, expect, it } from "vitest";
import type { DashboardTask, TaskYearReport } from "./aggregate";
import { standings, tally } from "./aggregate";
import {
  agencyScorecard,
  lateReporters,
  nextDueDate,
  periodAsOf,
  planFigures,
  shownPeriod,
  sortRows,
} from "./portfolio";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("portfolio figures", () => {
  it("a plan's figures are the single-plan dashboard's headline", () => {
    const tasks: DashboardTask[] = [
      {
        id: "a",
        code: "1",
        kind: "ONE_OFF",
        dueDate: d("2026-06-30"),
        sectionId: "s",
        leadOrganizationId: "X",
      },
      {
        id: "b",
        code: "2",
        kind: "ONE_OFF",
        dueDate: d("2027-06-30"),
        sectionId: "s",
        leadOrganizationId: "Y",
      },
      {
        id: "c",
        code: "3",
        kind: "ONE_OFF",
        dueDate: d("2026-01-30"),
        sectionId: "s",
        leadOrganizationId: null,
      },
    ];
    const reports: TaskYearReport[] = [
      {
        taskId: "b",
        periodId: "p2026",
        year: 2026,
        reports: 1,
        completed: 0,
        blocked: 0,
        doneThisYear: 0,
        notStarted: 0,
        percent: 40,
        completedOn: null,
      },
    ];
    const asOf = d("2026-11-28");
    const { tally: t, overdueByLead } = planFigures(tasks, reports, asOf);
    expect(t).toEqual(tally(standings(tasks, reports, asOf)));
    expect(t.byCategory.OVERDUE).toBe(2);
    expect([...overdueByLead]).toEqual([["X", 1]]);
  });

  it("late reporters only after the agencies' deadline, sent or accepted are not late", () => {
    const states = new Map([
      ["A", "SUBMITTED"],
      ["B", "DRAFT"],
      ["C", "ACCEPTED"],
      ["D", "RETURNED"],
    ]);
    const expected = ["A", "B", "C", "D", "E"];
    expect(lateReporters(expected, states, d("2026-11-25"), d("2026-11-20"))).toEqual([]);
    expect(lateReporters(expected, states, d("2026-11-25"), d("2026-11-28"))).toEqual(["B", "D", "E"]);
  });

  it("next due date: the agencies' deadline through its day, then the report due date", () => {
    const p = { agencyDeadline: d("2026-11-25"), reportDueDate: d("2026-12-05") };
    expect(nextDueDate(p, new Date("2026-11-25T12:00:00Z"))).toEqual(d("2026-11-25"));
    expect(nextDueDate(p, d("2026-11-26"))).toEqual(d("2026-12-05"));
    expect(nextDueDate(null, d("2026-11-26"))).toBeNull();
  });

  it("the shown period is the open one, else the latest; past periods are judged at their cut-off", () => {
    const periods = [
      { year: 2024, state: "CLOSED", cutoffDate: d("2024-11-15") },
      { year: 2025, state: "FINALIZED", cutoffDate: d("2025-11-15") },
    ];
    expect(shownPeriod(periods)?.year).toBe(2025);
    expect(shownPeriod([...periods, { year: 2023, state: "OPEN", cutoffDate: d("2023-11-15") }])?.year).toBe(
      2023,
    );
    expect(periodAsOf(periods[0] as (typeof periods)[0], d("2026-01-01"))).toEqual(d("2024-11-15"));
    expect(periodAsOf({ state: "OPEN", cutoffDate: d("2024-11-15") }, d("2026-01-01"))).toEqual(
      d("2026-01-01"),
    );
  });

  it("sorts either way with nulls last and Vietnamese names", () => {
    const rows = [
      { n: "Đồng", v: 2 as number | null },
      { n: "An", v: null },
      { n: "Bình", v: 5 },
    ];
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.n)).toEqual(["Đồng", "Bình", "An"]);
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.n)).toEqual(["Bình", "Đồng", "An"]);
    expect(sortRows(rows, (r) => r.n, "asc").map((r) => r.n)).toEqual(["An", "Bình", "Đồng"]);
  });

  it("the scorecard adds each agency's late reports and overdue tasks over the plans", () => {
    const card = agencyScorecard([
      { involved: ["A", "B"], late: ["A"], overdueByLead: new Map([["B", 2]]) },
      { involved: ["A"], late: ["A"], overdueByLead: new Map([["A", 1]]) },
    ]);
    expect(card).toEqual([
      { organizationId: "A", plans: 2, lateReports: 2, overdueTasks: 1 },
      { organizationId: "B", plans: 1, lateReports: 0, overdueTasks: 2 },
    ]);
  });
});
