import { type Actor, AppError, authorize, periodDatesProblem, vnDateParts } from "@plan-tracker/core";
import { calendarDayToDate, dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import {
  formatPeriodKey,
  type PeriodKey,
  parsePeriodKey,
  periodKeyOf,
  periodNameInSentence,
  type ReportingCycle,
} from "@plan-tracker/core/reporting/period-key";
import { periodDatesOutOfRange, periodYearBounds } from "@plan-tracker/core/reporting/period-rules";
import { Prisma, type PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@plan-tracker/db/audit";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import { actingOrganizationId } from "./acting-organization";
import { carryForwardUpdates } from "./carry-forward";
import { periodError } from "./errors";
import { lockPlanPeriods, periodAuditView } from "./period-lock";

/** The year and three ISO days ("2026-11-25"), as the form's schema or the command line parsed them. */
export interface OpenPeriodInput {
  planId: string;
  year: number;
  /** The period of the year: ANNUAL 1 (the default), SEMIANNUAL 1–2, QUARTERLY 1–4, MONTHLY 1–12. */
  cycle?: ReportingCycle;
  index?: number;
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
  cycle: ReportingCycle;
  index: number;
  /** Agencies' accepted answers copied in from earlier periods (carry-forward.ts). */
  carriedForward: number;
}

/**
 * Opens a reporting period of a plan (state OPEN): a year's, or a half's, quarter's or month's of a cycle the
 * plan reports on. Only `period.manage` (or the system: the
 * command line, a scheduled job) may; the dates run
 * cut-off ≤ agency deadline ≤ due date; one period per plan, cycle and index; and only one OPEN period per plan,
 * so "the open period" that agencies write in is never ambiguous. Each agency's last accepted answers are
 * carried into it (carry-forward.ts). One transaction with its audit event.
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
        select: { id: true, focalOrganizationId: true, issuedOn: true, reportingCycles: true },
      });
      if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${input.planId} not found` });
      if ("actor" in opener)
        authorize(opener.actor, "period.manage", { focalOrganizationId: plan.focalOrganizationId });

      const key: PeriodKey = { cycle: input.cycle ?? "ANNUAL", year: input.year, index: input.index ?? 1 };
      const period = periodNameInSentence(key);
      if (!parsePeriodKey(formatPeriodKey(key)))
        throw periodError("VALIDATION", "periodInvalid", { year: input.year }, "year");
      if (!plan.reportingCycles.includes(key.cycle))
        throw periodError("VALIDATION", "cycleNotInPlan", { year: input.year, period }, "year");
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
        where: {
          planId: plan.id,
          OR: [{ cycle: key.cycle, year: key.year, index: key.index }, { state: "OPEN" }],
        },
        select: { year: true, cycle: true, index: true, state: true },
      });
      if (existing.some((p) => p.cycle === key.cycle && p.year === key.year && p.index === key.index))
        throw periodError("CONFLICT", "duplicatePeriod", { year: input.year, period }, "year");
      // One open period per plan, so "the open period" agencies write in is never ambiguous.
      const open = existing.find((p) => p.state === "OPEN");
      if (open)
        throw periodError("CONFLICT", "anotherPeriodOpen", {
          year: open.year,
          period: periodNameInSentence(periodKeyOf(open)),
        });

      const created = await tx.reportingPeriod.create({
        data: {
          planId: plan.id,
          year: key.year,
          cycle: key.cycle,
          index: key.index,
          cutoffDate: calendarDayToDate(input.cutoffDate),
          agencyDeadline: calendarDayToDate(input.agencyDeadline),
          reportDueDate: calendarDayToDate(input.reportDueDate),
          state: "OPEN",
          openedAt: now,
        },
        select: periodFieldsSelect,
      });
      const carried = await carryForwardUpdates(tx, created);
      await recordAudit(tx, {
        actorId: "actor" in opener ? opener.actor.userId : null,
        actorOrgId: "actor" in opener ? actingOrganizationId(opener.actor, plan.focalOrganizationId) : null,
        action: "period.open",
        entityType: "ReportingPeriod",
        entityId: created.id,
        planId: plan.id,
        after: {
          ...periodAuditView(created),
          carriedForward: carried,
          ...("system" in opener ? { by: opener.system } : {}),
        },
        ip: context.ip,
        userAgent: context.userAgent,
      });
      return {
        id: created.id,
        planId: created.planId,
        year: created.year,
        cycle: key.cycle,
        index: key.index,
        carriedForward: carried,
      };
    });
  } catch (error) {
    // The unique (plan, cycle, year, index) key is the last word when the lock was not enough (another writer).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const key = { cycle: input.cycle ?? "ANNUAL", year: input.year, index: input.index ?? 1 } as const;
      throw periodError(
        "CONFLICT",
        "duplicatePeriod",
        { year: input.year, period: periodNameInSentence(key) },
        "year",
      );
    }
    throw error;
  }
}
