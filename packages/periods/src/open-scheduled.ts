import { toIsoDay } from "@plan-tracker/core/calendar";
import type { PeriodDates } from "@plan-tracker/core/reporting/period-dates";
import { formatPeriodKey, type PeriodKey, periodKeyOf } from "@plan-tracker/core/reporting/period-key";
import { scheduledPeriod } from "@plan-tracker/core/reporting/schedule";
import type { PrismaClient } from "@plan-tracker/db";
import { periodProblemOf } from "./errors";
import { openPeriod } from "./open-period";
import { loadWorkingCalendar } from "./working-calendar";

/** Who opened, as the audit log records it (`after.by`). */
export const SCHEDULE_OPENER = "schedule";

export interface ScheduleOutcome {
  planId: string;
  planSymbol: string;
  focalOrganizationId: string;
  key: PeriodKey;
}

export interface ScheduleResult {
  day: string;
  /** Periods this run opened. */
  opened: (ScheduleOutcome & { periodId: string; dates: PeriodDates })[];
  /** Periods due but not opened because another period of the plan is still open. */
  blocked: (ScheduleOutcome & { openKey: PeriodKey })[];
}

/**
 * Opens every period that is due on `now`'s Vietnam day (core's `scheduledPeriod`) in every plan in force,
 * through `openPeriod` as the system: the same checks, lock and audit as the compiler's button. Safe on any
 * number of workers at once: a period opens exactly once (the plan's lock and the unique period key), and a
 * run that finds it opened by another says nothing about it. Two queries plus one transaction per period
 * opened.
 */
export async function openScheduledPeriods(db: PrismaClient, now: Date): Promise<ScheduleResult> {
  const [calendar, plans] = await Promise.all([
    loadWorkingCalendar(db),
    db.plan.findMany({
      where: { status: "ACTIVE" },
      select: {
        id: true,
        symbol: true,
        focalOrganizationId: true,
        reportingCycles: true,
        reportDueDay: true,
        reportDueMonth: true,
        agencyDeadlineOffsetDays: true,
        validFromYear: true,
        validToYear: true,
        periods: { select: { cycle: true, year: true, index: true, state: true } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  const day = toIsoDay(now);
  const result: ScheduleResult = { day, opened: [], blocked: [] };
  for (const plan of plans) {
    const due = scheduledPeriod(
      {
        cycles: plan.reportingCycles,
        rule: plan,
        validFromYear: plan.validFromYear,
        validToYear: plan.validToYear,
      },
      day,
      calendar,
    );
    if (!due) continue;
    const key = formatPeriodKey(due.key);
    if (plan.periods.some((p) => formatPeriodKey(periodKeyOf(p)) === key)) continue;
    const outcome = {
      planId: plan.id,
      planSymbol: plan.symbol,
      focalOrganizationId: plan.focalOrganizationId,
      key: due.key,
    };
    const open = plan.periods.find((p) => p.state === "OPEN");
    if (open) {
      result.blocked.push({ ...outcome, openKey: periodKeyOf(open) });
      continue;
    }
    try {
      const opened = await openPeriod(
        db,
        { system: SCHEDULE_OPENER },
        { planId: plan.id, year: due.key.year, cycle: due.key.cycle, index: due.key.index, ...due.dates },
        { now },
      );
      result.opened.push({ ...outcome, periodId: opened.id, dates: due.dates });
    } catch (error) {
      // Another worker opened it (or another period) between our read and our lock: its run reports it.
      const problem = periodProblemOf(error)?.reason;
      if (problem === "duplicatePeriod" || problem === "anotherPeriodOpen") continue;
      throw error;
    }
  }
  return result;
}
