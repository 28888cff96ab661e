import { dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import type { Prisma } from "@plan-tracker/db";

/**
 * Locks the plan's row until the transaction ends. Every change to a plan's periods takes it first, so
 * the checks "no period for this year" and "no other period open" hold when the change commits.
 */
export async function lockPlanPeriods(tx: Prisma.TransactionClient, planId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Plan" WHERE "id" = ${planId} FOR UPDATE`;
}

/** A period as the audit log records it: plain JSON, days as "yyyy-MM-dd". */
export function periodAuditView(period: {
  year: number;
  cycle?: string;
  index?: number;
  state: string;
  cutoffDate: Date;
  agencyDeadline: Date;
  reportDueDate: Date;
}) {
  return {
    year: period.year,
    ...(period.cycle ? { cycle: period.cycle, index: period.index } : {}),
    state: period.state,
    cutoffDate: dateToCalendarDay(period.cutoffDate),
    agencyDeadline: dateToCalendarDay(period.agencyDeadline),
    reportDueDate: dateToCalendarDay(period.reportDueDate),
  };
}
