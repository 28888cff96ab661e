import "server-only";
import {
  AppError,
  applyNarrative,
  type ReportModel,
  type ReportSettings,
  readNarrative,
  reportModelSchema,
  withSettings,
} from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { reportParticularsSelect } from "@plan-tracker/db/selects";
import { z } from "zod";
import { type PeriodRow, periodSelect } from "@/features/submissions/load-agency-report";

export const reportSelect = {
  id: true,
  periodId: true,
  state: true,
  version: true,
  ...reportParticularsSelect,
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

/**
 * A stored compilation, parsed with its schema (core's reportModelSchema): null when there is none. One
 * that does not read as a model (written by an older version of the application) is logged and treated
 * as not compiled: compiling again writes a current one.
 */
export function storedModel(value: Prisma.JsonValue | null): ReportModel | null {
  if (value === null) return null;
  const parsed = reportModelSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.error("[report] a stored report model does not match its schema", z.prettifyError(parsed.error));
  return null;
}

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
