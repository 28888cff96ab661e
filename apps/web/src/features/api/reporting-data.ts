import "server-only";
import type { Prisma, PrismaClient, SubmissionState } from "@plan-tracker/db";
import { periodFieldsSelect } from "@plan-tracker/db/selects";
import {
  type UpdateIdentityRow,
  updateIdentitySelect,
  updateViewSelect,
} from "@/features/updates/update-view";
import type { PeriodListQuery, PeriodSubmissionsQuery, PeriodUpdatesQuery } from "./reporting-schemas";

/**
 * Reads behind the reporting part of /api/v1 (periods, updates, submissions). Each takes the Prisma
 * client and issues a fixed number of queries whatever the data size; what the caller may see is decided
 * afterwards by the policy, row by row (reporting-serializers.ts), never by these queries.
 */

export const periodSelect = periodFieldsSelect;

export type PeriodRow = Prisma.ReportingPeriodGetPayload<{ select: typeof periodSelect }>;

/** Plans as the plan list orders them (latest issued first), each plan's newest year first. One query. */
export async function listPeriodsForApi(db: PrismaClient, query: PeriodListQuery = {}): Promise<PeriodRow[]> {
  return db.reportingPeriod.findMany({
    where: query.planId ? { planId: query.planId } : undefined,
    orderBy: [{ plan: { issuedOn: "desc" } }, { planId: "asc" }, { year: "desc" }],
    select: periodSelect,
  });
}

/** What locates an update in the plan, beside its content (`updateViewSelect`). */
export { type UpdateIdentityRow, updateIdentitySelect };

export const apiUpdateSelect = {
  ...updateViewSelect,
  ...updateIdentitySelect,
} satisfies Prisma.ProgressUpdateSelect;

export type ApiUpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof apiUpdateSelect }>;

const periodWithFocalSelect = {
  ...periodSelect,
  plan: { select: { focalOrganizationId: true } },
} satisfies Prisma.ReportingPeriodSelect;

export type PeriodWithFocalRow = Prisma.ReportingPeriodGetPayload<{ select: typeof periodWithFocalSelect }>;

export interface SubmissionStateRow {
  organizationId: string;
  state: SubmissionState;
}

/**
 * A period's updates with their cited documents, indicator values, evidence metadata and codes, and its
 * agencies' submission states (which decide who may read a draft). Three queries, run together: the
 * period, the updates, the submissions. Null when the period does not exist.
 */
export async function loadPeriodUpdatesForApi(
  db: PrismaClient,
  periodId: string,
  query: PeriodUpdatesQuery = {},
): Promise<{
  period: PeriodWithFocalRow;
  updates: ApiUpdateRow[];
  submissions: SubmissionStateRow[];
} | null> {
  const organizationFilter = query.organizationCode ? { organization: { code: query.organizationCode } } : {};
  const [period, updates, submissions] = await Promise.all([
    db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodWithFocalSelect }),
    db.progressUpdate.findMany({
      where: {
        periodId,
        ...organizationFilter,
        ...(query.taskCode ? { task: { code: query.taskCode } } : {}),
      },
      select: apiUpdateSelect,
    }),
    db.agencySubmission.findMany({
      where: { periodId, ...organizationFilter },
      select: { organizationId: true, state: true },
    }),
  ]);
  return period ? { period, updates, submissions } : null;
}

const submissionSelect = {
  id: true,
  periodId: true,
  organizationId: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  returnReason: true,
  organization: { select: { code: true } },
  snapshots: {
    orderBy: { sequence: "desc" },
    take: 1,
    select: { sequence: true, sha256: true, submittedAt: true },
  },
} satisfies Prisma.AgencySubmissionSelect;

export type SubmissionRow = Prisma.AgencySubmissionGetPayload<{ select: typeof submissionSelect }>;

/** A period's agency submissions with their latest snapshot. Two queries, run together. */
export async function loadPeriodSubmissionsForApi(
  db: PrismaClient,
  periodId: string,
  query: PeriodSubmissionsQuery = {},
): Promise<{ period: PeriodWithFocalRow; submissions: SubmissionRow[] } | null> {
  const [period, submissions] = await Promise.all([
    db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodWithFocalSelect }),
    db.agencySubmission.findMany({
      where: {
        periodId,
        ...(query.organizationCode ? { organization: { code: query.organizationCode } } : {}),
      },
      orderBy: { organization: { code: "asc" } },
      select: submissionSelect,
    }),
  ]);
  return period ? { period, submissions } : null;
}
