"use server";

import { authorize } from "@plan-tracker/core";
import { refresh, updateTag } from "next/cache";
import { z } from "zod";
import { actionFailure } from "@/features/submissions/action-result";
import { auditRequestContext, recordAudit } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { publicPlanTag } from "./cached";

const schema = z.object({
  planId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export type PublishState =
  | { status: "idle" }
  | { status: "done"; isPublic: boolean }
  | ReturnType<typeof actionFailure>;

/** An administrator shows or hides a plan on the public page; audited; the cached page expires at once. */
export async function setPlanPublicAction(_prev: PublishState, form: FormData): Promise<PublishState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = schema.safeParse({ planId: form.get("planId"), isPublic: form.get("isPublic") });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    authorize(actor, "plan.publish");
    const context = await auditRequestContext();
    await prisma.$transaction(async (tx) => {
      const before = await tx.plan.findUniqueOrThrow({
        where: { id: parsed.data.planId },
        select: { isPublic: true },
      });
      await tx.plan.update({ where: { id: parsed.data.planId }, data: { isPublic: parsed.data.isPublic } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "plan.publish",
        entityType: "Plan",
        entityId: parsed.data.planId,
        planId: parsed.data.planId,
        before,
        after: { isPublic: parsed.data.isPublic },
        ...context,
      });
    });
  } catch (error) {
    return actionFailure(error, "plan.publish");
  }
  updateTag(publicPlanTag(parsed.data.planId));
  refresh();
  return { status: "done", isPublic: parsed.data.isPublic };
}
