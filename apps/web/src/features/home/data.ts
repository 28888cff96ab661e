import "server-only";
import { scopesIncluding } from "@plan-tracker/core/plan/coordinator-scope";
import { compareSectionCodes } from "@plan-tracker/core/plan/section-code";
import { taskListSelect } from "@plan-tracker/db/selects";
import { CURRENT_PLAN_ORDER } from "@/features/plans/current-plan";
import { prisma } from "@/server/db";

/**
 * The plan the home page is about: among active plans, the one with reporting periods (being reported on)
 * before one just imported without any, then the most recently issued. One query.
 */
export async function currentPlan() {
  return prisma.plan.findFirst({
    where: { status: "ACTIVE" },
    orderBy: [...CURRENT_PLAN_ORDER],
    select: { id: true, symbol: true, title: true, reportDueDay: true, reportDueMonth: true },
  });
}

/**
 * The tasks an agency leads or coordinates in a plan, named or through a generic phrase that covers
 * its kind ("các sở, ngành và địa phương"). Two queries whatever the plan's size.
 */
export async function agencyTasks(organizationId: string, planId: string) {
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { id: true, kind: true, shortName: true, name: true },
  });
  const scopes = scopesIncluding(org.kind);
  const tasks = await prisma.task.findMany({
    where: {
      planId,
      retiredAt: null,
      OR: [
        { leadOrganizationId: organizationId },
        { leadScope: { in: scopes } },
        { coordinators: { some: { organizationId } } },
        { genericCoordinators: { some: { scope: { in: scopes } } } },
      ],
    },
    orderBy: { order: "asc" },
    select: { ...taskListSelect, _count: { select: { actionItems: true } } },
  });
  const role = (t: (typeof tasks)[number]) =>
    t.leadOrganizationId === organizationId || (t.leadScope !== null && scopes.includes(t.leadScope))
      ? "lead"
      : "coordinate";
  return { organization: org, tasks: tasks.map((t) => ({ ...t, role: role(t) as "lead" | "coordinate" })) };
}

/** Counts for the compiler's and leader's overview: four aggregate queries. */
export async function planOverview(planId: string) {
  const [taskCount, actionItemCount, byLead, sections] = await Promise.all([
    prisma.task.count({ where: { planId } }),
    prisma.actionItem.count({ where: { task: { planId } } }),
    prisma.task.groupBy({
      by: ["leadOrganizationId", "leadScopePhrase"],
      where: { planId },
      _count: { _all: true },
    }),
    prisma.section.findMany({
      where: { planId, tasks: { some: {} } },
      orderBy: [{ depth: "asc" }, { order: "asc" }],
      select: { id: true, code: true, heading: true, _count: { select: { tasks: true } } },
    }),
  ]);
  const leadIds = byLead.map((g) => g.leadOrganizationId).filter((id): id is string => id !== null);
  const leads = await prisma.organization.findMany({
    where: { id: { in: leadIds } },
    select: { id: true, shortName: true, name: true },
  });
  const nameOf = new Map(leads.map((o) => [o.id, o]));
  return {
    taskCount,
    actionItemCount,
    leadCount: leadIds.length,
    byLead: byLead
      .map((g) => ({
        organization: g.leadOrganizationId ? (nameOf.get(g.leadOrganizationId) ?? null) : null,
        genericLead: g.leadScopePhrase,
        count: g._count._all,
      }))
      .sort((a, b) => b.count - a.count),
    bySection: sections
      .sort((a, b) => compareSectionCodes(a.code, b.code))
      .map((s) => ({ code: s.code, heading: s.heading, count: s._count.tasks })),
  };
}
