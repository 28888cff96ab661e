import "server-only";
import { AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { z } from "zod";
import { loadMyTasks } from "@/features/my-tasks/data";
import { agencyOrganizationIds } from "@/features/updates/data";
import type { SessionActor } from "@/server/session";
import type { myTasksQuerySchema } from "./my-tasks-schemas";

export type MyTasksQuery = z.output<typeof myTasksQuerySchema>;

/**
 * GET /api/v1/me/tasks: the caller's agency's tasks in every plan with an open period, read by the same
 * function as the "Việc của tôi" page (`loadMyTasks`), so the role and the update state are the page's
 * (core's `myUpdateState`). The agency is the caller's (staff or approver), or the one `organizationCode`
 * names among them; a caller of no agency is refused (403).
 */
export async function myTasksForApi(prisma: PrismaClient, actor: SessionActor, query: MyTasksQuery) {
  authorize(actor, "plan.read");
  const agencies = agencyOrganizationIds(actor);
  const memberships = actor.memberships.filter((m) => agencies.includes(m.organizationId));
  const chosen = query.organizationCode
    ? memberships.find((m) => m.organization.code === query.organizationCode)
    : memberships[0];
  if (!chosen) throw new AppError("FORBIDDEN", { message: "not a member of a reporting agency" });
  const mine = await loadMyTasks(prisma, chosen.organizationId);
  return {
    organizationCode: chosen.organization.code,
    data: mine.groups.flatMap((group) =>
      group.rows.map((row) => ({
        planId: group.plan.id,
        planNumber: group.plan.number,
        planSymbol: group.plan.symbol,
        period: { id: group.period.id, year: group.period.year },
        taskId: row.id,
        taskCode: row.code,
        role: row.role === "lead" ? ("LEAD" as const) : ("COORDINATOR" as const),
        updateState: row.state,
      })),
    ),
  };
}
