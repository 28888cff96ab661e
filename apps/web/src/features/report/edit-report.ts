import "server-only";
import { type Actor, AppError, editBlock, readNarrative } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { authorizeReport } from "./access";
import { loadPeriod, lockReport, storedModel } from "./report-row";
import type { SaveBlockInput, SaveSettingsInput } from "./schema";

const vnDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Saves the compiler's text for one part of the report (introduction, a section's paragraph, a task's
 * results, the summaries of III and IV, the direction for next year). Kept apart from the compilation, so
 * a re-compilation never overwrites it. CONFLICT (staleVersion) when the report changed since the page
 * was read: the page keeps the typed text and offers to reload.
 */
export async function saveReportBlock(
  db: PrismaClient,
  actor: Actor,
  input: SaveBlockInput,
  context: AuditContext = {},
): Promise<{ version: number }> {
  const period = await loadPeriod(db, input.periodId);
  authorizeReport(actor, "report.edit", period, "DRAFT", ["DRAFT"]);
  const at = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input.periodId, input.version);
    authorizeReport(actor, "report.edit", period, row.state, ["DRAFT"]);
    const compiled = storedModel(row.compiledModel);
    if (!compiled) throw new AppError("CONFLICT", { details: { reason: "notCompiled" } });
    let narrative: ReturnType<typeof editBlock>;
    try {
      narrative = editBlock(readNarrative(row.narrative), compiled, input.key, input.text, {
        userId: actor.userId,
        at,
      });
    } catch {
      throw new AppError("VALIDATION", { details: { reason: "unknownBlock" } });
    }
    const updated = await tx.consolidatedReport.update({
      where: { id: row.id },
      data: { narrative, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "report.edit",
      entityType: "ConsolidatedReport",
      entityId: row.id,
      planId: period.planId,
      before: { key: input.key, text: readNarrative(row.narrative).blocks[input.key]?.text ?? null },
      after: { key: input.key, text: narrative.blocks[input.key]?.text ?? null },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return updated;
  });
}

/** The report's number, date, signer and recipients (printed in the header and at the end). */
export async function saveReportSettings(
  db: PrismaClient,
  actor: Actor,
  input: SaveSettingsInput,
  context: AuditContext = {},
): Promise<{ version: number }> {
  const period = await loadPeriod(db, input.periodId);
  authorizeReport(actor, "report.edit", period, "DRAFT", ["DRAFT"]);
  return db.$transaction(async (tx) => {
    const row = await lockReport(tx, input.periodId, input.version);
    authorizeReport(actor, "report.edit", period, row.state, ["DRAFT"]);
    const data = {
      number: input.number,
      documentDate: input.documentDate ? vnDay(input.documentDate) : null,
      signerAuthority: input.signerAuthority,
      signerTitle: input.signerTitle,
      signerName: input.signerName,
      recipients: input.recipients,
    };
    const updated = await tx.consolidatedReport.update({
      where: { id: row.id },
      data: { ...data, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "report.settings",
      entityType: "ConsolidatedReport",
      entityId: row.id,
      planId: period.planId,
      after: { ...data, documentDate: input.documentDate },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return updated;
  });
}
