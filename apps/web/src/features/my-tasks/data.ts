import "server-only";
import {
  excerpt,
  type MyUpdateState,
  myUpdateState,
  type SubmissionState,
  scopesIncluding,
  searchTokens,
} from "@plan-tracker/core";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { type TaskListRow, taskListSelect } from "@plan-tracker/db/selects";
import { likeLiteral } from "@/server/like-literal";

export interface MyTasksFilters {
  role?: "lead" | "coordinate";
  state?: MyUpdateState;
  q?: string;
  /** Only this plan's group (one of the plans with an open period). */
  planId?: string;
}

/** A plan with an open reporting period, as "Việc của tôi" and the agency home head its group. */
export interface OpenPlan {
  plan: { id: string; number: string; symbol: string; title: string; shortTitle: string };
  focalOrganization: { id: string; shortName: string };
  period: {
    id: string;
    year: number;
    cycle: ReportingCycle;
    index: number;
    agencyDeadline: Date;
    reportDueDate: Date;
    cutoffDate: Date;
  };
}

export interface MyTaskRow {
  id: string;
  code: string;
  heading: string | null;
  content: string;
  kind: TaskListRow["kind"];
  section: { code: string; heading: string };
  lead: string | null;
  role: "lead" | "coordinate";
  state: MyUpdateState;
  itemCount: number;
  itemsUpdated: number;
}

export interface MyTasksGroup extends OpenPlan {
  submission: { state: SubmissionState; returnReason: string | null } | null;
  rows: MyTaskRow[];
  totals: { total: number; updated: number };
}

/**
 * Every plan (ACTIVE) with an OPEN reporting period, nearest agency deadline first. At most one period per
 * plan is open (openPeriod and changePeriodState keep it so). One statement.
 */
export async function openPlans(prisma: PrismaClient): Promise<OpenPlan[]> {
  const periods = await prisma.reportingPeriod.findMany({
    where: { state: "OPEN", plan: { status: "ACTIVE" } },
    orderBy: [{ agencyDeadline: "asc" }, { year: "asc" }],
    select: {
      id: true,
      year: true,
      cycle: true,
      index: true,
      agencyDeadline: true,
      reportDueDate: true,
      cutoffDate: true,
      plan: {
        select: {
          id: true,
          number: true,
          symbol: true,
          title: true,
          focalOrganization: { select: { id: true, shortName: true } },
        },
      },
    },
  });
  const seen = new Set<string>();
  return periods
    .filter((p) => !seen.has(p.plan.id) && seen.add(p.plan.id))
    .map(({ plan, ...period }) => ({
      plan: {
        id: plan.id,
        number: plan.number,
        symbol: plan.symbol,
        title: plan.title,
        shortTitle: excerpt(plan.title, 90),
      },
      focalOrganization: plan.focalOrganization,
      period,
    }));
}

/**
 * "Việc của tôi" for one agency: every task it leads or coordinates (named, or covered by a generic phrase)
 * in every plan that has an open period, grouped by plan (nearest agency deadline first), with the state of
 * its own update and its submission of each plan's period. The same statements whatever the number of
 * plans, tasks and updates: the plans and the organization, then tasks, updates and submissions of all
 * open periods at once (`in` filters), grouped here.
 */
export async function loadMyTasks(
  prisma: PrismaClient,
  organizationId: string,
  filters: MyTasksFilters = {},
) {
  const [organization, plans] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { id: true, name: true, shortName: true, kind: true },
    }),
    openPlans(prisma),
  ]);
  const shown = filters.planId ? plans.filter((p) => p.plan.id === filters.planId) : plans;
  const empty = { organization, plans, groups: [] as MyTasksGroup[], totals: { total: 0, updated: 0 } };
  if (shown.length === 0) return empty;

  const scopes = scopesIncluding(organization.kind);
  const tokens = filters.q ? searchTokens(filters.q) : [];
  const periodIds = shown.map((p) => p.period.id);
  const [tasks, updates, submissions] = await Promise.all([
    prisma.task.findMany({
      where: {
        planId: { in: shown.map((p) => p.plan.id) },
        retiredAt: null,
        OR: [
          { leadOrganizationId: organizationId },
          { leadScope: { in: scopes } },
          { coordinators: { some: { organizationId } } },
          { genericCoordinators: { some: { scope: { in: scopes } } } },
        ],
        ...(tokens.length
          ? { AND: tokens.map((token) => ({ searchKey: { contains: likeLiteral(token) } })) }
          : {}),
      },
      orderBy: { order: "asc" },
      select: {
        ...taskListSelect,
        planId: true,
        actionItems: { orderBy: { order: "asc" }, select: { id: true } },
      },
    }),
    prisma.progressUpdate.findMany({
      where: { periodId: { in: periodIds }, organizationId },
      select: { periodId: true, taskId: true, subjectKey: true },
    }),
    prisma.agencySubmission.findMany({
      where: { periodId: { in: periodIds }, organizationId },
      select: { periodId: true, state: true, returnReason: true },
    }),
  ]);

  // A task belongs to one plan, so (period, task) is (plan, task): the task id alone keys its subjects.
  const updatedSubjects = new Map<string, Set<string>>();
  for (const u of updates) {
    const set = updatedSubjects.get(u.taskId) ?? new Set<string>();
    set.add(u.subjectKey);
    updatedSubjects.set(u.taskId, set);
  }
  const submissionOf = new Map(submissions.map((s) => [s.periodId, s]));
  const tasksOf = new Map<string, typeof tasks>();
  for (const task of tasks) {
    const list = tasksOf.get(task.planId) ?? [];
    list.push(task);
    tasksOf.set(task.planId, list);
  }

  // A plan in which the agency has no task (matching the text) is not its work: no group.
  const groups: MyTasksGroup[] = shown
    .filter((open) => tasksOf.has(open.plan.id))
    .map((open) => {
      const s = submissionOf.get(open.period.id);
      const submission = s ? { state: s.state, returnReason: s.returnReason } : null;
      const all: MyTaskRow[] = (tasksOf.get(open.plan.id) ?? []).map((task) => {
        const subjects = updatedSubjects.get(task.id);
        const role: "lead" | "coordinate" =
          task.leadOrganizationId === organizationId ||
          (task.leadScope !== null && scopes.includes(task.leadScope))
            ? "lead"
            : "coordinate";
        return {
          id: task.id,
          code: task.code,
          heading: task.heading,
          content: task.content,
          kind: task.kind,
          section: task.section,
          lead: task.leadOrganization?.shortName ?? null,
          role,
          state: myUpdateState(Boolean(subjects?.size), submission?.state ?? null),
          itemCount: task.actionItems.length,
          itemsUpdated: task.actionItems.filter((i) => subjects?.has(i.id)).length,
        };
      });
      const rows = all.filter(
        (r) => (!filters.role || r.role === filters.role) && (!filters.state || r.state === filters.state),
      );
      return {
        ...open,
        submission,
        rows,
        totals: { total: all.length, updated: all.filter((r) => r.state !== "NOT_UPDATED").length },
      };
    });
  return {
    organization,
    plans,
    groups,
    totals: {
      total: groups.reduce((n, g) => n + g.totals.total, 0),
      updated: groups.reduce((n, g) => n + g.totals.updated, 0),
    },
  };
}

export type MyTasks = Awaited<ReturnType<typeof loadMyTasks>>;
