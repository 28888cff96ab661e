import { type Actor, AppError, authorize, periodDatesProblem, vnDateParts } from "@plan-tracker/core";
import { calendarDayToDate, dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import { periodDatesOutOfRange, periodYearBounds } from "@plan-tracker/core/reporting/period-rules";
import { Prisma, type PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@plan-tracker/db/audit";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import { actingOrganizationId } from "./acting-organization";
import { periodError } from "./errors";
import { lockPlanPeriods, periodAuditView } from "./period-lock";

/** The year and three ISO days ("2026-11-25"), as the form's schema or the command line parsed them. */
export interface OpenPeriodInput {
  planId: string;
  year: number;
  cutoffDate: string;
  agencyDeadline: string;
  reportDueDate: string;
}

/** Who opens: a signed-in user (authorized as `period.manage` on the plan) or the system (command line, job). */
export type PeriodOpener = { actor: Actor } | { system: string };

export interface OpenedPeriod {
  id: string;
  planId: string;
  year: number;
}

/**
 * Opens the reporting period of a year for a plan (state OPEN). Only `period.manage` (or the system: the
 * command line, a scheduled job) may; the dates run
 * cut-off ≤ agency deadline ≤ due date; one period per plan and year; and only one OPEN period per plan,
 * so "the open period" that agencies write in is never ambiguous. One transaction with its audit event.
 */
export async function openPeriod(
  db: PrismaClient,
  opener: PeriodOpener,
  input: OpenPeriodInput,
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<OpenedPeriod> {
  const now = context.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.findUnique({
        where: { id: input.planId },
        select: { id: true, focalOrganizationId: true, issuedOn: true },
      });
      if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${input.planId} not found` });
      if ("actor" in opener)
        authorize(opener.actor, "period.manage", { focalOrganizationId: plan.focalOrganizationId });

      const bounds = periodYearBounds(
        Number(dateToCalendarDay(plan.issuedOn).slice(0, 4)),
        vnDateParts(now).year,
      );
      if (input.year < bounds.min || input.year > bounds.max)
        throw periodError("VALIDATION", "yearOutOfRange", bounds, "year");
      const problem = periodDatesProblem(input);
      if (problem === "CUTOFF_AFTER_DEADLINE")
        throw periodError("VALIDATION", "cutoffAfterDeadline", {}, "cutoffDate");
      if (problem === "DEADLINE_AFTER_DUE")
        throw periodError("VALIDATION", "deadlineAfterDue", {}, "agencyDeadline");
      if (periodDatesOutOfRange(input, input.year))
        throw periodError("VALIDATION", "dateOutOfYear", { year: input.year }, "reportDueDate");

      // Serializes period changes of this plan: two compilers opening at once cannot both pass the checks.
      await lockPlanPeriods(tx, plan.id);
      const existing = await tx.reportingPeriod.findMany({
        where: { planId: plan.id, OR: [{ year: input.year }, { state: "OPEN" }] },
        select: { year: true, state: true },
      });
      if (existing.some((p) => p.year === input.year))
        throw periodError("CONFLICT", "duplicateYear", { year: input.year }, "year");
      const open = existing.find((p) => p.state === "OPEN");
      if (open) throw periodError("CONFLICT", "anotherPeriodOpen", { year: open.year });

      const period = await tx.reportingPeriod.create({
        data: {
          planId: plan.id,
          year: input.year,
          cutoffDate: calendarDayToDate(input.cutoffDate),
          agencyDeadline: calendarDayToDate(input.agencyDeadline),
          reportDueDate: calendarDayToDate(input.reportDueDate),
          state: "OPEN",
          openedAt: now,
        },
        select: periodFieldsSelect,
      });
      await recordAudit(tx, {
        actorId: "actor" in opener ? opener.actor.userId : null,
        actorOrgId: "actor" in opener ? actingOrganizationId(opener.actor, plan.focalOrganizationId) : null,
        action: "period.open",
        entityType: "ReportingPeriod",
        entityId: period.id,
        planId: plan.id,
        after: { ...periodAuditView(period), ...("system" in opener ? { by: opener.system } : {}) },
        ip: context.ip,
        userAgent: context.userAgent,
      });
      return { id: period.id, planId: period.planId, year: period.year };
    });
  } catch (error) {
    // The unique (planId, year) key is the last word when the lock was not enough (another writer).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw periodError("CONFLICT", "duplicateYear", { year: input.year }, "year");
    throw error;
  }
}
