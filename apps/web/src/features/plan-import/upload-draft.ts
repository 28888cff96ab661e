import "server-only";
import { type Actor, AppError, authorize } from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { importPlan, importPlanText } from "@plan-tracker/plan-import";
import { reviewedFromParsed } from "@plan-tracker/plan-import/persist";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { jsonColumn } from "@/server/json-column";
import { canImportPlans } from "./access";
import type { UploadErrorCode } from "./schema";

/** What the compiler sent: a file (read only once its declared size passed), pasted text, or nothing. */
export type PlanSource =
  | { kind: "file"; name: string; size: number; bytes: () => Promise<Uint8Array> }
  | { kind: "text"; text: string }
  | { kind: "none"; emptyFileChosen: boolean };

/** A refusal of the upload itself: VALIDATION, with the reason a key under `planImport.errors`. */
function refused(reason: UploadErrorCode, params?: { size?: number; limit: number }): AppError {
  return new AppError("VALIDATION", {
    message: `plan upload refused: ${reason}`,
    details: { reason, ...(params ? { params } : {}) },
  });
}

/**
 * Parses an uploaded or pasted plan and keeps the parse as a draft for its review (audited as
 * `planImport.upload`). For a re-import, the plan it revises must exist and be the actor's to manage
 * (`plan.manage`), checked before parsing and again inside the transaction that stores the draft.
 */
export async function uploadPlanDraft(
  db: PrismaClient,
  actor: Actor,
  input: { planId?: string; source: PlanSource; limitMb: number },
  context: AuditContext = {},
): Promise<{ draftId: string; planId: string | null }> {
  if (!canImportPlans(actor)) throw new AppError("FORBIDDEN", { message: "may not import plans" });
  const planId = input.planId ?? null;
  if (planId) await authorizePlan(db, actor, planId);

  const maxBytes = input.limitMb * 1024 * 1024;
  const directory = await db.organization.findMany({
    select: { code: true, name: true, shortName: true, aliases: true, kind: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const { source } = input;
  let result: Awaited<ReturnType<typeof importPlan>>;
  if (source.kind === "file") {
    if (source.size > maxBytes)
      throw refused("TOO_LARGE", { size: roundMb(source.size), limit: input.limitMb });
    result = await importPlan(await source.bytes(), { directory, fileName: source.name, maxBytes });
  } else if (source.kind === "text" && source.text.trim() !== "") {
    result = importPlanText(source.text, { directory });
  } else {
    // An empty file the user chose has a name with an extension; an unused file field does not.
    throw refused(source.kind === "none" && source.emptyFileChosen ? "EMPTY" : "NO_INPUT");
  }
  if (!result.ok) {
    const code = result.error.code;
    throw code === "TOO_LARGE" ? refused(code, { limit: input.limitMb }) : refused(code);
  }
  const parsed = result.value;
  const reviewed = reviewedFromParsed(parsed, { directoryCodes: directory.map((o) => o.code) });
  const fileName = source.kind === "file" ? source.name : null;

  return db.$transaction(async (tx) => {
    if (planId) await authorizePlan(tx, actor, planId);
    const draft = await tx.planImportDraft.create({
      data: {
        createdById: actor.userId,
        planId,
        fileName: fileName ? fileName.slice(0, 200) : null,
        parsed: jsonColumn(parsed),
        reviewed: jsonColumn(reviewed),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "planImport.upload",
      entityType: "PlanImportDraft",
      entityId: draft.id,
      planId,
      after: { symbol: reviewed.symbol, tasks: reviewed.tasks.length, fileName },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return { draftId: draft.id, planId };
  });
}

async function authorizePlan(
  db: Pick<PrismaClient, "plan"> | Prisma.TransactionClient,
  actor: Actor,
  planId: string,
): Promise<void> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { focalOrganizationId: true } });
  if (!plan) throw new AppError("NOT_FOUND", { message: `plan ${planId} not found` });
  authorize(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId });
}

function roundMb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
