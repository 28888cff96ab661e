import { type Actor, AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import { detectEvidenceType, safeFileName } from "./evidence-type";
import { maxUploadMb } from "./limits";
import { storeFile } from "./storage";

export type UploadProblem = "tooLarge" | "empty" | "type";

export interface UploadedEvidence {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/**
 * Attaches an evidence file to an update: only those who may write the update, only accepted types
 * (sniffed from the content), within the size limit. The file is stored before the row is written, so a
 * row never points at a missing file.
 */
export async function uploadEvidence(
  prisma: PrismaClient,
  actor: Actor,
  input: { updateId: string; fileName: string; content: Uint8Array },
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ ok: true; attachment: UploadedEvidence } | { ok: false; problem: UploadProblem }> {
  const update = await prisma.progressUpdate.findUnique({
    where: { id: input.updateId },
    select: {
      id: true,
      organizationId: true,
      periodId: true,
      period: { select: { state: true, planId: true } },
    },
  });
  if (!update) throw new AppError("NOT_FOUND");
  const submission = await prisma.agencySubmission.findUnique({
    where: { periodId_organizationId: { periodId: update.periodId, organizationId: update.organizationId } },
    select: { state: true },
  });
  authorize(actor, "update.write", {
    organizationId: update.organizationId,
    submissionState: submission?.state ?? "DRAFT",
    periodState: update.period.state,
  });
  if (input.content.byteLength === 0) return { ok: false, problem: "empty" };
  if (input.content.byteLength > maxUploadMb() * 1024 * 1024) return { ok: false, problem: "tooLarge" };
  const mimeType = await detectEvidenceType(input.content);
  if (!mimeType) return { ok: false, problem: "type" };

  const { storageKey, sha256 } = await storeFile(input.content);
  const attachment = await prisma.$transaction(async (tx) => {
    const row = await tx.attachment.create({
      data: {
        updateId: update.id,
        uploadedById: actor.userId,
        fileName: safeFileName(input.fileName),
        mimeType,
        size: input.content.byteLength,
        sha256,
        storageKey,
      },
      select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: update.organizationId,
      action: "attachment.create",
      entityType: "Attachment",
      entityId: row.id,
      planId: update.period.planId,
      after: { updateId: update.id, fileName: row.fileName, mimeType, size: row.size, sha256 },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return row;
  });
  return { ok: true, attachment: { ...attachment, createdAt: attachment.createdAt.toISOString() } };
}

/** Removes an attachment from the update (kept on disk and in the table, marked deleted: nothing is lost). */
export async function removeEvidence(
  prisma: PrismaClient,
  actor: Actor,
  attachmentId: string,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<void> {
  const attachment = await prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      id: true,
      deletedAt: true,
      fileName: true,
      update: {
        select: {
          id: true,
          organizationId: true,
          periodId: true,
          period: { select: { state: true, planId: true } },
        },
      },
    },
  });
  const update = attachment?.update;
  if (!attachment || !update || attachment.deletedAt) throw new AppError("NOT_FOUND");
  const submission = await prisma.agencySubmission.findUnique({
    where: { periodId_organizationId: { periodId: update.periodId, organizationId: update.organizationId } },
    select: { state: true },
  });
  authorize(actor, "update.write", {
    organizationId: update.organizationId,
    submissionState: submission?.state ?? "DRAFT",
    periodState: update.period.state,
  });
  await prisma.$transaction(async (tx) => {
    await tx.attachment.update({ where: { id: attachment.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: update.organizationId,
      action: "attachment.remove",
      entityType: "Attachment",
      entityId: attachment.id,
      planId: update.period.planId,
      before: { updateId: update.id, fileName: attachment.fileName },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
