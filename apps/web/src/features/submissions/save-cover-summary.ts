import "server-only";
import { type Actor, AppError, authorize, isAgencyEditable } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import { type AuditContext, forbidden, loadPeriodAndOrganization, mayActForAgency } from "./agency-context";
import { lockAgencySubmission } from "./lock-submission";
import type { SaveCoverInput } from "./schema";
import { coverDigest } from "./snapshot";

export interface SavedCover {
  submissionId: string;
  coverSummary: string;
  /** The digest the next save of this text starts from. */
  coverBase: string;
  changed: boolean;
}

/**
 * Saves the agency's cover summary as a draft (staff and approver, while the report may be edited).
 * Creates the agency's submission in DRAFT when it has none yet. A save based on a text someone else has
 * changed since is refused (CONFLICT, reason coverChanged): never a silent overwrite.
 */
export async function saveCoverSummary(
  db: PrismaClient,
  actor: Actor,
  input: SaveCoverInput,
  context: AuditContext = {},
): Promise<SavedCover> {
  const { period, organization, state } = await loadPeriodAndOrganization(
    db,
    input.periodId,
    input.organizationId,
  );
  const resource = { organizationId: organization.id, submissionState: state, periodState: period.state };
  if (!mayActForAgency(actor, "update.write", resource))
    throw forbidden(actor, "update.write", organization.id);
  const now = context.now ?? new Date();

  return db.$transaction(async (tx) => {
    const row = await lockAgencySubmission(tx, period.id, organization.id);
    // The period's state as of now (the compiler may have moved it since the first read).
    period.state = (
      await tx.reportingPeriod.findUniqueOrThrow({ where: { id: period.id }, select: { state: true } })
    ).state;
    if (!isAgencyEditable(row.state, period.state)) {
      throw new AppError("CONFLICT", {
        message: `submission ${row.id} is ${row.state} in a ${period.state} period`,
        details: { reason: "notEditable" },
      });
    }
    authorize(actor, "update.write", { ...resource, submissionState: row.state, periodState: period.state });
    if (row.coverSummary === input.coverSummary) {
      return {
        submissionId: row.id,
        coverSummary: row.coverSummary,
        coverBase: input.coverBase,
        changed: false,
      };
    }
    if (coverDigest(row.coverSummary) !== input.coverBase) {
      throw new AppError("CONFLICT", {
        message: `cover summary of submission ${row.id} changed since the form was loaded`,
        details: { reason: "coverChanged" },
      });
    }
    await tx.agencySubmission.update({
      where: { id: row.id },
      data: { coverSummary: input.coverSummary, version: { increment: 1 }, lastActivityAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: organization.id,
      action: "submission.saveCover",
      entityType: "AgencySubmission",
      entityId: row.id,
      planId: period.planId,
      before: { state: row.state, coverSummary: row.coverSummary },
      after: { state: row.state, coverSummary: input.coverSummary },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return {
      submissionId: row.id,
      coverSummary: input.coverSummary,
      coverBase: coverDigest(input.coverSummary),
      changed: true,
    };
  });
}
