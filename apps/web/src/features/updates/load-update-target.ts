import {
  AppError,
  type CoordinatorScope,
  expectedReporters,
  type OrganizationKind,
  type PeriodState,
  type SubmissionState,
} from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";

export interface UpdateTarget {
  period: {
    id: string;
    year: number;
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

/**
 * Loads and checks what an update is about, from the database (never from the form): the period, the
 * task in that period's plan, the action item in that task, and that the organization is expected to
 * report on the task. Five small queries.
 */
export async function loadUpdateTarget(
  prisma: PrismaClient,
  ids: { periodId: string; taskId: string; actionItemId: string | null; organizationId: string },
): Promise<UpdateTarget> {
  const [period, task, organization, submission] = await Promise.all([
    prisma.reportingPeriod.findUnique({
      where: { id: ids.periodId },
      select: {
        id: true,
        year: true,
        state: true,
        planId: true,
        agencyDeadline: true,
        cutoffDate: true,
        plan: { select: { focalOrganizationId: true } },
      },
    }),
    prisma.task.findUnique({
      where: { id: ids.taskId },
      select: {
        id: true,
        code: true,
        planId: true,
        leadOrganizationId: true,
        leadScope: true,
        coordinators: { select: { organizationId: true } },
        genericCoordinators: { select: { scope: true } },
        actionItems: { select: { id: true } },
        indicators: { select: { id: true } },
      },
    }),
    prisma.organization.findUnique({
      where: { id: ids.organizationId },
      select: { id: true, name: true, shortName: true, kind: true, validFrom: true, validTo: true },
    }),
    prisma.agencySubmission.findUnique({
      where: { periodId_organizationId: { periodId: ids.periodId, organizationId: ids.organizationId } },
      select: { state: true },
    }),
  ]);
  if (!period || !task || !organization || task.planId !== period.planId) throw new AppError("NOT_FOUND");
  if (ids.actionItemId && !task.actionItems.some((i) => i.id === ids.actionItemId))
    throw new AppError("NOT_FOUND");

  const reporters = expectedReporters(
    {
      leadOrganizationId: task.leadOrganizationId,
      leadScope: task.leadScope as CoordinatorScope | null,
      coordinatorIds: task.coordinators.map((c) => c.organizationId),
      coordinatorScopes: task.genericCoordinators.map((g) => g.scope as CoordinatorScope),
    },
    [
      {
        id: organization.id,
        kind: organization.kind as OrganizationKind,
        validFrom: organization.validFrom ? iso(organization.validFrom) : null,
        validTo: organization.validTo ? iso(organization.validTo) : null,
      },
    ],
    iso(period.cutoffDate),
  );
  const role = reporters.leads.includes(organization.id)
    ? "lead"
    : reporters.coordinators.includes(organization.id)
      ? "coordinate"
      : null;
  if (!role) throw new AppError("FORBIDDEN", { message: "organization is not assigned to this task" });

  return {
    period: {
      id: period.id,
      year: period.year,
      state: period.state,
      planId: period.planId,
      agencyDeadline: period.agencyDeadline,
      cutoffDate: period.cutoffDate,
    },
    planFocalOrganizationId: period.plan.focalOrganizationId,
    task: {
      id: task.id,
      code: task.code,
      leadOrganizationId: task.leadOrganizationId,
      indicatorIds: task.indicators.map((i) => i.id),
    },
    actionItemId: ids.actionItemId,
    organization: { id: organization.id, name: organization.name, shortName: organization.shortName },
    role,
    submissionState: submission?.state ?? "DRAFT",
  };
}
