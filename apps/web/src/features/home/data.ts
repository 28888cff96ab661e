import "server-only";
import { scopesIncluding } from "@plan-tracker/core/plan/coordinator-scope";
import { taskListSelect } from "@plan-tracker/db/selects";
import { prisma } from "@/server/db";

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
