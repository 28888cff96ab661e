import {
  AppError,
  type CoordinatorScope,
  expectedReporters,
  type OrganizationKind,
  type PeriodState,
  type SubmissionState,
} from "@plan-tracker/core";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";

export interface UpdateTarget {
  period: {
    id: string;
    year: number;
    cycle: ReportingCycle;
    index: number;
    state: PeriodState;
    planId: string;
    agencyDeadline: Date;
    cutoffDate: Date;
  };
  planFocalOrganizationId: string;
  task: { id: string; code: string; leadOrganizationId: string | null; indicatorIds: string[] };
  actionItemId: string | null;
  organization: { id: string; name: string; shortName: string };
  /** Whether the organization leads the task (its update is the task's answer) or contributes. */
  role: "lead" | "coordinate";
  submissionState: SubmissionState;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

interface TargetRow {
  periodId: string | null;
  year: number;
  cycle: ReportingCycle;
  index: number;
  periodState: PeriodState;
  planId: string;
  agencyDeadline: Date;
  cutoffDate: Date;
  focalOrganizationId: string;
  taskId: string | null;
  taskCode: string;
  taskPlanId: string;
  leadOrganizationId: string | null;
  leadScope: CoordinatorScope | null;
  coordinatorIds: string[];
  coordinatorScopes: CoordinatorScope[];
  indicatorIds: string[];
  actionItemOnTask: boolean;
  organizationId: string | null;
  organizationName: string;
  shortName: string;
  kind: OrganizationKind;
  validFrom: Date | null;
  validTo: Date | null;
  submissionState: SubmissionState | null;
}

/**
 * Loads and checks what an update is about, from the database (never from the form): the period, the
 * task in that period's plan, the action item in that task, and that the organization is expected to
 * report on the task. One statement: every save runs this first, and under load each statement costs the
 * server about half a millisecond of CPU (docs/benchmarks.md), so five small reads were a third of a save.
 */
export async function loadUpdateTarget(
  prisma: PrismaClient,
  ids: { periodId: string; taskId: string; actionItemId: string | null; organizationId: string },
): Promise<UpdateTarget> {
  // Each side is joined to a one-row VALUES list, so a missing period, task or organization is a row of
  // nulls, not an empty answer.
  const rows = await prisma.$queryRaw<TargetRow[]>`
    SELECT p."id" AS "periodId", p."year", p."cycle"::text AS "cycle", p."index", p."state"::text AS "periodState",
           p."planId",
           p."agencyDeadline", p."cutoffDate", pl."focalOrganizationId",
           t."id" AS "taskId", t."code" AS "taskCode", t."planId" AS "taskPlanId", t."leadOrganizationId",
           t."leadScope"::text AS "leadScope",
           ARRAY(SELECT c."organizationId" FROM "TaskCoordinator" c WHERE c."taskId" = t."id") AS "coordinatorIds",
           ARRAY(SELECT g."scope"::text FROM "TaskGenericCoordinator" g WHERE g."taskId" = t."id")
             AS "coordinatorScopes",
           ARRAY(SELECT i."id" FROM "Indicator" i WHERE i."taskId" = t."id") AS "indicatorIds",
           EXISTS(SELECT 1 FROM "ActionItem" a WHERE a."id" = ${ids.actionItemId} AND a."taskId" = t."id")
             AS "actionItemOnTask",
           o."id" AS "organizationId", o."name" AS "organizationName", o."shortName", o."kind"::text AS "kind",
           o."validFrom", o."validTo",
           s."state"::text AS "submissionState"
      FROM (VALUES (1)) AS one(x)
      LEFT JOIN "ReportingPeriod" p ON p."id" = ${ids.periodId}
      LEFT JOIN "Plan" pl ON pl."id" = p."planId"
      LEFT JOIN "Task" t ON t."id" = ${ids.taskId}
      LEFT JOIN "Organization" o ON o."id" = ${ids.organizationId}
      LEFT JOIN "AgencySubmission" s
        ON s."periodId" = ${ids.periodId} AND s."organizationId" = ${ids.organizationId}`;
  const row = rows[0];
  if (!row?.periodId || !row.taskId || !row.organizationId || row.taskPlanId !== row.planId)
    throw new AppError("NOT_FOUND");
  if (ids.actionItemId && !row.actionItemOnTask) throw new AppError("NOT_FOUND");

  const reporters = expectedReporters(
    {
      leadOrganizationId: row.leadOrganizationId,
      leadScope: row.leadScope,
      coordinatorIds: row.coordinatorIds,
      coordinatorScopes: row.coordinatorScopes,
    },
    [
      {
        id: row.organizationId,
        kind: row.kind,
        validFrom: row.validFrom ? iso(row.validFrom) : null,
        validTo: row.validTo ? iso(row.validTo) : null,
      },
    ],
    iso(row.cutoffDate),
  );
  const role = reporters.leads.includes(row.organizationId)
    ? "lead"
    : reporters.coordinators.includes(row.organizationId)
      ? "coordinate"
      : null;
  if (!role) throw new AppError("FORBIDDEN", { message: "organization is not assigned to this task" });

  return {
    period: {
      id: row.periodId,
      year: row.year,
      cycle: row.cycle,
      index: row.index,
      state: row.periodState,
      planId: row.planId,
      agencyDeadline: row.agencyDeadline,
      cutoffDate: row.cutoffDate,
    },
    planFocalOrganizationId: row.focalOrganizationId,
    task: {
      id: row.taskId,
      code: row.taskCode,
      leadOrganizationId: row.leadOrganizationId,
      indicatorIds: row.indicatorIds,
    },
    actionItemId: ids.actionItemId,
    organization: { id: row.organizationId, name: row.organizationName, shortName: row.shortName },
    role,
    submissionState: row.submissionState ?? "DRAFT",
  };
}
