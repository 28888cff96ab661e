import "server-only";
import { type Actor, AppError, authorize, can, nextSubmissionState } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { notificationText } from "@/features/notifications/texts";
import {
  type AuditContext,
  forbidden,
  loadPeriodAndOrganization,
} from "@/features/submissions/agency-context";
import { memberIds } from "@/features/submissions/load-agency-report";
import { lockSubmissionById } from "@/features/submissions/lock-submission";
import { SUBMISSION_AUDIT_ACTIONS } from "@/features/submissions/timeline";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notify";
import type { AcceptSubmissionInput, ReturnSubmissionInput } from "./schema";

export type ReviewDecision =
  | { decision: "return"; input: ReturnSubmissionInput }
  | { decision: "accept"; input: AcceptSubmissionInput };

export interface ReviewResult {
  submissionId: string;
  state: "RETURNED" | "ACCEPTED";
  sequence: number;
}

/** Path of the agency's own page for its report. */
export const agencyReportPath = (periodId: string, organizationId: string) =>
  `/periods/${periodId}/submission?org=${organizationId}`;

/**
 * The focal agency's compiler returns (with a reason) or accepts a submitted report, in one transaction
 * with its audit event and the notifications to the agency's approvers and staff.
 *
 * FORBIDDEN for anyone who is not a compiler of the plan's focal agency (whether or not the report
 * exists, so ids cannot be probed); NOT_FOUND when the agency has no report; CONFLICT with a reason when
 * the report is not awaiting review (notAwaitingReview: already returned or accepted, or never sent) or
 * the agency has sent a newer snapshot than the one read (newerSnapshot).
 */
export async function reviewSubmission(
  db: PrismaClient,
  actor: Actor,
  review: ReviewDecision,
  context: AuditContext = {},
): Promise<ReviewResult> {
  const { input } = review;
  const { period, organization } = await loadPeriodAndOrganization(db, input.periodId, input.organizationId);
  const resource = {
    organizationId: organization.id,
    planFocalOrganizationId: period.plan.focalOrganizationId,
    periodState: period.state,
  };
  // Role first: is the actor a compiler of this plan's focal agency at all?
  if (!can(actor, "submission.review", { ...resource, submissionState: "SUBMITTED", periodState: "OPEN" })) {
    throw forbidden(actor, "submission.review", organization.id);
  }
  const submission = await db.agencySubmission.findUnique({
    where: { periodId_organizationId: { periodId: period.id, organizationId: organization.id } },
    select: { id: true },
  });
  if (!submission) throw new AppError("NOT_FOUND", { message: `no submission of ${organization.id}` });
  const now = context.now ?? new Date();

  return db.$transaction(async (tx) => {
    const row = await lockSubmissionById(tx, submission.id);
    if (!row) throw new AppError("NOT_FOUND");
    const event = review.decision === "return" ? "RETURN" : "ACCEPT";
    const next = nextSubmissionState(row.state, event);
    if (!next || (next !== "RETURNED" && next !== "ACCEPTED")) {
      throw new AppError("CONFLICT", {
        message: `submission ${row.id} is ${row.state}: cannot ${event}`,
        details: { reason: "notAwaitingReview" },
      });
    }
    if (period.state !== "OPEN" && period.state !== "COMPILING") {
      throw new AppError("CONFLICT", {
        message: `period ${period.id} is ${period.state}`,
        details: { reason: "notEditable" },
      });
    }
    authorize(actor, "submission.review", { ...resource, submissionState: row.state });
    const latest = await tx.submissionSnapshot.findFirst({
      where: { submissionId: row.id },
      orderBy: { sequence: "desc" },
      select: { sequence: true },
    });
    if (!latest) throw new AppError("CONFLICT", { details: { reason: "notAwaitingReview" } });
    if (latest.sequence !== input.sequence) {
      throw new AppError("CONFLICT", {
        message: `submission ${row.id}: read sequence ${input.sequence}, latest ${latest.sequence}`,
        details: { reason: "newerSnapshot" },
      });
    }
    const returnReason = review.decision === "return" ? review.input.reason : null;
    await tx.agencySubmission.update({
      where: { id: row.id },
      data: {
        state: next,
        reviewedById: actor.userId,
        reviewedAt: now,
        returnReason,
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: period.plan.focalOrganizationId,
      action:
        review.decision === "return" ? SUBMISSION_AUDIT_ACTIONS.return : SUBMISSION_AUDIT_ACTIONS.accept,
      entityType: "AgencySubmission",
      entityId: row.id,
      planId: period.planId,
      before: { state: row.state, returnReason: row.returnReason },
      after: { state: next, sequence: latest.sequence, returnReason },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    const agencyPeople = await memberIds(tx, organization.id, ["APPROVER", "STAFF"]);
    const values = {
      focal: period.plan.focalOrganization.name,
      period: periodLabel(period),
      sequence: latest.sequence,
    };
    await notify(
      tx,
      agencyPeople.filter((id) => id !== actor.userId),
      review.decision === "return"
        ? {
            kind: "submission.returned",
            title: notificationText("returnedTitle", values),
            body: notificationText("returnedBody", { ...values, reason: review.input.reason }),
            link: agencyReportPath(period.id, organization.id),
          }
        : {
            kind: "submission.accepted",
            title: notificationText("acceptedTitle", values),
            body: notificationText("acceptedBody", values),
            link: agencyReportPath(period.id, organization.id),
          },
    );
    return { submissionId: row.id, state: next, sequence: latest.sequence };
  });
}
