import "server-only";
import { type Actor, AppError, authorize, formatDate, toIsoDate } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notify";
import type { CreateDirectiveInput } from "./schema";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/** Everyone who answers for an agency: its approvers and staff. */
export async function agencyRecipients(db: Pick<PrismaClient, "membership">, organizationId: string) {
  const members = await db.membership.findMany({
    where: { organizationId, role: { in: ["APPROVER", "STAFF"] }, user: { lockedAt: null } },
    select: { userId: true },
  });
  return members.map((m) => m.userId);
}

/**
 * A leader's directive on a task (addressed to its lead agency, or to the agency chosen) or to an agency.
 * The target is read from the database, never trusted from the form; the agency's approvers and staff
 * are notified in the same transaction.
 */
export async function createDirective(
  db: PrismaClient,
  actor: Actor,
  input: CreateDirectiveInput,
  context: RequestContext,
  now = new Date(),
) {
  authorize(actor, "directive.create");
  const [plan, task] = await Promise.all([
    db.plan.findUnique({ where: { id: input.planId }, select: { id: true } }),
    input.taskId
      ? db.task.findUnique({
          where: { id: input.taskId },
          select: { id: true, planId: true, code: true, leadOrganizationId: true },
        })
      : null,
  ]);
  if (!plan || (input.taskId && (!task || task.planId !== plan.id))) throw new AppError("NOT_FOUND");
  const organizationId = input.organizationId ?? task?.leadOrganizationId ?? null;
  if (!organizationId) {
    throw new AppError("VALIDATION", { details: { fieldErrors: { organizationId: ["target"] } } });
  }
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, shortName: true },
  });
  if (!organization) throw new AppError("NOT_FOUND");
  if (input.dueDate && input.dueDate < toIsoDate(now)) {
    throw new AppError("VALIDATION", { details: { fieldErrors: { dueDate: ["dueDate"] } } });
  }
  const dueDate = input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null;

  return db.$transaction(async (tx) => {
    const directive = await tx.directive.create({
      data: {
        planId: plan.id,
        taskId: task?.id ?? null,
        organizationId,
        authorId: actor.userId,
        body: input.body,
        dueDate,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "directive.create",
      entityType: "Directive",
      entityId: directive.id,
      planId: plan.id,
      after: { taskId: task?.id ?? null, organizationId, body: input.body, dueDate: input.dueDate ?? null },
      ...context,
    });
    const target = task ? task.code : organization.shortName;
    const due = dueDate ? ` (${formatDate(dueDate)})` : "";
    await notify(tx, await agencyRecipients(tx, organizationId), {
      kind: "directive.created",
      title: { vi: `Ý kiến chỉ đạo mới: ${target}${due}`, en: `New directive: ${target}${due}` },
      body: input.body,
      link: task ? `/tasks/${task.id}#directives` : "/#directives",
    });
    return directive;
  });
}
