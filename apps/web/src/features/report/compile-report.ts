import "server-only";
import { type Actor, compileReport, DEFAULT_SIGNER, defaultRecipients } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { loadReportSource } from "@plan-tracker/report-export/source";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { jsonColumn } from "@/server/json-column";
import { authorizeReport } from "./access";
import { loadPeriod, reportSelect, storedModel } from "./report-row";

/**
 * Compiles (or re-compiles) the period's report from the agencies' accepted reports. The compiler's edits
 * live beside the compilation and are kept; the compilation it replaces is kept as `previousModel`, so the
 * page can show what changed. FORBIDDEN for anyone but the focal agency's compilers; CONFLICT (notDraft)
 * once the report is finalized (a change then starts a new version).
 */
export async function compilePeriodReport(
  db: PrismaClient,
  actor: Actor,
  periodId: string,
  context: AuditContext = {},
  now: Date = new Date(),
): Promise<{ version: number }> {
  const period = await loadPeriod(db, periodId);
  const existing = await db.consolidatedReport.findUnique({ where: { periodId }, select: { state: true } });
  authorizeReport(actor, "report.edit", period, existing?.state ?? "DRAFT", ["DRAFT"]);
  const model = compileReport(await loadReportSource(db, periodId), { now });

  return db.$transaction(async (tx) => {
    await tx.consolidatedReport.upsert({
      where: { periodId },
      create: {
        periodId,
        title: model.header.summary,
        symbol: model.header.symbol,
        signerAuthority: DEFAULT_SIGNER.authority,
        signerTitle: DEFAULT_SIGNER.title,
        recipients: defaultRecipients(),
      },
      update: {},
    });
    await tx.$queryRaw`SELECT id FROM "ConsolidatedReport" WHERE "periodId" = ${periodId} FOR UPDATE`;
    const row = await tx.consolidatedReport.findUniqueOrThrow({ where: { periodId }, select: reportSelect });
    authorizeReport(actor, "report.edit", period, row.state, ["DRAFT"]);
    const previous = storedModel(row.compiledModel);
    const updated = await tx.consolidatedReport.update({
      where: { id: row.id },
      data: {
        compiledModel: jsonColumn(model),
        previousModel: previous ? jsonColumn(previous) : undefined,
        compiledAt: now,
        title: model.header.summary,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: previous ? "report.recompile" : "report.compile",
      entityType: "ConsolidatedReport",
      entityId: row.id,
      planId: period.planId,
      after: {
        accepted: model.overview.agencies.accepted,
        expected: model.overview.agencies.expected,
        missing: model.missing.map((m) => m.organizationId),
      },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return updated;
  });
}
