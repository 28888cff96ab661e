import "server-only";
import type { PeriodState } from "@plan-tracker/core";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import { prisma } from "@/server/db";

const periodSelect = { ...periodFieldsSelect, openedAt: true, closedAt: true } as const;

/** A reporting period as pages show it. The three days are @db.Date values (UTC midnight of the day). */
export interface PeriodSummary {
  id: string;
  planId: string;
  year: number;
  cycle: ReportingCycle;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for the year. */
  index: number;
  /** Thời điểm chốt số liệu. */
  cutoffDate: Date;
  /** Hạn gửi báo cáo (agencies to the focal agency). */
  agencyDeadline: Date;
  /** Hạn báo cáo UBND tỉnh. */
  reportDueDate: Date;
  state: PeriodState;
  openedAt: Date;
  closedAt: Date | null;
}

/**
 * The period a plan's pages are about: the OPEN one (there is at most one per plan), otherwise the latest
 * year. Null when the plan has no period yet. At most two indexed queries.
 */
export async function currentPeriod(
  planId: string,
  db: PrismaClient = prisma,
): Promise<PeriodSummary | null> {
  const open = await db.reportingPeriod.findFirst({
    where: { planId, state: "OPEN" },
    orderBy: { year: "desc" },
    select: periodSelect,
  });
  if (open) return open;
  return db.reportingPeriod.findFirst({ where: { planId }, orderBy: { year: "desc" }, select: periodSelect });
}

export interface PeriodRow extends PeriodSummary {
  /** Agencies whose report has reached the focal agency (submitted or accepted). */
  submittedCount: number;
  acceptedCount: number;
}

/**
 * The periods page: the plan with its reporting rule and every period, newest first, with how many agency
 * reports reached the focal agency. Two queries whatever the number of periods and agencies.
 */
export async function getPlanPeriods(planId: string, db: PrismaClient = prisma) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      symbol: true,
      title: true,
      issuedOn: true,
      reportDueDay: true,
      reportDueMonth: true,
      agencyDeadlineOffsetDays: true,
      reportingCycles: true,
      focalOrganization: { select: { id: true, shortName: true, name: true } },
      periods: { orderBy: [{ year: "desc" }, { cycle: "asc" }, { index: "desc" }], select: periodSelect },
    },
  });
  if (!plan) return null;
  const counts = await db.agencySubmission.groupBy({
    by: ["periodId", "state"],
    where: { period: { planId }, state: { in: ["SUBMITTED", "ACCEPTED"] } },
    _count: { _all: true },
  });
  const countOf = (periodId: string, state: "SUBMITTED" | "ACCEPTED") =>
    counts.find((c) => c.periodId === periodId && c.state === state)?._count._all ?? 0;
  const periods: PeriodRow[] = plan.periods.map((p) => ({
    ...p,
    acceptedCount: countOf(p.id, "ACCEPTED"),
    submittedCount: countOf(p.id, "SUBMITTED") + countOf(p.id, "ACCEPTED"),
  }));
  return { ...plan, periods };
}
