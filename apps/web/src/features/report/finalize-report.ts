import "server-only";
import { type Actor, AppError, type ReportModel } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { type ExportedFile, type ExportFormat, exportReport } from "@plan-tracker/report-export";
import { storeFile } from "@/features/attachments/storage";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { jsonColumn } from "@/server/json-column";
import { authorizeReport } from "./access";
import { loadPeriod, lockReport, printedModel, reportSelect } from "./report-row";
import type { MarkSentInput } from "./schema";

export type ReportExporter = (model: ReportModel) => Promise<Record<ExportFormat, ExportedFile>>;

/**
 * Freezes the report as a new version: the printed model and its three files (DOCX, XLSX, PDF) stored with
 * their SHA-256, the report FINAL. The files are made before the transaction (the PDF takes seconds) from
 * the report as read at `version`; the transaction refuses if anything changed meanwhile, so the stored
 * files are exactly the report that was finalized.
 */
export async function finalizeReport(
  db: PrismaClient,
  actor: Actor,
  input: { periodId: string; version: number },
  context: AuditContext = {},
  exporter: ReportExporter = exportReport,
): Promise<{ versionNumber: number }> {
  const period = await loadPeriod(db, input.periodId);
  const row = await db.consolidatedReport.findUnique({
    where: { periodId: input.periodId },
    select: reportSelect,
  });
  // The right first: whether a report exists is not for someone who may not finalize it to learn.
  authorizeReport(actor, "report.finalize", period, row?.state ?? "DRAFT", ["DRAFT"]);
  if (!row) throw new AppError("CONFLICT", { details: { reason: "notCompiled" } });
  if (row.version !== input.version) throw new AppError("CONFLICT", { details: { reason: "staleVersion" } });
  const model = printedModel(row);
  if (!model) throw new AppError("CONFLICT", { details: { reason: "notCompiled" } });

  const files = Object.values(await exporter(model));
  const stored = await Promise.all(files.map(async (file) => ({ file, ...(await storeFile(file.buffer)) })));
  const sha = (format: ExportFormat) =>
    stored.find((s) => s.file.fileName.endsWith(`.${format}`))?.sha256 ?? null;
  const now = context.now ?? new Date();

  return db.$transaction(async (tx) => {
    const locked = await lockReport(tx, input.periodId, input.version);
    authorizeReport(actor, "report.finalize", period, locked.state, ["DRAFT"]);
    const last = await tx.reportVersion.aggregate({ where: { reportId: locked.id }, _max: { number: true } });
    const versionNumber = (last._max.number ?? 0) + 1;
    const version = await tx.reportVersion.create({
      data: {
        reportId: locked.id,
        number: versionNumber,
        model: jsonColumn(model),
        createdById: actor.userId,
        createdAt: now,
        docxSha256: sha("docx"),
        xlsxSha256: sha("xlsx"),
        pdfSha256: sha("pdf"),
        attachments: {
          create: stored.map(({ file, storageKey, sha256 }) => ({
            uploadedById: actor.userId,
            fileName: file.fileName,
            mimeType: file.mimeType,
            size: file.buffer.length,
            sha256,
            storageKey,
          })),
        },
      },
      select: { id: true },
    });
    await tx.consolidatedReport.update({
      where: { id: locked.id },
      data: { state: "FINAL", finalizedAt: now, finalizedById: actor.userId, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "report.finalize",
      entityType: "ReportVersion",
      entityId: version.id,
      planId: period.planId,
      after: { versionNumber, docx: sha("docx"), xlsx: sha("xlsx"), pdf: sha("pdf") },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return { versionNumber };
  });
}

/** "Đã gửi": the document number and the day it was sent to UBND tỉnh, on a finalized report. */
export async function markReportSent(
  db: PrismaClient,
  actor: Actor,
  input: MarkSentInput,
  context: AuditContext = {},
): Promise<void> {
  const period = await loadPeriod(db, input.periodId);
  authorizeReport(actor, "report.markSent", period, "FINAL", ["FINAL"]);
  await db.$transaction(async (tx) => {
    const row = await lockReport(tx, input.periodId, input.version);
    authorizeReport(actor, "report.markSent", period, row.state, ["FINAL"]);
    await tx.consolidatedReport.update({
      where: { id: row.id },
      data: {
        state: "SENT",
        number: input.number,
        sentAt: new Date(`${input.sentOn}T00:00:00.000Z`),
        sentById: actor.userId,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "report.markSent",
      entityType: "ConsolidatedReport",
      entityId: row.id,
      planId: period.planId,
      after: { number: input.number, sentOn: input.sentOn },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
  });
}

/**
 * A change after finalization starts a new draft version: the finalized versions and their files stay as
 * they are, downloadable; finalizing again adds the next version.
 */
export async function reopenReport(
  db: PrismaClient,
  actor: Actor,
  input: { periodId: string; version: number },
  context: AuditContext = {},
): Promise<void> {
  const period = await loadPeriod(db, input.periodId);
  authorizeReport(actor, "report.reopen", period, "FINAL", ["FINAL", "SENT"]);
  await db.$transaction(async (tx) => {
    const row = await lockReport(tx, input.periodId, input.version);
    authorizeReport(actor, "report.reopen", period, row.state, ["FINAL", "SENT"]);
    await tx.consolidatedReport.update({
      where: { id: row.id },
      data: { state: "DRAFT", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "report.reopen",
      entityType: "ConsolidatedReport",
      entityId: row.id,
      planId: period.planId,
      before: { state: row.state },
      after: { state: "DRAFT" },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
  });
}
