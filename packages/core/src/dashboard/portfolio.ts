import { type DashboardTask, standings, type Tally, type TaskYearReport, tally } from "./aggregate";

/**
 * The leadership portfolio: every plan on one page, each with the same figures the single-plan dashboard
 * shows for its period (progress and overdue from `standings`/`tally`, one definition), and every agency's
 * late reports and overdue tasks across the plans.
 */

/** The moment a period's figures are judged at: now while it is open or before its cut-off, else the cut-off. */
export function periodAsOf(period: { state: string; cutoffDate: Date }, now: Date): Date {
  return period.state === "OPEN" || period.cutoffDate > now ? now : period.cutoffDate;
}

/** The period a plan's row shows: the open one, else the one cut off last (periods in any order). */
export function shownPeriod<P extends { state: string; cutoffDate: Date }>(periods: readonly P[]): P | null {
  const open = periods.find((p) => p.state === "OPEN");
  if (open) return open;
  return [...periods].sort((a, b) => b.cutoffDate.getTime() - a.cutoffDate.getTime())[0] ?? null;
}

/**
 * Expected reporters of an open period that have not sent their report (SUBMITTED or ACCEPTED) once the
 * agencies' deadline has passed; before the deadline nobody is late.
 */
export function lateReporters(
  expected: Iterable<string>,
  stateOf: ReadonlyMap<string, string>,
  agencyDeadline: Date,
  now: Date,
): string[] {
  if (now <= agencyDeadline) return [];
  return [...expected].filter((id) => {
    const state = stateOf.get(id);
    return state !== "SUBMITTED" && state !== "ACCEPTED";
  });
}

/** The next date that matters in an open period: the agencies' deadline, then the report due date. */
export function nextDueDate(
  period: { agencyDeadline: Date; reportDueDate: Date } | null,
  now: Date,
): Date | null {
  if (!period) return null;
  const endOfDay = (d: Date) => d.getTime() + 86_400_000;
  if (now.getTime() < endOfDay(period.agencyDeadline)) return period.agencyDeadline;
  return period.reportDueDate;
}

/** One plan's figures in its shown period: the single-plan dashboard's headline (same functions). */
export function planFigures(
  tasks: readonly DashboardTask[],
  reports: readonly TaskYearReport[],
  asOf: Date,
): { tally: Tally; overdueByLead: Map<string, number> } {
  const rows = standings(tasks, reports, asOf);
  const leadOf = new Map(tasks.map((t) => [t.id, t.leadOrganizationId]));
  const overdueByLead = new Map<string, number>();
  for (const row of rows) {
    const lead = leadOf.get(row.taskId);
    if (row.category !== "OVERDUE" || !lead) continue;
    overdueByLead.set(lead, (overdueByLead.get(lead) ?? 0) + 1);
  }
  return { tally: tally(rows), overdueByLead };
}

export type SortDirection = "asc" | "desc";

/**
 * Sorts rows by one column, nulls last whatever the direction, ties broken by `tie` (ascending). Strings
 * compare in Vietnamese order.
 */
export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => string | number | Date | null,
  direction: SortDirection,
  tie: (a: R, b: R) => number = () => 0,
): R[] {
  const sign = direction === "asc" ? 1 : -1;
  const key = (v: string | number | Date | null) => (v instanceof Date ? v.getTime() : v);
  return [...rows].sort((a, b) => {
    const x = key(value(a));
    const y = key(value(b));
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    const c =
      typeof x === "string" && typeof y === "string" ? x.localeCompare(y, "vi") : Number(x) - Number(y);
    return c !== 0 ? sign * c : tie(a, b);
  });
}

export interface AgencyScore {
  organizationId: string;
  /** Plans whose open period expects a report from it or that have a task it leads. */
  plans: number;
  /** Open periods past the agencies' deadline without its report. */
  lateReports: number;
  /** Tasks it leads that are overdue and not completed, over all plans. */
  overdueTasks: number;
}

/** Each agency's late reports and overdue tasks across the plans. */
export function agencyScorecard(
  plans: readonly {
    involved: Iterable<string>;
    late: readonly string[];
    overdueByLead: ReadonlyMap<string, number>;
  }[],
): AgencyScore[] {
  const scores = new Map<string, AgencyScore>();
  const score = (id: string) => {
    let s = scores.get(id);
    if (!s) {
      s = { organizationId: id, plans: 0, lateReports: 0, overdueTasks: 0 };
      scores.set(id, s);
    }
    return s;
  };
  for (const plan of plans) {
    for (const id of new Set(plan.involved)) score(id).plans += 1;
    for (const id of plan.late) score(id).lateReports += 1;
    for (const [id, n] of plan.overdueByLead) score(id).overdueTasks += n;
  }
  return [...scores.values()];
}
