import "server-only";
import { type Actor, AppError, authorize } from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import {
  applyPlanDiff,
  createPlanFromImport,
  isPlanImportError,
  type ReviewedPlan,
  readStoredReviewedPlan,
} from "@plan-tracker/plan-import/persist";
import type { AuditContext } from "@/features/submissions/agency-context";
import { jsonColumn } from "@/server/json-column";

/** A plan's import is long (hundreds of tasks): the transaction may take that long. */
const LONG = { timeout: 120_000, maxWait: 20_000 };

/** Keys under `planImport.writeErrors` a refusal carries as its reason. */
export const WRITE_REFUSALS = ["DRAFT_USED", "PLAN_EXISTS", "NOT_READY", "PLAN_NOT_FOUND"] as const;

/**
 * Creates the plan of a reviewed import draft (new plans only), in one transaction with its audit event
 * (`plan.import`, written by createPlanFromImport). The compiler's review edits are first stored as the
 * draft's reviewed plan, and the plan is then made from the draft as stored: what was created is what the
 * draft holds. The draft is the uploader's alone (anyone else: NOT_FOUND), used once (DRAFT_USED), and the
 * actor must manage plans of its focal agency (`plan.manage`; a focal agency the import would create needs
 * an administrator), all decided inside the transaction.
 */
export async function createPlanFromDraft(
  db: PrismaClient,
  actor: Actor,
  input: { draftId: string; reviewed?: ReviewedPlan },
  context: AuditContext = {},
): Promise<{ planId: string }> {
  return writing(() =>
    db.$transaction(async (tx) => {
      const draft = await ownDraft(tx, actor, input.draftId);
      if (draft.planId) throw notFound(input.draftId);
      await consume(tx, draft.id, input.reviewed, context.now);
      const stored = reviewedOf(await tx.planImportDraft.findUniqueOrThrow({ where: { id: draft.id } }));
      const focal = stored.focalCode
        ? await tx.organization.findUnique({ where: { code: stored.focalCode }, select: { id: true } })
        : null;
      authorize(actor, "plan.manage", { focalOrganizationId: focal?.id ?? "" });
      const created = await createPlanFromImport(tx, stored, auditOf(actor, context));
      return { planId: created.planId };
    }, LONG),
  );
}

/**
 * Applies a re-import draft (điều chỉnh, bổ sung) to its plan, keeping reported progress; the
 * organizations the import proposes are created only when asked (`createOrganizations`).
 */
export async function applyReimportDraft(
  db: PrismaClient,
  actor: Actor,
  input: { draftId: string; createOrganizations: boolean },
  context: AuditContext = {},
): Promise<{ planId: string }> {
  return writing(() =>
    db.$transaction(async (tx) => {
      const draft = await ownDraft(tx, actor, input.draftId);
      const planId = draft.planId;
      if (!planId) throw notFound(input.draftId);
      const plan = await tx.plan.findUnique({ where: { id: planId }, select: { focalOrganizationId: true } });
      if (!plan) throw new AppError("NOT_FOUND", { details: { reason: "PLAN_NOT_FOUND" } });
      authorize(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId });
      await consume(tx, draft.id, undefined, context.now);
      const stored = reviewedOf(draft);
      const reviewed = input.createOrganizations ? stored : { ...stored, newOrganizations: [] };
      await applyPlanDiff(tx, planId, reviewed, auditOf(actor, context));
      return { planId };
    }, LONG),
  );
}

const notFound = (draftId: string) =>
  new AppError("NOT_FOUND", { message: `import draft ${draftId} not found` });

/** The actor's own draft, not yet used. */
async function ownDraft(tx: Prisma.TransactionClient, actor: Actor, draftId: string) {
  if (!/^[a-z0-9]{10,40}$/.test(draftId)) throw notFound(draftId);
  const draft = await tx.planImportDraft.findUnique({ where: { id: draftId } });
  if (!draft || draft.createdById !== actor.userId) throw notFound(draftId);
  if (draft.consumedAt) throw new AppError("CONFLICT", { details: { reason: "DRAFT_USED" } });
  return draft;
}

/** Marks the draft used (once: a concurrent confirmation is refused), storing the review's edits. */
async function consume(
  tx: Prisma.TransactionClient,
  draftId: string,
  reviewed: ReviewedPlan | undefined,
  now: Date = new Date(),
): Promise<void> {
  const used = await tx.planImportDraft.updateMany({
    where: { id: draftId, consumedAt: null },
    data: {
      consumedAt: now,
      ...(reviewed ? { reviewed: jsonColumn(reviewed) } : {}),
    },
  });
  if (used.count !== 1) throw new AppError("CONFLICT", { details: { reason: "DRAFT_USED" } });
}

function reviewedOf(draft: { reviewed: Prisma.JsonValue }): ReviewedPlan {
  return readStoredReviewedPlan(draft.reviewed);
}

function auditOf(actor: Actor, context: AuditContext) {
  return {
    actorId: actor.userId,
    actorOrgId: actor.memberships[0]?.organizationId ?? null,
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
  };
}

/** The package's refusals (a Vietnamese message, review problems) as AppErrors the action client maps. */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isPlanImportError(error)) throw error;
    const code = {
      PLAN_EXISTS: "CONFLICT",
      NOT_READY: "VALIDATION",
      PLAN_NOT_FOUND: "NOT_FOUND",
      DRAFT_USED: "CONFLICT",
    } as const;
    throw new AppError(code[error.code], {
      message: error.message,
      details: {
        reason: error.code,
        ...(error.existingPlanId ? { params: { existingPlanId: error.existingPlanId } } : {}),
        ...(error.problems.length > 0 ? { messages: error.problems.map((p) => p.message) } : {}),
      },
      cause: error,
    });
  }
}
