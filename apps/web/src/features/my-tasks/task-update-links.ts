import "server-only";
import { isAppError } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { agencyOrganizationIds } from "@/features/updates/data";
import { loadUpdateTarget } from "@/features/updates/load-update-target";
import type { SessionActor } from "@/server/session";

export interface TaskUpdateLink {
  periodId: string;
  year: number;
  organizationId: string;
  organizationShortName: string;
  role: "lead" | "coordinate";
}

/**
 * Where the task page's "Cập nhật" leads: for each of the actor's agencies that is expected to report on
 * the task, its update in the OPEN period of the task's own plan (not of some "current" plan). Checked by
 * the editor's own target check (`loadUpdateTarget`: lead, named or generic coordinator as of the cut-off
 * day), so the button shows exactly where the editor opens. One statement, plus one per agency of the actor
 * (one, rarely two).
 */
export async function taskUpdateLinks(
  prisma: PrismaClient,
  actor: SessionActor,
  task: { id: string; planId: string },
): Promise<TaskUpdateLink[]> {
  const organizationIds = agencyOrganizationIds(actor);
  if (organizationIds.length === 0) return [];
  const period = await prisma.reportingPeriod.findFirst({
    where: { planId: task.planId, state: "OPEN", plan: { status: "ACTIVE" } },
    orderBy: { year: "desc" },
    select: { id: true, year: true },
  });
  if (!period) return [];
  const links = await Promise.all(
    organizationIds.map((organizationId) =>
      loadUpdateTarget(prisma, {
        periodId: period.id,
        taskId: task.id,
        actionItemId: null,
        organizationId,
      }).then(
        (target): TaskUpdateLink => ({
          periodId: period.id,
          year: period.year,
          organizationId,
          organizationShortName: target.organization.shortName,
          role: target.role,
        }),
        (error: unknown) => {
          if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return null;
          throw error;
        },
      ),
    ),
  );
  return links.filter((link): link is TaskUpdateLink => link !== null);
}
