import {
  type CoordinatorScope,
  expectedReporters,
  type OrganizationKind,
  type PeriodState,
  type SubmissionState,
} from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import type { AgencyFacts, PeriodFacts, ScheduleFacts } from "./plan";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the reminders need to know, in five queries whatever the number of plans, periods, agencies and
 * users: live periods, their plans' tasks, organizations, submissions, and the members to remind.
 */
export async function loadScheduleFacts(db: PrismaClient): Promise<ScheduleFacts> {
  const [periods, organizations, memberships] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { state: { in: ["OPEN", "COMPILING"] } },
      select: { ...periodFieldsSelect, plan: { select: { symbol: true, focalOrganizationId: true } } },
    }),
    db.organization.findMany({
      select: { id: true, name: true, kind: true, validFrom: true, validTo: true },
    }),
    db.membership.findMany({
      where: { role: { in: ["APPROVER", "STAFF", "COMPILER", "LEADER"] }, user: { lockedAt: null } },
      select: { userId: true, organizationId: true, role: true },
    }),
  ]);
  const periodIds = periods.map((p) => p.id);
  const planIds = [...new Set(periods.map((p) => p.planId))];
  const [tasks, submissions] = await Promise.all([
    db.task.findMany({
      where: { planId: { in: planIds }, retiredAt: null },
      select: {
        planId: true,
        leadOrganizationId: true,
        leadScope: true,
        coordinators: { select: { organizationId: true } },
        genericCoordinators: { select: { scope: true } },
      },
    }),
    db.agencySubmission.findMany({
      where: { periodId: { in: periodIds } },
      select: { periodId: true, organizationId: true, state: true },
    }),
  ]);

  const membersOf = (organizationId: string, ...roles: string[]) => [
    ...new Set(
      memberships
        .filter((m) => m.organizationId === organizationId && roles.includes(m.role))
        .map((m) => m.userId),
    ),
  ];
  const agencyRecipients = new Map<string, string[]>();
  for (const m of memberships) {
    if (m.role !== "APPROVER" && m.role !== "STAFF") continue;
    const list = agencyRecipients.get(m.organizationId) ?? [];
    if (!list.includes(m.userId)) list.push(m.userId);
    agencyRecipients.set(m.organizationId, list);
  }
  const reporters = organizations.map((o) => ({
    id: o.id,
    kind: o.kind as OrganizationKind,
    validFrom: o.validFrom ? isoDay(o.validFrom) : null,
    validTo: o.validTo ? isoDay(o.validTo) : null,
  }));
  const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
  const stateOf = new Map(
    submissions.map((s) => [`${s.periodId}:${s.organizationId}`, s.state as SubmissionState]),
  );

  const periodFacts: PeriodFacts[] = periods.map((period) => {
    const expected = new Set<string>();
    const cutoff = isoDay(period.cutoffDate);
    for (const task of tasks) {
      if (task.planId !== period.planId) continue;
      const { leads, coordinators } = expectedReporters(
        {
          leadOrganizationId: task.leadOrganizationId,
          leadScope: task.leadScope as CoordinatorScope | null,
          coordinatorIds: task.coordinators.map((c) => c.organizationId),
          coordinatorScopes: task.genericCoordinators.map((g) => g.scope as CoordinatorScope),
        },
        reporters,
        cutoff,
      );
      for (const id of [...leads, ...coordinators]) expected.add(id);
    }
    // An agency that has a report but is no longer assigned still counts, as on the compiler's board.
    for (const s of submissions) if (s.periodId === period.id) expected.add(s.organizationId);
    const agencies: AgencyFacts[] = [...expected].flatMap((id) => {
      const name = nameOf.get(id);
      if (name === undefined) return [];
      return [
        {
          id,
          name,
          state: stateOf.get(`${period.id}:${id}`) ?? null,
          recipients: agencyRecipients.get(id) ?? [],
        },
      ];
    });
    agencies.sort((a, b) => a.name.localeCompare(b.name, "vi"));
    return {
      id: period.id,
      planId: period.planId,
      planSymbol: period.plan.symbol,
      period: periodLabel(period),
      state: period.state as PeriodState,
      agencyDeadline: isoDay(period.agencyDeadline),
      reportDueDate: isoDay(period.reportDueDate),
      compilers: membersOf(period.plan.focalOrganizationId, "COMPILER"),
      agencies,
    };
  });

  const leaders = [...new Set(memberships.filter((m) => m.role === "LEADER").map((m) => m.userId))];
  return { periods: periodFacts, leaders };
}
