import { describe, expect, it } from "vitest";
import { vnDate } from "../dates/vn-time";
import {
  combinedStatus,
  cumulativeByDay,
  type DashboardTask,
  rankAgencies,
  standings,
  type TaskYearReport,
  tally,
  tallyBy,
  topSectionOf,
  trendByPeriod,
} from "./aggregate";

const task = (id: string, over: Partial<DashboardTask> = {}): DashboardTask => ({
  id,
  code: id,
  kind: "ONE_OFF",
  dueDate: vnDate(2025, 12, 31),
  sectionId: "S1",
  leadOrganizationId: "A",
  ...over,
});

const report = (taskId: string, over: Partial<TaskYearReport> = {}): TaskYearReport => ({
  taskId,
  periodId: "p2026",
  year: 2026,
  reports: 1,
  completed: 0,
  blocked: 0,
  doneThisYear: 0,
  notStarted: 0,
  percent: 50,
  completedOn: null,
  ...over,
});

// Six tasks, one per display category, hand-checked against the regime's rules at 01/10/2026.
const tasks: DashboardTask[] = [
  task("t1", { dueDate: vnDate(2026, 12, 31), sectionId: "S1a" }), // on time, done 2026-06-01
  task("t2", { dueDate: vnDate(2025, 6, 30), sectionId: "S1a" }), // done late 2026-03-01
  task("t3", { dueDate: vnDate(2026, 12, 31), leadOrganizationId: "B" }), // in progress, 40%
  task("t4", { dueDate: vnDate(2026, 6, 30), leadOrganizationId: "B", sectionId: "S2" }), // overdue, blocked 20%
  task("t5", { kind: "CONTINUOUS", dueDate: null, leadOrganizationId: "C", sectionId: "S2" }), // recurring, done this year
  task("t6", { dueDate: vnDate(2027, 1, 1), leadOrganizationId: null, sectionId: "S2" }), // nothing reported
];
const reports: TaskYearReport[] = [
  report("t1", { completed: 1, percent: 100, completedOn: vnDate(2026, 6, 1) }),
  report("t2", { completed: 1, percent: 100, completedOn: vnDate(2026, 3, 1) }),
  report("t3", { percent: 40 }),
  report("t4", { blocked: 1, percent: 20 }),
  report("t5", { doneThisYear: 1, percent: 100 }),
];
const asOf = vnDate(2026, 10, 1);

describe("combinedStatus", () => {
  it("is completed only when every report is, blocked when any is", () => {
    expect(combinedStatus(report("x", { reports: 3, completed: 3 }))).toBe("COMPLETED");
    expect(combinedStatus(report("x", { reports: 3, completed: 2, blocked: 1 }))).toBe("BLOCKED");
    expect(combinedStatus(report("x", { reports: 2, completed: 1 }))).toBe("IN_PROGRESS");
    expect(combinedStatus(report("x", { reports: 2, doneThisYear: 2 }))).toBe("DONE_THIS_YEAR");
    expect(combinedStatus(report("x", { reports: 2, notStarted: 2 }))).toBe("NOT_STARTED");
    expect(combinedStatus(report("x", { reports: 0 }))).toBeNull();
  });
});

describe("standings and tally", () => {
  const rows = standings(tasks, reports, asOf);

  it("derives each task's display category", () => {
    expect(rows.map((r) => [r.taskId, r.category])).toEqual([
      ["t1", "COMPLETED_ON_TIME"],
      ["t2", "COMPLETED_LATE"],
      ["t3", "IN_PROGRESS_ON_TIME"],
      ["t4", "OVERDUE"],
      ["t5", "RECURRING"],
      ["t6", "NOT_REPORTED"],
    ]);
    expect(rows.find((r) => r.taskId === "t4")?.blocked).toBe(true);
  });

  it("counts by category, late and blocked; percent averages all tasks, unreported as 0", () => {
    const t = tally(rows);
    expect(t.total).toBe(6);
    expect(t.byCategory).toEqual({
      COMPLETED_ON_TIME: 1,
      COMPLETED_LATE: 1,
      IN_PROGRESS_ON_TIME: 1,
      OVERDUE: 1,
      RECURRING: 1,
      NOT_REPORTED: 1,
    });
    expect(t.late).toBe(2);
    expect(t.blocked).toBe(1);
    // (100 + 100 + 40 + 20 + 100 + 0) / 6
    expect(t.percent).toBeCloseTo(60);
  });

  it("has no percent when nothing was reported", () => {
    expect(tally(standings(tasks, [], asOf)).percent).toBeNull();
    expect(tally([]).total).toBe(0);
  });
});

describe("by section", () => {
  const sections = [
    { id: "S1", parentId: null },
    { id: "S1a", parentId: "S1" },
    { id: "S2", parentId: null },
  ];
  it("counts every task under its top-level section", () => {
    const top = topSectionOf(sections);
    expect(top("S1a")).toBe("S1");
    expect(top("S2")).toBe("S2");
    const rows = standings(tasks, reports, asOf);
    const bySection = tallyBy(tasks, rows, (t) => top(t.sectionId));
    // S1: t1, t2, t3 -> (100 + 100 + 40) / 3 = 80
    expect(bySection.get("S1")?.total).toBe(3);
    expect(bySection.get("S1")?.percent).toBeCloseTo(80);
    // S2: t4, t5, t6 -> (20 + 100 + 0) / 3 = 40
    expect(bySection.get("S2")?.byCategory.OVERDUE).toBe(1);
    expect(bySection.get("S2")?.percent).toBeCloseTo(40);
  });
});

describe("by lead agency", () => {
  it("ranks by percent, then fewer late and blocked; ties share a rank; generic leads are left out", () => {
    const rows = standings(tasks, reports, asOf);
    const byLead = tallyBy(tasks, rows, (t) => t.leadOrganizationId);
    expect([...byLead.keys()].sort()).toEqual(["A", "B", "C"]);
    const names: Record<string, string> = { A: "Sở A", B: "Sở B", C: "Sở C" };
    const ranked = rankAgencies(byLead, (id) => names[id] ?? id);
    // C: 100% (0 late); A: 100% (1 late: t2); B: (40 + 20) / 2 = 30%, 1 late, 1 blocked.
    expect(ranked.map((r) => [r.organizationId, r.rank, r.late, r.blocked])).toEqual([
      ["C", 1, 0, 0],
      ["A", 2, 1, 0],
      ["B", 3, 1, 1],
    ]);
    expect(ranked[2]?.percent).toBeCloseTo(30);

    const tied = rankAgencies(
      new Map([
        [
          "X",
          tally([
            { taskId: "a", category: "IN_PROGRESS_ON_TIME", percent: 50, blocked: false, reported: true },
          ]),
        ],
        [
          "Y",
          tally([
            { taskId: "b", category: "IN_PROGRESS_ON_TIME", percent: 50, blocked: false, reported: true },
          ]),
        ],
        [
          "Z",
          tally([{ taskId: "c", category: "NOT_REPORTED", percent: null, blocked: false, reported: false }]),
        ],
      ]),
      (id) => id,
    );
    expect(tied.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(tied[2]?.organizationId).toBe("Z");
  });
});

describe("over successive periods", () => {
  it("judges each period at its own cut-off, from its own reports only", () => {
    const one = [task("t", { dueDate: vnDate(2024, 6, 30) })];
    const trend = trendByPeriod(
      one,
      [
        report("t", { periodId: "2023", year: 2023, percent: 30 }),
        report("t", { periodId: "2024", year: 2024, percent: 70 }),
        report("t", { periodId: "2025-11", year: 2025, percent: 90 }),
        report("t", {
          periodId: "2025-12",
          year: 2025,
          completed: 1,
          percent: 100,
          completedOn: vnDate(2025, 2, 1),
        }),
      ],
      [
        { periodId: "2023", asOf: vnDate(2023, 11, 15) },
        { periodId: "2024", asOf: vnDate(2024, 11, 15) },
        // Two months of one year: each its own point, not one year's mixture.
        { periodId: "2025-11", asOf: vnDate(2025, 11, 14) },
        { periodId: "2025-12", asOf: vnDate(2025, 12, 14) },
        { periodId: "2026", asOf: vnDate(2026, 11, 15) },
      ],
    );
    expect(trend.map((p) => [p.periodId, p.percent, p.byCategory])).toEqual([
      ["2023", 30, expect.objectContaining({ IN_PROGRESS_ON_TIME: 1 })],
      ["2024", 70, expect.objectContaining({ OVERDUE: 1 })],
      ["2025-11", 90, expect.objectContaining({ OVERDUE: 1 })],
      ["2025-12", 100, expect.objectContaining({ COMPLETED_LATE: 1 })],
      // Nothing reported yet in 2026, and past due: overdue, no percent.
      ["2026", null, expect.objectContaining({ OVERDUE: 1 })],
    ]);
  });
});

describe("cumulativeByDay", () => {
  it("runs a total over days in order", () => {
    expect(
      cumulativeByDay([
        { day: "2026-11-20", submitted: 2 },
        { day: "2026-11-18", submitted: 1 },
        { day: "2026-11-25", submitted: 3 },
      ]),
    ).toEqual([
      { day: "2026-11-18", submitted: 1, cumulative: 1 },
      { day: "2026-11-20", submitted: 2, cumulative: 3 },
      { day: "2026-11-25", submitted: 3, cumulative: 6 },
    ]);
  });
});
