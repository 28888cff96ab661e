import "server-only";
import {
  AppError,
  applyNarrative,
  type ReportModel,
  type ReportSettings,
  readNarrative,
  withSettings,
} from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { type PeriodRow, periodSelect } from "@/features/submissions/load-agency-report";

export const reportSelect = {
  id: true,
  periodId: true,
  state: true,
  version: true,
  number: true,
  symbol: true,
  documentDate: true,
  signerAuthority: true,
  signerTitle: true,
  signerName: true,
  recipients: true,
  narrative: true,
  compiledModel: true,
  previousModel: true,
  compiledAt: true,
  finalizedAt: true,
  sentAt: true,
  updatedAt: true,
} as const satisfies Prisma.ConsolidatedReportSelect;

export type ReportRow = Prisma.ConsolidatedReportGetPayload<{ select: typeof reportSelect }>;
export type Db = PrismaClient | Prisma.TransactionClient;

export async function loadPeriod(db: Db, periodId: string): Promise<PeriodRow> {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect });
  if (!period) throw new AppError("NOT_FOUND");
  return period;
}

/** The report's own particulars as compile and print read them. */
export function settingsOf(row: ReportRow): ReportSettings {
  return {
    number: row.number,
    symbol: row.symbol,
    date: row.documentDate ? row.documentDate.toISOString().slice(0, 10) : null,
    signer: { authority: row.signerAuthority, title: row.signerTitle, name: row.signerName },
    recipients: row.recipients,
  };
}

/** A stored compilation (JSON written by this application). */
export const storedModel = (value: Prisma.JsonValue | null): ReportModel | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as unknown as ReportModel) : null;

/** What is printed: the compilation, the compiler's edits over it, and the report's particulars. */
export function printedModel(row: ReportRow): ReportModel | null {
  const compiled = storedModel(row.compiledModel);
  if (!compiled) return null;
  return withSettings(applyNarrative(compiled, readNarrative(row.narrative)), settingsOf(row));
}

/**
 * Takes the report row's lock for the rest of the transaction and checks the version the form was read
 * at: two compilers saving at once are serialised, and the second is told to reload rather than
 * silently overwriting the first.
 */
export async function lockReport(
  tx: Prisma.TransactionClient,
  periodId: string,
  version: number,
): Promise<ReportRow> {
  await tx.$queryRaw`SELECT id FROM "ConsolidatedReport" WHERE "periodId" = ${periodId} FOR UPDATE`;
  const row = await tx.consolidatedReport.findUnique({ where: { periodId }, select: reportSelect });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.version !== version) throw new AppError("CONFLICT", { details: { reason: "staleVersion" } });
  return row;
}
