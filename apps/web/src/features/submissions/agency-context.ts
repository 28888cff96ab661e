import "server-only";
import {
  type Actor,
  type AgencyReportResource,
  AppError,
  can,
  type SubmissionState,
} from "@plan-tracker/core";
import {
  type Db,
  type OrganizationRow,
  organizationSelect,
  type PeriodRow,
  periodSelect,
} from "./load-agency-report";

export interface AuditContext {
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}

/** The period (with its plan) and the organization named by a form, read from the database. */
export async function loadPeriodAndOrganization(
  db: Db,
  periodId: string,
  organizationId: string,
): Promise<{ period: PeriodRow; organization: OrganizationRow; state: SubmissionState }> {
  const [period, organization, submission] = await Promise.all([
    db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect }),
    db.organization.findUnique({ where: { id: organizationId }, select: organizationSelect }),
    db.agencySubmission.findUnique({
      where: { periodId_organizationId: { periodId, organizationId } },
      select: { state: true },
    }),
  ]);
  if (!period || !organization) {
    throw new AppError("NOT_FOUND", {
      message: `period ${periodId} or organization ${organizationId} not found`,
    });
  }
  // No row yet: the agency has not saved anything; its report is a draft.
  return { period, organization, state: submission?.state ?? "DRAFT" };
}

/**
 * Whether the actor holds the role the action needs for this agency, whatever the report's state now:
 * the policy asked about the same agency's report as an open draft. Separates "not yours" (FORBIDDEN)
 * from "yours, but not now" (CONFLICT with a reason the user can act on).
 */
export function mayActForAgency(
  actor: Actor,
  action: "update.write",
  resource: AgencyReportResource,
): boolean;
export function mayActForAgency(
  actor: Actor,
  action: "submission.submit",
  resource: AgencyReportResource & { agencyHasApprover: boolean },
): boolean;
export function mayActForAgency(
  actor: Actor,
  action: "update.write" | "submission.submit",
  resource: AgencyReportResource & { agencyHasApprover?: boolean },
): boolean {
  const asDraft = { ...resource, submissionState: "DRAFT" as const, periodState: "OPEN" as const };
  return action === "update.write"
    ? can(actor, "update.write", asDraft)
    : can(actor, "submission.submit", { ...asDraft, agencyHasApprover: resource.agencyHasApprover ?? true });
}

export function forbidden(actor: Actor, action: string, organizationId: string): AppError {
  return new AppError("FORBIDDEN", {
    message: `User ${actor.userId} may not ${action} for organization ${organizationId}`,
    details: { action },
  });
}
