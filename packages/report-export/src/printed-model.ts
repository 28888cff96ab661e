import {
  AppError,
  applyNarrative,
  compileReport,
  type ReportModel,
  type ReportSettings,
  readNarrative,
  withSettings,
} from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { reportParticularsSelect } from "@plan-tracker/db/selects";
import { loadReportSource } from "./source";

/**
 * The report of a period as it prints today: compiled afresh from the accepted reports, with the
 * compiler's stored edits (narrative) and the report's particulars (number, date, signer, recipients)
 * over it when the period has a report row. Two queries plus the source loader's five.
 */
export async function loadPrintedModel(
  db: PrismaClient,
  periodId: string,
  options: { now: Date },
): Promise<ReportModel> {
  const compiled = compileReport(await loadReportSource(db, periodId), { now: options.now });
  const row = await db.consolidatedReport.findUnique({
    where: { periodId },
    select: reportParticularsSelect,
  });
  if (!row) return compiled;
  const settings: ReportSettings = {
    number: row.number,
    symbol: row.symbol,
    date: row.documentDate ? row.documentDate.toISOString().slice(0, 10) : null,
    signer: { authority: row.signerAuthority, title: row.signerTitle, name: row.signerName },
    recipients: row.recipients,
  };
  return withSettings(applyNarrative(compiled, readNarrative(row.narrative)), settings);
}

/**
 * The period of a plan ("182/KH-UBND") and year, telling apart an unknown plan from a year it has no
 * period for (with the years it has), so the command line can say which.
 */
export async function findPeriodOfPlan(
  db: PrismaClient,
  planSymbol: string,
  year: number,
): Promise<{ periodId: string } | { error: "PLAN_NOT_FOUND" } | { error: "NO_PERIOD"; years: number[] }> {
  const plans = await db.plan.findMany({
    where: { symbol: planSymbol },
    select: { id: true, periods: { select: { id: true, year: true }, orderBy: { year: "asc" } } },
  });
  if (plans.length === 0) return { error: "PLAN_NOT_FOUND" };
  const periods = plans.flatMap((p) => p.periods);
  const match = periods.filter((p) => p.year === year);
  if (match.length > 1) throw new AppError("CONFLICT", { details: { reason: "ambiguousPlanSymbol" } });
  const period = match[0];
  if (!period) return { error: "NO_PERIOD", years: [...new Set(periods.map((p) => p.year))] };
  return { periodId: period.id };
}
