import "server-only";
import { type Actor, AppError, authorize, isAgencyEditable, nextSubmissionState } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { notificationText } from "@/features/notifications/texts";
import { recordAudit } from "@/server/audit";
import { jsonColumn } from "@/server/json-column";
import { notify } from "@/server/notify";
import { type AuditContext, forbidden, loadPeriodAndOrganization, mayActForAgency } from "./agency-context";
import { agencyHasApprover, loadAgencyContent, memberIds } from "./load-agency-report";
import { lockAgencySubmission } from "./lock-submission";
import type { SubmitInput } from "./schema";
import { asSubmissionContent, contentChecksum, coverDigest, reviewDigest } from "./snapshot";
import { SUBMISSION_AUDIT_ACTIONS } from "./timeline";

export type SubmitResult =
  | { status: "submitted"; submissionId: string; sequence: number; sha256: string }
  /** The same report was already sent (a double click, a retried request): nothing written. */
  | { status: "unchanged"; submissionId: string; sequence: number; sha256: string };

/** Path of the compiler's page for one agency's report. */
export const reviewPath = (periodId: string, organizationId: string) =>
  `/periods/${periodId}/submissions/${organizationId}`;

/**
 * Sends the agency's report to the focal agency: in one transaction the state becomes SUBMITTED, an
 * immutable snapshot (next sequence, canonical JSON, SHA-256) is written, the submitter recorded, the
 * audit event and the compilers' notifications added.
 *
 * Refusals: FORBIDDEN when the actor may not submit for the agency (approver; staff only where the
 * agency has no approver); CONFLICT with a reason when they may but not now: the report is already sent
 * with other content (alreadySubmitted), the period no longer takes it (notEditable), someone saved an
 * update since the page was loaded (contentChanged) or changed the cover summary (coverChanged), or
 * there is nothing to send (nothingToSubmit).
 *
 * Submitting twice is harmless: a second submit of the same content and cover while the report is sent
 * answers "unchanged" and writes nothing.
 */
export async function submitAgencyReport(
  db: PrismaClient,
  actor: Actor,
  input: SubmitInput,
  context: AuditContext = {},
): Promise<SubmitResult> {
  const { period, organization, state } = await loadPeriodAndOrganization(
    db,
    input.periodId,
    input.organizationId,
  );
  const hasApprover = await agencyHasApprover(db, organization.id);
  const resource = {
    organizationId: organization.id,
    submissionState: state,
    periodState: period.state,
    agencyHasApprover: hasApprover,
  };
  if (!mayActForAgency(actor, "submission.submit", resource)) {
    throw forbidden(actor, "submission.submit", organization.id);
  }
  const now = context.now ?? new Date();

  return db.$transaction(async (tx) => {
    const row = await lockAgencySubmission(tx, period.id, organization.id);
    // The period's state as of now (the compiler may have moved it since the first read).
    period.state = (
      await tx.reportingPeriod.findUniqueOrThrow({ where: { id: period.id }, select: { state: true } })
    ).state;
    const latest = await tx.submissionSnapshot.findFirst({
      where: { submissionId: row.id },
      orderBy: { sequence: "desc" },
      select: { sequence: true, content: true, sha256: true },
    });

    if (row.state === "SUBMITTED" || row.state === "ACCEPTED") {
      const sent = latest ? asSubmissionContent(latest.content) : null;
      if (
        latest &&
        sent &&
        reviewDigest(sent) === input.reviewedDigest &&
        sent.coverSummary === input.coverSummary
      ) {
        return {
          status: "unchanged",
          submissionId: row.id,
          sequence: latest.sequence,
          sha256: latest.sha256,
        };
      }
      throw new AppError("CONFLICT", {
        message: `submission ${row.id} is already ${row.state}`,
        details: { reason: "alreadySubmitted" },
      });
    }
    if (!isAgencyEditable(row.state, period.state)) {
      throw new AppError("CONFLICT", {
        message: `submission ${row.id} is ${row.state} in a ${period.state} period`,
        details: { reason: "notEditable" },
      });
    }
    authorize(actor, "submission.submit", {
      ...resource,
      submissionState: row.state,
      periodState: period.state,
    });

    if (row.coverSummary !== input.coverSummary && coverDigest(row.coverSummary) !== input.coverBase) {
      throw new AppError("CONFLICT", {
        message: `cover summary of submission ${row.id} changed since the form was loaded`,
        details: { reason: "coverChanged" },
      });
    }
    const content = await loadAgencyContent(tx, period, organization, input.coverSummary);
    if (content.updates.length === 0) {
      throw new AppError("CONFLICT", {
        message: `organization ${organization.id} has no update in period ${period.id}`,
        details: { reason: "nothingToSubmit" },
      });
    }
    if (reviewDigest(content) !== input.reviewedDigest) {
      throw new AppError("CONFLICT", {
        message: `the updates of submission ${row.id} changed since the page was loaded`,
        details: { reason: "contentChanged" },
      });
    }
    const next = nextSubmissionState(row.state, "SUBMIT");
    if (!next) throw new AppError("CONFLICT", { details: { reason: "notEditable" } });

    const sequence = (latest?.sequence ?? 0) + 1;
    const sha256 = contentChecksum(content);
    await tx.submissionSnapshot.create({
      data: {
        submissionId: row.id,
        sequence,
        submittedById: actor.userId,
        submittedAt: now,
        content: jsonColumn(content),
        sha256,
      },
    });
    await tx.agencySubmission.update({
      where: { id: row.id },
      data: {
        state: next,
        coverSummary: input.coverSummary,
        submittedById: actor.userId,
        submittedAt: now,
        // The previous decision stays in the timeline (audit); the row holds the current one.
        reviewedById: null,
        reviewedAt: null,
        returnReason: null,
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: organization.id,
      action: SUBMISSION_AUDIT_ACTIONS.submit,
      entityType: "AgencySubmission",
      entityId: row.id,
      planId: period.planId,
      before: { state: row.state, coverSummary: row.coverSummary },
      after: {
        state: next,
        coverSummary: input.coverSummary,
        sequence,
        sha256,
        updates: content.updates.length,
        missingTasks: content.missingTasks.length,
      },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    const compilers = await memberIds(tx, period.plan.focalOrganizationId, ["COMPILER"]);
    const values = { org: organization.name, period: periodLabel(period), sequence };
    await notify(
      tx,
      compilers.filter((id) => id !== actor.userId),
      {
        kind: "submission.submitted",
        title: notificationText(sequence > 1 ? "resubmittedTitle" : "submittedTitle", values),
        body: notificationText("submittedBody", {
          ...values,
          updates: content.updates.length,
          missing: content.missingTasks.length,
        }),
        link: reviewPath(period.id, organization.id),
      },
    );
    return { status: "submitted", submissionId: row.id, sequence, sha256 };
  });
}
