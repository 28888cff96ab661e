import { formatPeriodKey, type PeriodKey } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { openScheduledPeriods } from "@plan-tracker/periods/open-scheduled";
import { type DeliveryResult, deliverOccurrences } from "../reminders/deliver";
import { scheduleNotices } from "./notices";

export interface PeriodScheduleRun extends DeliveryResult {
  day: string;
  /** Keys of the periods this run opened ("68/KH-UBND 2026-12"). */
  opened: string[];
  blocked: string[];
}

/**
 * The daily schedule: opens the periods due today in every plan in force and tells the focal agencies'
 * compilers. Safe on any number of nodes at once: each period opens once, each notice is written once.
 */
export async function runPeriodSchedule(db: PrismaClient, now: Date): Promise<PeriodScheduleRun> {
  const result = await openScheduledPeriods(db, now);
  const focal = [...new Set([...result.opened, ...result.blocked].map((o) => o.focalOrganizationId))];
  const compilers = focal.length
    ? await db.membership.findMany({
        where: { organizationId: { in: focal }, role: "COMPILER", user: { lockedAt: null } },
        select: { organizationId: true, userId: true },
      })
    : [];
  const compilersOf = (organizationId: string) =>
    compilers.filter((m) => m.organizationId === organizationId).map((m) => m.userId);
  const delivered = await deliverOccurrences(db, scheduleNotices(result, compilersOf));
  const label = (o: { planSymbol: string; key: PeriodKey }) => `${o.planSymbol} ${formatPeriodKey(o.key)}`;
  return {
    ...delivered,
    day: result.day,
    opened: result.opened.map(label),
    blocked: result.blocked.map(label),
  };
}
