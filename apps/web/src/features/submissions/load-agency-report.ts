import "server-only";
import {
  type CoordinatorScope,
  expectedReporters,
  type OrganizationKind,
  scopesIncluding,
} from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { organizationDirectorySelect, periodFieldsSelect } from "@plan-tracker/db/selects";
import { buildSubmissionContent, type ExpectedTask, type SubmissionContent } from "./snapshot";

/** The app's client or a transaction's: reads work on both. */
export type Db = PrismaClient | Prisma.TransactionClient;

export const periodSelect = {
  ...periodFieldsSelect,
  plan: {
    select: {
      symbol: true,
      focalOrganizationId: true,
      focalOrganization: { select: { id: true, name: true, shortName: true } },
    },
  },
} as const satisfies Prisma.ReportingPeriodSelect;

export type PeriodRow = Prisma.ReportingPeriodGetPayload<{ select: typeof periodSelect }>;

export const organizationSelect = organizationDirectorySelect;

export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The tasks of the period's plan the organization is expected to report on, and its role in each
 * (named lead or coordinator, or covered by a generic phrase on the period's cut-off day). One query.
 */
export async function expectedTasksOf(
  db: Db,
  period: Pick<PeriodRow, "planId" | "cutoffDate">,
  organization: OrganizationRow,
): Promise<ExpectedTask[]> {
  const scopes = scopesIncluding(organization.kind as OrganizationKind);
  const tasks = await db.task.findMany({
    where: {
      planId: period.planId,
      retiredAt: null,
      OR: [
        { leadOrganizationId: organization.id },
        { leadScope: { in: scopes } },
        { coordinators: { some: { organizationId: organization.id } } },
        { genericCoordinators: { some: { scope: { in: scopes } } } },
      ],
    },
    orderBy: { order: "asc" },
    select: {
      id: true,
      code: true,
      heading: true,
      content: true,
      order: true,
      leadOrganizationId: true,
      leadScope: true,
      coordinators: { where: { organizationId: organization.id }, select: { organizationId: true } },
      genericCoordinators: { select: { scope: true } },
    },
  });
  const reporter = [
    {
      id: organization.id,
      kind: organization.kind as OrganizationKind,
      validFrom: organization.validFrom ? isoDay(organization.validFrom) : null,
      validTo: organization.validTo ? isoDay(organization.validTo) : null,
    },
  ];
  return tasks.flatMap((task) => {
    const { leads, coordinators } = expectedReporters(
      {
        leadOrganizationId: task.leadOrganizationId,
        leadScope: task.leadScope as CoordinatorScope | null,
        coordinatorIds: task.coordinators.map((c) => c.organizationId),
        coordinatorScopes: task.genericCoordinators.map((g) => g.scope as CoordinatorScope),
      },
      reporter,
      isoDay(period.cutoffDate),
    );
    const role = leads.includes(organization.id)
      ? ("lead" as const)
      : coordinators.includes(organization.id)
        ? ("coordinate" as const)
        : null;
    if (!role) return [];
    return [
      { id: task.id, code: task.code, heading: task.heading, content: task.content, order: task.order, role },
    ];
  });
}

export const updateContentSelect = {
  id: true,
  taskId: true,
  subjectKey: true,
  status: true,
  percent: true,
  completedOn: true,
  results: true,
  resultScope: true,
  carriedFrom: { select: { period: { select: { cycle: true, year: true, index: true } } } },
  difficulties: true,
  proposals: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
  task: { select: { code: true, heading: true, content: true, order: true } },
  actionItem: { select: { id: true, code: true, content: true, order: true } },
  citedDocuments: { select: { order: true, symbol: true, issuedOn: true, issuer: true, summary: true } },
  indicatorValues: {
    select: {
      indicatorId: true,
      value: true,
      note: true,
      indicator: { select: { name: true, unit: true, order: true } },
    },
  },
  attachments: {
    where: { deletedAt: null },
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
  },
} as const satisfies Prisma.ProgressUpdateSelect;

/**
 * The agency's report for the period built from the live data (what a submission would freeze now).
 * Two queries whatever the number of updates.
 */
export async function loadAgencyContent(
  db: Db,
  period: PeriodRow,
  organization: OrganizationRow,
  coverSummary: string,
): Promise<SubmissionContent> {
  const [expectedTasks, updates] = await Promise.all([
    expectedTasksOf(db, period, organization),
    db.progressUpdate.findMany({
      where: { periodId: period.id, organizationId: organization.id },
      select: updateContentSelect,
    }),
  ]);
  return buildSubmissionContent({
    period: { id: period.id, year: period.year, planId: period.planId, planSymbol: period.plan.symbol },
    organization: {
      id: organization.id,
      code: organization.code,
      name: organization.name,
      shortName: organization.shortName,
    },
    coverSummary,
    expectedTasks,
    updates,
  });
}

/** Whether the agency has an approver who can sign its report off (an account that is not locked). */
export async function agencyHasApprover(db: Db, organizationId: string): Promise<boolean> {
  const count = await db.membership.count({
    where: { organizationId, role: "APPROVER", user: { lockedAt: null } },
  });
  return count > 0;
}

/** The active accounts holding one of `roles` in the organization. */
export async function memberIds(
  db: Db,
  organizationId: string,
  roles: readonly ("APPROVER" | "STAFF" | "COMPILER")[],
): Promise<string[]> {
  const rows = await db.membership.findMany({
    where: { organizationId, role: { in: [...roles] }, user: { lockedAt: null } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}
