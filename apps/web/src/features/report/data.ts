import "server-only";
import {
  type Actor,
  AppError,
  authorize,
  type CompilationChanges,
  can,
  compareCompilations,
  type ReportModel,
  type ReportState,
} from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { PeriodRow } from "@/features/submissions/load-agency-report";
import {
  loadPeriod,
  printedModel,
  type ReportRow,
  reportSelect,
  settingsOf,
  storedModel,
} from "./report-row";

export interface ReportVersionRow {
  id: string;
  number: number;
  createdAt: Date;
  createdByName: string | null;
  files: { id: string; fileName: string; mimeType: string; size: number; sha256: string }[];
}

export interface ReportPageView {
  period: PeriodRow;
  report: Pick<
    ReportRow,
    "id" | "state" | "version" | "compiledAt" | "finalizedAt" | "sentAt" | "number"
  > | null;
  settings: ReturnType<typeof settingsOf> | null;
  /** The report as printed (compilation + edits + particulars); null until first compiled. */
  model: ReportModel | null;
  /** What the last re-compilation changed; null after the first compilation. */
  changes: CompilationChanges | null;
  versions: ReportVersionRow[];
  /** Who did what to the report, newest first (compile, edits, finalization, sending, new versions). */
  history: { id: string; action: string; at: Date; actorName: string | null }[];
  can: { edit: boolean; finalize: boolean; markSent: boolean; reopen: boolean };
}

const HISTORY_SHOWN = 50;

/**
 * The consolidated report of a period for whoever may read it (`report.read`: the focal agency's compilers,
 * leaders, administrators; viewers once finalized). Five queries whatever the plan's size.
 */
export async function loadReportPage(
  db: PrismaClient,
  actor: Actor,
  periodId: string,
): Promise<ReportPageView> {
  const period = await loadPeriod(db, periodId);
  const row = await db.consolidatedReport.findUnique({ where: { periodId }, select: reportSelect });
  const state: ReportState = row?.state ?? "DRAFT";
  const focalOrganizationId = period.plan.focalOrganizationId;
  authorize(actor, "report.read", { focalOrganizationId, reportState: state });

  const versions = row
    ? await db.reportVersion.findMany({
        where: { reportId: row.id },
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          createdAt: true,
          createdById: true,
          attachments: {
            orderBy: { fileName: "asc" },
            select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
          },
        },
      })
    : [];
  const authors = versions.length
    ? await db.user.findMany({
        where: { id: { in: [...new Set(versions.map((v) => v.createdById))] } },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = new Map(authors.map((u) => [u.id, u.name]));
  const history = row
    ? await db.auditEvent.findMany({
        where: {
          entityId: { in: [row.id, ...versions.map((v) => v.id)] },
          action: { startsWith: "report." },
        },
        orderBy: { id: "desc" },
        take: HISTORY_SHOWN,
        select: { id: true, action: true, at: true, actor: { select: { name: true } } },
      })
    : [];

  const compiled = row ? storedModel(row.compiledModel) : null;
  const previous = row ? storedModel(row.previousModel) : null;
  const resource = { focalOrganizationId, reportState: state };
  return {
    period,
    report: row
      ? {
          id: row.id,
          state: row.state,
          version: row.version,
          compiledAt: row.compiledAt,
          finalizedAt: row.finalizedAt,
          sentAt: row.sentAt,
          number: row.number,
        }
      : null,
    settings: row ? settingsOf(row) : null,
    model: row ? printedModel(row) : null,
    changes: compiled && previous ? compareCompilations(previous, compiled) : null,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      createdAt: v.createdAt,
      createdByName: nameOf.get(v.createdById) ?? null,
      files: v.attachments,
    })),
    history: history.map((e) => ({
      id: String(e.id),
      action: e.action,
      at: e.at,
      actorName: e.actor?.name ?? null,
    })),
    can: {
      edit: can(actor, "report.edit", resource),
      finalize: can(actor, "report.finalize", resource) && compiled !== null,
      markSent: can(actor, "report.markSent", resource),
      reopen: can(actor, "report.reopen", resource),
    },
  };
}

/** A stored file of a finalized version, for whoever may read the report. NOT_FOUND otherwise. */
export async function loadVersionFile(db: PrismaClient, actor: Actor, attachmentId: string) {
  const file = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      fileName: true,
      mimeType: true,
      storageKey: true,
      sha256: true,
      deletedAt: true,
      reportVersion: {
        select: {
          report: {
            select: { state: true, period: { select: { plan: { select: { focalOrganizationId: true } } } } },
          },
        },
      },
    },
  });
  const report = file?.reportVersion?.report;
  if (!file || !report || file.deletedAt) throw new AppError("NOT_FOUND");
  // A finalized version is readable as the report is; the draft that follows it does not hide it.
  const readable = can(actor, "report.read", {
    focalOrganizationId: report.period.plan.focalOrganizationId,
    reportState: "FINAL",
  });
  if (!readable) throw new AppError("NOT_FOUND");
  return file;
}
