import "server-only";
import { type Actor, AppError, authorize, type PeriodState } from "@plan-tracker/core";
import { periodLabel, type ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { isPeriodTransitionAllowed } from "@plan-tracker/core/reporting/period-rules";
import type { PrismaClient } from "@plan-tracker/db";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import { actingOrganizationId } from "@plan-tracker/periods/acting-organization";
import { periodError } from "@plan-tracker/periods/errors";
import { lockPlanPeriods, periodAuditView } from "@plan-tracker/periods/period-lock";
import { recordAudit } from "@/server/audit";
import type { ChangePeriodStateInput } from "./schema";

/** The audit action of each allowed move, named as the policy names actions ("<entity>.<verb>"). */
export function periodTransitionAction(from: PeriodState, to: PeriodState): string {
  if (from === "OPEN" && to === "COMPILING") return "period.startCompiling";
  if (from === "COMPILING" && to === "OPEN") return "period.reopen";
  if (to === "FINALIZED") return "period.finalize";
  if (to === "CLOSED") return "period.close";
  return `period.${to.toLowerCase()}`;
}

export interface ChangedPeriod {
  id: string;
  planId: string;
  year: number;
  cycle: ReportingCycle;
  index: number;
  state: PeriodState;
}

/**
 * Moves a period along its cycle (OPEN → COMPILING → FINALIZED → CLOSED; COMPILING → OPEN to let late
 * agencies in). Refused: other moves, a move from a state the period is no longer in (a stale page), and
 * reopening while another period of the plan is open. One transaction with its audit event.
 */
export async function changePeriodState(
  db: PrismaClient,
  actor: Actor,
  input: ChangePeriodStateInput,
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<ChangedPeriod> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const found = await tx.reportingPeriod.findUnique({
      where: { id: input.periodId },
      select: { planId: true, plan: { select: { focalOrganizationId: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND", { message: `Period ${input.periodId} not found` });
    const focalOrganizationId = found.plan.focalOrganizationId;
    authorize(actor, "period.manage", { focalOrganizationId });

    await lockPlanPeriods(tx, found.planId);
    // Read again under the lock: the state decides what is allowed.
    const period = await tx.reportingPeriod.findUniqueOrThrow({
      where: { id: input.periodId },
      select: { ...periodFieldsSelect, closedAt: true },
    });
    if (period.state !== input.from)
      throw periodError("CONFLICT", "stale", { year: period.year, period: periodLabel(period) });
    if (!isPeriodTransitionAllowed(period.state, input.to))
      throw periodError("CONFLICT", "transitionNotAllowed", {
        year: period.year,
        period: periodLabel(period),
      });
    if (input.to === "OPEN") {
      const open = await tx.reportingPeriod.findFirst({
        where: { planId: period.planId, state: "OPEN", id: { not: period.id } },
        select: { year: true, cycle: true, index: true },
      });
      if (open)
        throw periodError("CONFLICT", "anotherPeriodOpen", { year: open.year, period: periodLabel(open) });
    }

    const updated = await tx.reportingPeriod.update({
      where: { id: period.id },
      data: { state: input.to, closedAt: input.to === "CLOSED" ? now : null },
      select: { ...periodFieldsSelect, closedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: actingOrganizationId(actor, focalOrganizationId),
      action: periodTransitionAction(period.state, updated.state),
      entityType: "ReportingPeriod",
      entityId: period.id,
      planId: period.planId,
      before: { ...periodAuditView(period), closedAt: period.closedAt?.toISOString() ?? null },
      after: { ...periodAuditView(updated), closedAt: updated.closedAt?.toISOString() ?? null },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return {
      id: updated.id,
      planId: updated.planId,
      year: updated.year,
      cycle: updated.cycle,
      index: updated.index,
      state: updated.state,
    };
  });
}
