import "server-only";
import {
  agencyScorecard,
  type DashboardTask,
  lateReporters,
  nextDueDate,
  periodAsOf,
  planFigures,
  type SortDirection,
  shownPeriod,
  sortRows,
  type TaskYearReport,
} from "@plan-tracker/core/dashboard";
import { periodKeyOf, periodName } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { reportersOf } from "./expected";
import { type AgencySort, PLAN_STATUSES, type PlanSort, type PlanStatus } from "./portfolio-options";
import {
  type PortfolioTaskRow,
  periodTaskReports,
  plansReporters,
  plansTasks,
  portfolioPeriods,
  portfolioPlans,
} from "./queries";

export interface PortfolioInput {
  now: Date;
  /** Only the plans of this status; all when absent (ACTIVE ones first). */
  status?: PlanStatus;
  sort?: PlanSort;
  dir?: SortDirection;
  agencySort?: AgencySort;
  agencyDir?: SortDirection;
}

export interface PortfolioPlan {
  id: string;
  symbol: string;
  title: string;
  status: PlanStatus;
  focalName: string;
  /** The period the figures are for ("Năm 2026", "Tháng 11/2026"): the open one, else the latest; null without any. */
  period: string | null;
  open: boolean;
  percent: number | null;
  tasks: number;
  overdue: number;
  /** Expected reporters of the open period without a sent report after the agencies' deadline. */
  lateAgencies: number;
  expectedAgencies: number;
  nextDue: Date | null;
  /** The next due date is the agencies' deadline (else the report due date). */
  nextDueIsAgencyDeadline: boolean;
  reportState: "DRAFT" | "FINAL" | "SENT" | null;
}

export interface PortfolioAgency {
  organizationId: string;
  name: string;
  plans: number;
  lateReports: number;
  overdueTasks: number;
}

const REPORT_ORDER = { null: 0, DRAFT: 1, FINAL: 2, SENT: 3 } as const;

/**
 * The leaders' portfolio: every plan in one table and every agency's record across them. Seven SQL
 * statements whatever the number of plans, periods, tasks or updates (counted by a test): plans, periods
 * with their consolidated report, tasks, per-task answers of each plan's shown period, the agencies and
 * phrases each plan's tasks name (one row per plan), sent reports of the open periods, organizations.
 */
export async function loadPortfolio(db: PrismaClient, input: PortfolioInput) {
  const { now } = input;
  const plans = await portfolioPlans(db, input.status ?? null);
  const planIds = plans.map((p) => p.id);
  const periods = await portfolioPeriods(db, planIds);
  const periodsOf = groupBy(periods, (p) => p.planId);
  const shown = new Map(plans.map((p) => [p.id, shownPeriod(periodsOf.get(p.id) ?? [])]));
  const shownIds = [...shown.values()].flatMap((p) => (p ? [p.id] : []));
  const openIds = [...shown.values()].flatMap((p) => (p?.state === "OPEN" ? [p.id] : []));

  const [tasks, reports, reporters, submissions, organizations] = await Promise.all([
    plansTasks(db, planIds),
    periodTaskReports(db, shownIds),
    plansReporters(db, planIds),
    // Only sent reports: lateReporters asks whether an expected reporter has one (5,900 rows → 1,300).
    db.agencySubmission.findMany({
      where: { periodId: { in: openIds }, state: { in: ["SUBMITTED", "ACCEPTED"] } },
      select: { periodId: true, organizationId: true, state: true },
    }),
    db.organization.findMany({
      select: { id: true, name: true, shortName: true, kind: true, validFrom: true, validTo: true },
    }),
  ]);

  const tasksOf = groupBy(tasks, (t) => t.planId);
  const reportsOf = groupBy(reports, (r) => r.periodId);
  const reportersOfPlan = new Map(reporters.map((r) => [r.planId, r]));
  const submissionsOf = groupBy(submissions, (s) => s.periodId);
  const nameOf = new Map(organizations.map((o) => [o.id, o.shortName || o.name]));

  const perPlan = plans.map((plan) => {
    const period = shown.get(plan.id) ?? null;
    const planTasks: PortfolioTaskRow[] = tasksOf.get(plan.id) ?? [];
    const dashTasks: DashboardTask[] = planTasks;
    const yearReports: TaskYearReport[] = period ? (reportsOf.get(period.id) ?? []) : [];
    const figures = period ? planFigures(dashTasks, yearReports, periodAsOf(period, now)) : null;
    const open = period?.state === "OPEN" ? period : null;
    // The union over the plan's tasks, as expectedReporterIds gives it from the per-task rows.
    const named = reportersOfPlan.get(plan.id);
    const expected = open
      ? reportersOf(
          [
            ...planTasks.flatMap((t) => (t.leadOrganizationId ? [t.leadOrganizationId] : [])),
            ...(named?.organizationIds ?? []),
          ],
          named?.scopes ?? [],
          organizations,
          open.cutoffDate,
        )
      : new Set<string>();
    const stateOf = new Map(
      (open ? (submissionsOf.get(open.id) ?? []) : []).map((s) => [s.organizationId, s.state]),
    );
    const late = open ? lateReporters(expected, stateOf, open.agencyDeadline, now) : [];
    const nextDue = nextDueDate(open, now);
    const row: PortfolioPlan = {
      id: plan.id,
      symbol: plan.symbol,
      title: plan.title,
      status: plan.status,
      focalName: plan.focalName,
      period: period ? periodName(periodKeyOf(period)) : null,
      open: open !== null,
      percent: figures?.tally.percent ?? null,
      tasks: planTasks.length,
      overdue: figures?.tally.byCategory.OVERDUE ?? 0,
      lateAgencies: late.length,
      expectedAgencies: expected.size,
      nextDue,
      nextDueIsAgencyDeadline: open !== null && nextDue?.getTime() === open.agencyDeadline.getTime(),
      reportState: period?.reportState ?? null,
    };
    const involved = [
      ...expected,
      ...planTasks.flatMap((t) => (t.leadOrganizationId ? [t.leadOrganizationId] : [])),
    ];
    return { row, involved, late, overdueByLead: figures?.overdueByLead ?? new Map<string, number>() };
  });

  const planValue: Record<PlanSort, (r: PortfolioPlan) => string | number | Date | null> = {
    plan: (r) => r.symbol,
    focal: (r) => r.focalName,
    percent: (r) => r.percent,
    overdue: (r) => r.overdue,
    late: (r) => r.lateAgencies,
    due: (r) => r.nextDue,
    report: (r) => REPORT_ORDER[r.reportState ?? "null"],
  };
  const sort = input.sort ?? "plan";
  const dir = input.dir ?? "asc";
  const statusRank = (r: PortfolioPlan) => PLAN_STATUSES.indexOf(r.status);
  const sortedPlans = sortRows(
    perPlan.map((p) => p.row),
    planValue[sort],
    dir,
    (a, b) => a.symbol.localeCompare(b.symbol, "vi"),
  ).sort((a, b) => statusRank(a) - statusRank(b)); // stable: ACTIVE first, the chosen order within

  const agencyValue: Record<AgencySort, (r: PortfolioAgency) => string | number> = {
    agency: (r) => r.name,
    plans: (r) => r.plans,
    late: (r) => r.lateReports,
    overdue: (r) => r.overdueTasks,
  };
  const agencySort = input.agencySort ?? "late";
  const agencyDir = input.agencyDir ?? (agencySort === "agency" ? "asc" : "desc");
  const agencies = sortRows(
    agencyScorecard(perPlan).map((s) => ({ ...s, name: nameOf.get(s.organizationId) ?? s.organizationId })),
    agencyValue[agencySort],
    agencyDir,
    (a, b) =>
      b.lateReports - a.lateReports || b.overdueTasks - a.overdueTasks || a.name.localeCompare(b.name, "vi"),
  );

  return {
    plans: sortedPlans,
    agencies,
    sort: { plan: { key: sort, dir }, agency: { key: agencySort, dir: agencyDir } },
    status: input.status ?? null,
  };
}

export type PortfolioView = Awaited<ReturnType<typeof loadPortfolio>>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
