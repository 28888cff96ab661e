import "server-only";
import { type Actor, AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notify";
import type { RequestContext } from "./create-directive";
import type { AnswerDirectiveInput } from "./schema";

const directiveSelect = {
  id: true,
  planId: true,
  state: true,
  authorId: true,
  organizationId: true,
  taskId: true,
  task: { select: { code: true } },
  organization: { select: { shortName: true } },
} as const;

async function loadDirective(db: PrismaClient, id: string) {
  const directive = await db.directive.findUnique({ where: { id }, select: directiveSelect });
  if (!directive) throw new AppError("NOT_FOUND");
  return directive;
}

const stateConflict = () => new AppError("CONFLICT", { details: { reason: "state" } });

/**
 * The agency's answer (its approvers or staff), once: a second answer, or one to a closed directive,
 * is a CONFLICT. The write is conditional on the state, so two answers at once cannot both land.
 */
export async function answerDirective(
  db: PrismaClient,
  actor: Actor,
  input: AnswerDirectiveInput,
  context: RequestContext,
  now = new Date(),
) {
  const directive = await loadDirective(db, input.directiveId);
  if (!directive.organizationId) throw new AppError("FORBIDDEN");
  authorize(actor, "directive.answer", { targetOrganizationId: directive.organizationId });
  if (directive.state !== "OPEN") throw stateConflict();
  await db.$transaction(async (tx) => {
    const { count } = await tx.directive.updateMany({
      where: { id: directive.id, state: "OPEN" },
      data: { state: "ANSWERED", response: input.response, respondedById: actor.userId, respondedAt: now },
    });
    if (count !== 1) throw stateConflict();
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: directive.organizationId,
      action: "directive.answer",
      entityType: "Directive",
      entityId: directive.id,
      planId: directive.planId,
      before: { state: "OPEN" },
      after: { state: "ANSWERED", response: input.response },
      ...context,
    });
    const target = directive.task?.code ?? directive.organization?.shortName ?? "";
    await notify(tx, [directive.authorId], {
      kind: "directive.answered",
      title: {
        vi: `${directive.organization?.shortName ?? ""} đã trả lời ý kiến chỉ đạo: ${target}`,
        en: `${directive.organization?.shortName ?? ""} answered a directive: ${target}`,
      },
      body: input.response,
      link: directive.taskId ? `/tasks/${directive.taskId}#directives` : "/#directives",
    });
  });
}

/** Any leader closes a directive, answered or not (leadership acts as one body). */
export async function closeDirective(
  db: PrismaClient,
  actor: Actor,
  directiveId: string,
  context: RequestContext,
  now = new Date(),
) {
  authorize(actor, "directive.close");
  const directive = await loadDirective(db, directiveId);
  if (directive.state === "CLOSED") throw stateConflict();
  await db.$transaction(async (tx) => {
    const { count } = await tx.directive.updateMany({
      where: { id: directive.id, state: directive.state },
      data: { state: "CLOSED", closedAt: now },
    });
    if (count !== 1) throw stateConflict();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "directive.close",
      entityType: "Directive",
      entityId: directive.id,
      planId: directive.planId,
      before: { state: directive.state },
      after: { state: "CLOSED" },
      ...context,
    });
  });
}
