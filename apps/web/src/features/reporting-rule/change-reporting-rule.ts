import "server-only";
import { type Actor, AppError, authorize, isPlanInForce } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { actingOrganizationId } from "@plan-tracker/periods/acting-organization";
import { lockPlanPeriods } from "@plan-tracker/periods/period-lock";
import { recordAudit } from "@/server/audit";
import { type ReportingRuleInput, ruleStamp } from "./schema";

const ruleSelect = {
  id: true,
  status: true,
  focalOrganizationId: true,
  reportingCycles: true,
  reportDueDay: true,
  reportDueMonth: true,
  agencyDeadlineOffsetDays: true,
} as const;

/**
 * Changes a plan's reporting rule (`plan.manage`): its cycles, the day (and, for a yearly report, the
 * month) the focal agency reports to UBND tỉnh, and how many days earlier the agencies report. Periods
 * already opened keep their dates; the next ones default to the new rule. Refused on a plan out of force
 * and on a stale page. One transaction with its audit event.
 */
export async function changeReportingRule(
  db: PrismaClient,
  actor: Actor,
  input: ReportingRuleInput,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ planId: string }> {
  return db.$transaction(async (tx) => {
    await lockPlanPeriods(tx, input.planId);
    const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: ruleSelect });
    if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${input.planId} not found` });
    authorize(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId });
    if (!isPlanInForce(plan.status)) throw new AppError("PLAN_NOT_IN_FORCE");
    if (ruleStamp(plan) !== input.from)
      throw new AppError("CONFLICT", { message: "reporting rule: stale", details: { reason: "stale" } });
    const { id: _id, status: _status, focalOrganizationId: _focal, ...before } = plan;
    const after = {
      reportingCycles: input.cycles,
      reportDueDay: input.reportDueDay,
      reportDueMonth: input.reportDueMonth,
      agencyDeadlineOffsetDays: input.agencyDeadlineOffsetDays,
    };
    await tx.plan.update({ where: { id: plan.id }, data: after });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: actingOrganizationId(actor, plan.focalOrganizationId),
      action: "plan.changeReportingRule",
      entityType: "Plan",
      entityId: plan.id,
      planId: plan.id,
      before,
      after,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { planId: plan.id };
  });
}
