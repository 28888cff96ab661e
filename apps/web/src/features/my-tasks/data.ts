import "server-only";
import { type MyUpdateState, myUpdateState, scopesIncluding, searchTokens } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { taskListSelect } from "@plan-tracker/db/selects";
import { CURRENT_PLAN_ORDER } from "@/features/plans/current-plan";
import { likeLiteral } from "@/server/like-literal";

export interface MyTasksFilters {
  role?: "lead" | "coordinate";
  state?: MyUpdateState;
  q?: string;
}

/**
 * "Việc của tôi" for one agency: every task it leads or coordinates (named, or covered by a generic
 * phrase) in the plan's open period, with the state of its own update. Six queries whatever the size.
 */
export async function loadMyTasks(
  prisma: PrismaClient,
  organizationId: string,
  filters: MyTasksFilters = {},
) {
  const [organization, plan] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { id: true, name: true, shortName: true, kind: true },
    }),
    prisma.plan.findFirst({
      where: { status: "ACTIVE" },
      orderBy: [...CURRENT_PLAN_ORDER],
      select: { id: true, symbol: true },
    }),
  ]);
  if (!plan) return { organization, plan: null, period: null, rows: [], totals: { total: 0, updated: 0 } };
  const period = await prisma.reportingPeriod.findFirst({
    where: { planId: plan.id, state: "OPEN" },
    orderBy: { year: "desc" },
    select: { id: true, year: true, agencyDeadline: true, reportDueDate: true },
  });
  if (!period) return { organization, plan, period: null, rows: [], totals: { total: 0, updated: 0 } };

  const scopes = scopesIncluding(organization.kind);
  const tokens = filters.q ? searchTokens(filters.q) : [];
  const [tasks, updates, submission] = await Promise.all([
    prisma.task.findMany({
      where: {
        planId: plan.id,
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
      select: { ...taskListSelect, actionItems: { orderBy: { order: "asc" }, select: { id: true } } },
    }),
    prisma.progressUpdate.findMany({
      where: { periodId: period.id, organizationId },
      select: { taskId: true, subjectKey: true, updatedAt: true },
    }),
    prisma.agencySubmission.findUnique({
      where: { periodId_organizationId: { periodId: period.id, organizationId } },
      select: { state: true, returnReason: true },
    }),
  ]);

  const updatedSubjects = new Map<string, Set<string>>();
  for (const u of updates) {
    const set = updatedSubjects.get(u.taskId) ?? new Set<string>();
    set.add(u.subjectKey);
    updatedSubjects.set(u.taskId, set);
  }
  const all = tasks.map((task) => {
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
    organization,
    plan,
    period,
    submission,
    rows,
    totals: { total: all.length, updated: all.filter((r) => r.state !== "NOT_UPDATED").length },
  };
}
