import "server-only";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { expectedReporterIds } from "@/features/dashboard/expected";
import { plansAssignments } from "@/features/dashboard/queries";

export interface FocalPlan {
  plan: { id: string; symbol: string; title: string; focalOrganization: { shortName: string } };
  period: { id: string; year: number; cycle: ReportingCycle; index: number; agencyDeadline: Date };
  /** Agencies whose report reached the focal agency (submitted or accepted). */
  received: number;
  /** Agencies expected to report (leads and coordinators as of the cut-off day, as the dashboard counts). */
  expected: number;
}

/**
 * The plans in force with an OPEN period, nearest agency deadline first, with the reports received of those
 * expected: those the given organizations are focal for (a compiler's home), or all of them (leadership's).
 * Five statements whatever the number of plans (periods; then tasks, assignments, organizations and
 * submissions of all of them).
 */
export async function focalPlans(
  prisma: PrismaClient,
  organizationIds: readonly string[] | "all",
): Promise<FocalPlan[]> {
  if (organizationIds !== "all" && organizationIds.length === 0) return [];
  const focal = organizationIds === "all" ? {} : { focalOrganizationId: { in: [...organizationIds] } };
  const periods = await prisma.reportingPeriod.findMany({
    where: { state: "OPEN", plan: { status: "ACTIVE", ...focal } },
    orderBy: [{ agencyDeadline: "asc" }, { year: "asc" }],
    select: {
      id: true,
      year: true,
      cycle: true,
      index: true,
      agencyDeadline: true,
      cutoffDate: true,
      plan: {
        select: { id: true, symbol: true, title: true, focalOrganization: { select: { shortName: true } } },
      },
    },
  });
  if (periods.length === 0) return [];
  const planIds = [...new Set(periods.map((p) => p.plan.id))];
  const [tasks, assignments, organizations, submissions] = await Promise.all([
    prisma.task.findMany({
      where: { planId: { in: planIds }, retiredAt: null },
      select: { id: true, planId: true, leadOrganizationId: true },
    }),
    plansAssignments(prisma, planIds),
    prisma.organization.findMany({ select: { id: true, kind: true, validFrom: true, validTo: true } }),
    prisma.agencySubmission.findMany({
      where: { periodId: { in: periods.map((p) => p.id) }, state: { in: ["SUBMITTED", "ACCEPTED"] } },
      select: { periodId: true, organizationId: true },
    }),
  ]);
  return periods.map((period) => {
    const expected = expectedReporterIds(
      tasks.filter((t) => t.planId === period.plan.id),
      assignments,
      organizations,
      period.cutoffDate,
    );
    const received = submissions.filter(
      (s) => s.periodId === period.id && expected.has(s.organizationId),
    ).length;
    return {
      plan: period.plan,
      period: {
        id: period.id,
        year: period.year,
        cycle: period.cycle,
        index: period.index,
        agencyDeadline: period.agencyDeadline,
      },
      received,
      expected: expected.size,
    };
  });
}
