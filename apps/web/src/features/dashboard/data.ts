import "server-only";
import { daysUntil } from "@plan-tracker/core";
import {
  cumulativeByDay,
  type DashboardTask,
  periodAsOf,
  rankAgencies,
  standings,
  type Tally,
  type TaskStanding,
  tally,
  tallyBy,
  topSectionOf,
  trendByPeriod,
} from "@plan-tracker/core/dashboard";
import { compareSectionCodes } from "@plan-tracker/core/plan/section-code";
import {
  formatPeriodKey,
  periodKeyOf,
  periodName,
  periodNameInSentence,
  type ReportingCycle,
} from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { expectedReporterIds } from "./expected";
import {
  firstSubmissionsByDay,
  ISSUE_LIMIT,
  type IssueRow,
  planAssignments,
  planTasks,
  type TaskRow,
  taskYearReports,
  yearIssues,
} from "./queries";

export interface DashboardInput {
  planId: string;
  /**
   * The period shown, by key ("2026", "2026-Q4", "2026-11"); the open period (or else the latest) when
   * absent or unknown.
   */
  period?: string;
  now: Date;
  /** List filters: reporting / lead agency, top-level section. */
  organizationId?: string;
  sectionId?: string;
}

export interface DashboardTaskItem {
  id: string;
  code: string;
  title: string;
  sectionCode: string;
  leadName: string;
  percent: number | null;
  category: TaskStanding["category"];
}

/**
 * Everything the leadership dashboard shows for one plan and year. Issues 8 SQL statements whatever the
 * number of updates (counted by a test): the plan with its periods, sections, tasks, organizations,
 * assignments, per-task-and-year aggregates, first submissions per day, the year's difficulties.
 * Returns null for an unknown plan.
 */
export async function loadDashboard(db: PrismaClient, input: DashboardInput) {
  const plan = await db.plan.findUnique({
    where: { id: input.planId },
    select: {
      id: true,
      symbol: true,
      title: true,
      focalOrganizationId: true,
      reportDueDay: true,
      reportDueMonth: true,
      periods: {
        orderBy: [{ cutoffDate: "asc" }, { year: "asc" }],
        select: {
          id: true,
          year: true,
          cycle: true,
          index: true,
          state: true,
          cutoffDate: true,
          agencyDeadline: true,
          reportDueDate: true,
        },
      },
    },
  });
  if (!plan) return null;
  const open = plan.periods.find((p) => p.state === "OPEN") ?? null;
  const keyOf = (p: (typeof plan.periods)[number]) => formatPeriodKey(periodKeyOf(p));
  const period =
    plan.periods.find((p) => keyOf(p) === input.period) ??
    open ??
    plan.periods[plan.periods.length - 1] ??
    null;
  const asOfFor = (p: { state: string; cutoffDate: Date }) => periodAsOf(p, input.now);

  const [sections, tasks, organizations, reports, assignments, submissionDays, submissions] =
    await Promise.all([
      db.section.findMany({
        where: { planId: plan.id },
        select: { id: true, parentId: true, code: true, heading: true },
      }),
      planTasks(db, plan.id),
      db.organization.findMany({
        select: { id: true, name: true, shortName: true, kind: true, validFrom: true, validTo: true },
      }),
      taskYearReports(db, plan.id),
      open ? planAssignments(db, plan.id) : Promise.resolve([]),
      open ? firstSubmissionsByDay(db, open.id) : Promise.resolve([]),
      open
        ? db.agencySubmission.findMany({
            where: { periodId: open.id },
            select: { organizationId: true, state: true },
          })
        : Promise.resolve([]),
    ]);

  const topOf = topSectionOf(sections);
  const sectionFilter = input.sectionId
    ? sections.find((s) => s.id === input.sectionId && !s.parentId)
    : undefined;
  const sectionIds = sectionFilter
    ? sections.filter((s) => topOf(s.id) === sectionFilter.id).map((s) => s.id)
    : undefined;
  const issues: IssueRow[] = period
    ? await yearIssues(db, period.id, {
        organizationId: input.organizationId,
        ...(sectionIds ? { sectionIds } : {}),
      })
    : [];

  const orgOf = new Map(organizations.map((o) => [o.id, o]));
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  const dashTasks: DashboardTask[] = tasks.map((t) => ({
    id: t.id,
    code: t.code,
    kind: t.kind,
    dueDate: t.dueDate,
    sectionId: t.sectionId,
    leadOrganizationId: t.leadOrganizationId,
  }));
  const periodReports = period ? reports.filter((r) => r.periodId === period.id) : [];
  const rows = period ? standings(dashTasks, periodReports, asOfFor(period)) : [];
  const headline = tally(rows);

  const bySectionTally = tallyBy(dashTasks, rows, (t) => topOf(t.sectionId));
  const bySection = [...bySectionTally]
    .map(([id, t]) => ({
      id,
      code: sectionOf.get(id)?.code ?? "",
      heading: sectionOf.get(id)?.heading ?? "",
      ...t,
    }))
    .sort((a, b) => compareSectionCodes(a.code, b.code));
  const leadName = (id: string) => orgOf.get(id)?.shortName ?? id;
  const byAgency = rankAgencies(
    tallyBy(dashTasks, rows, (t) => t.leadOrganizationId),
    leadName,
  );
  const nameOf = new Map(plan.periods.map((p) => [p.id, periodName(periodKeyOf(p))]));
  const trend = trendByPeriod(
    dashTasks,
    reports,
    plan.periods.map((p) => ({ periodId: p.id, asOf: asOfFor(p) })),
  ).map((point) => ({ ...point, name: nameOf.get(point.periodId) ?? "" }));

  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const matches = (t: TaskRow) =>
    (!input.organizationId || t.leadOrganizationId === input.organizationId) &&
    (!sectionFilter || topOf(t.sectionId) === sectionFilter.id);
  const item = (s: TaskStanding): DashboardTaskItem[] => {
    const t = taskOf.get(s.taskId);
    if (!t || !matches(t)) return [];
    return [
      {
        id: t.id,
        code: t.code,
        title: t.heading ?? t.content,
        sectionCode: sectionOf.get(topOf(t.sectionId))?.code ?? "",
        leadName: t.leadOrganizationId ? leadName(t.leadOrganizationId) : (t.leadScopePhrase ?? ""),
        percent: s.percent,
        category: s.category,
      },
    ];
  };

  return {
    plan: { id: plan.id, symbol: plan.symbol, title: plan.title },
    periods: plan.periods.map((p) => ({ key: keyOf(p), name: periodName(periodKeyOf(p)), state: p.state })),
    period: period
      ? {
          ...period,
          key: keyOf(period),
          label: periodNameInSentence(periodKeyOf(period)),
          asOf: asOfFor(period),
        }
      : null,
    headline,
    openPeriod: open
      ? openPeriodStatus(open, input.now, tasks, organizations, assignments, submissions, submissionDays)
      : null,
    bySection,
    byAgency,
    trend,
    overdue: rows.filter((r) => r.category === "OVERDUE").flatMap(item),
    blocked: rows.filter((r) => r.blocked).flatMap(item),
    issues: {
      rows: issues.map(({ total: _total, ...rest }) => rest),
      total: issues[0]?.total ?? 0,
      limit: ISSUE_LIMIT,
    },
    filters: {
      agencies: [...new Set(tasks.flatMap((t) => (t.leadOrganizationId ? [t.leadOrganizationId] : [])))]
        .concat(issues.map((i) => i.organizationId))
        .filter((id, index, all) => all.indexOf(id) === index)
        .map((id) => ({ id, name: leadName(id) }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
      sections: bySection.map((s) => ({ id: s.id, code: s.code, heading: s.heading })),
      organizationId: input.organizationId && orgOf.has(input.organizationId) ? input.organizationId : null,
      sectionId: sectionFilter?.id ?? null,
    },
  };
}

export type DashboardView = NonNullable<Awaited<ReturnType<typeof loadDashboard>>>;
export type { Tally };

function openPeriodStatus(
  open: {
    id: string;
    year: number;
    cycle: ReportingCycle;
    index: number;
    cutoffDate: Date;
    agencyDeadline: Date;
    reportDueDate: Date;
  },
  now: Date,
  tasks: readonly TaskRow[],
  organizations: readonly { id: string; kind: string; validFrom: Date | null; validTo: Date | null }[],
  assignments: Awaited<ReturnType<typeof planAssignments>>,
  submissions: readonly { organizationId: string; state: string }[],
  days: Awaited<ReturnType<typeof firstSubmissionsByDay>>,
) {
  const expected = expectedReporterIds(tasks, assignments, organizations, open.cutoffDate);
  const states = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, NONE: 0 };
  const stateOf = new Map(submissions.map((s) => [s.organizationId, s.state]));
  for (const id of expected) {
    const state = (stateOf.get(id) ?? "NONE") as keyof typeof states;
    states[state] += 1;
  }
  return {
    year: open.year,
    label: periodNameInSentence(periodKeyOf(open)),
    expected: expected.size,
    submitted: states.SUBMITTED + states.ACCEPTED,
    states,
    daysToReportDue: daysUntil(open.reportDueDate, now),
    daysToAgencyDeadline: daysUntil(open.agencyDeadline, now),
    reportDueDate: open.reportDueDate,
    agencyDeadline: open.agencyDeadline,
    byDay: cumulativeByDay(days),
  };
}
