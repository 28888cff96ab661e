import "server-only";
import { AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import type { SessionActor } from "@/server/session";

/**
 * An administrator shows or hides a plan on the public page, audited. An unknown plan is NOT_FOUND, an
 * answer the form can show, not a Prisma failure logged as a fault.
 */
export async function setPlanPublic(
  db: PrismaClient,
  actor: SessionActor,
  input: { planId: string; isPublic: boolean },
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<void> {
  authorize(actor, "plan.publish");
  await db.$transaction(async (tx) => {
    const before = await tx.plan.findUnique({ where: { id: input.planId }, select: { isPublic: true } });
    if (!before) throw new AppError("NOT_FOUND", { message: `no plan ${input.planId}` });
    await tx.plan.update({ where: { id: input.planId }, data: { isPublic: input.isPublic } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "plan.publish",
      entityType: "Plan",
      entityId: input.planId,
      planId: input.planId,
      before,
      after: { isPublic: input.isPublic },
      ...context,
    });
  });
}
