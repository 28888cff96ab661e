import "server-only";
import type { PrismaClient } from "@plan-tracker/db";

const directiveSelect = {
  id: true,
  body: true,
  dueDate: true,
  state: true,
  response: true,
  respondedAt: true,
  closedAt: true,
  createdAt: true,
  organizationId: true,
  taskId: true,
  task: { select: { code: true, heading: true } },
  organization: { select: { shortName: true, name: true } },
  author: { select: { name: true } },
  respondedBy: { select: { name: true } },
} as const;

export type DirectiveRow = Awaited<ReturnType<typeof directivesOfTask>>[number];

/** Every directive on a task, newest first (one query with its joins). */
export function directivesOfTask(db: PrismaClient, taskId: string) {
  return db.directive.findMany({
    where: { taskId },
    orderBy: { createdAt: "desc" },
    select: directiveSelect,
  });
}

/** What an agency still has on its desk: directives not yet closed by the leadership, oldest first. */
export function openDirectivesOf(db: PrismaClient, organizationIds: readonly string[]) {
  return db.directive.findMany({
    where: { organizationId: { in: [...organizationIds] }, state: { in: ["OPEN", "ANSWERED"] } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: directiveSelect,
  });
}

/** The agencies a directive on a task may be addressed to: its lead and named coordinators. */
export async function directiveTargetsOf(db: PrismaClient, taskId: string) {
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: {
      leadOrganization: { select: { id: true, shortName: true } },
      coordinators: { select: { organization: { select: { id: true, shortName: true } } } },
    },
  });
  if (!task) return [];
  return [
    ...(task.leadOrganization ? [task.leadOrganization] : []),
    ...task.coordinators.map((c) => c.organization),
  ];
}
