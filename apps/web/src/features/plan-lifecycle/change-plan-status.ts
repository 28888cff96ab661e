import "server-only";
import { type Actor, AppError, authorize, planLifecycleProblem } from "@plan-tracker/core";
import { calendarDayToDate, dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import type { PrismaClient } from "@plan-tracker/db";
import { actingOrganizationId } from "@plan-tracker/periods/acting-organization";
import { lockPlanPeriods } from "@plan-tracker/periods/period-lock";
import { recordAudit } from "@/server/audit";
import type { ChangePlanStatusInput } from "./schema";

/** Why a change was refused: a key under `plans.lifecycle.errors`, on the field it concerns. */
function refusal(code: "VALIDATION" | "CONFLICT" | "NOT_FOUND", reason: string, field?: string): AppError {
  return new AppError(code, {
    message: `plan lifecycle: ${reason}`,
    details: { reason, ...(field ? { fieldErrors: { [field]: [reason] } } : {}) },
  });
}

const PROBLEM_FIELD: Record<string, string> = {
  endedOnRequired: "endedOn",
  endedBeforeIssued: "endedOn",
  replacementRequired: "replacedByText",
  replacedBySelf: "replacedById",
  replacementNotAllowed: "replacedByText",
};

const lifecycleView = (p: {
  status: string;
  endedOn: Date | null;
  replacedById: string | null;
  replacedByText: string;
}) => ({
  status: p.status,
  endedOn: p.endedOn ? dateToCalendarDay(p.endedOn) : null,
  replacedById: p.replacedById,
  replacedByText: p.replacedByText,
});

/**
 * Puts a plan in or out of force (`plan.manage`: an administrator or the focal agency's compiler). Out of
 * force, the database refuses every write to the plan's periods, updates and reports; back in force (a
 * mistake corrected), they are writable again as they were: nothing is changed or lost either way. The
 * plan's row is locked, so a change based on a stale page is refused. One transaction with its audit event.
 */
export async function changePlanStatus(
  db: PrismaClient,
  actor: Actor,
  input: ChangePlanStatusInput,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ planId: string; status: string }> {
  return db.$transaction(async (tx) => {
    await lockPlanPeriods(tx, input.planId);
    const plan = await tx.plan.findUnique({
      where: { id: input.planId },
      select: {
        id: true,
        issuedOn: true,
        focalOrganizationId: true,
        status: true,
        endedOn: true,
        replacedById: true,
        replacedByText: true,
      },
    });
    if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${input.planId} not found` });
    authorize(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId });
    if (plan.status !== input.from) throw refusal("CONFLICT", "stale");

    const change = {
      status: input.status,
      endedOn: input.status === "ACTIVE" ? null : input.endedOn,
      replacedById: input.status === "REPLACED" ? input.replacedById : null,
      replacedByText: input.status === "REPLACED" ? input.replacedByText : "",
    };
    const problem = planLifecycleProblem(change, {
      id: plan.id,
      issuedOn: dateToCalendarDay(plan.issuedOn),
    });
    if (problem) throw refusal("VALIDATION", problem, PROBLEM_FIELD[problem]);
    if (change.replacedById) {
      const replacing = await tx.plan.findUnique({
        where: { id: change.replacedById },
        select: { id: true },
      });
      if (!replacing) throw refusal("VALIDATION", "replacementUnknown", "replacedById");
    }

    const updated = await tx.plan.update({
      where: { id: plan.id },
      data: {
        status: change.status,
        endedOn: change.endedOn ? calendarDayToDate(change.endedOn) : null,
        replacedById: change.replacedById,
        replacedByText: change.replacedByText,
      },
      select: { id: true, status: true, endedOn: true, replacedById: true, replacedByText: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: actingOrganizationId(actor, plan.focalOrganizationId),
      action: "plan.changeStatus",
      entityType: "Plan",
      entityId: plan.id,
      planId: plan.id,
      before: lifecycleView(plan),
      after: lifecycleView(updated),
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { planId: updated.id, status: updated.status };
  });
}
