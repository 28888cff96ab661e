"use server";

import { can } from "@plan-tracker/core";
import type { Prisma } from "@plan-tracker/db";
import { importPlan, importPlanText } from "@plan-tracker/plan-import";
import {
  applyPlanDiff,
  createPlanFromImport,
  isPlanImportError,
  type ReviewProblem,
  reviewedFromParsed,
} from "@plan-tracker/plan-import/persist";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { maxUploadMb } from "@/features/attachments/limits";
import { auditRequestContext, recordAudit } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor, type SessionActor } from "@/server/session";
import { canImportPlans } from "./access";
import { getDraft, loadDirectory } from "./data";
import { applySchema, confirmSchema, type UploadErrorCode, uploadSchema } from "./schema";

export type UploadState =
  | { status: "idle" }
  | { status: "error"; error: UploadErrorCode; sizeMb?: number; limitMb?: number; text: string };

/** Parses an uploaded or pasted plan and keeps the parse as a draft, then opens its review. */
export async function uploadPlanAction(_prev: UploadState, form: FormData): Promise<UploadState> {
  const text = typeof form.get("text") === "string" ? String(form.get("text")) : "";
  const fail = (error: UploadErrorCode, extra: { sizeMb?: number; limitMb?: number } = {}): UploadState => ({
    status: "error",
    error,
    text,
    ...extra,
  });
  const actor = await getActor();
  if (!actor) return fail("UNAUTHENTICATED");
  if (!canImportPlans(actor)) return fail("FORBIDDEN");
  const file = form.get("file");
  const parsedForm = uploadSchema.safeParse({
    planId: form.get("planId") || undefined,
    text,
    file: file instanceof File && file.size > 0 ? file : undefined,
  });
  if (!parsedForm.success)
    return fail(parsedForm.error.issues[0]?.message === "TEXT_TOO_LONG" ? "TEXT_TOO_LONG" : "NO_INPUT");
  const input = parsedForm.data;
  if (input.planId) {
    const plan = await prisma.plan.findUnique({
      where: { id: input.planId },
      select: { focalOrganizationId: true },
    });
    if (!plan) return fail("NOT_FOUND");
    if (!can(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId }))
      return fail("FORBIDDEN");
  }
  const limitMb = maxUploadMb();
  const maxBytes = limitMb * 1024 * 1024;
  const directory = await loadDirectory();
  let result: Awaited<ReturnType<typeof importPlan>>;
  if (input.file) {
    if (input.file.size > maxBytes) {
      return fail("TOO_LARGE", { sizeMb: roundMb(input.file.size), limitMb });
    }
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    result = await importPlan(bytes, { directory, fileName: input.file.name, maxBytes });
  } else if (input.text.trim() !== "") {
    result = importPlanText(input.text, { directory });
  } else {
    // An empty file the user chose has a name with an extension; an unused file field does not.
    return fail(file instanceof File && /\.\w+$/.test(file.name) ? "EMPTY" : "NO_INPUT");
  }
  if (!result.ok) {
    const code = result.error.code;
    return code === "TOO_LARGE" ? fail(code, { limitMb }) : fail(code);
  }
  const reviewed = reviewedFromParsed(result.value, { directoryCodes: directory.map((o) => o.code) });
  let draftId: string;
  try {
    draftId = await prisma.$transaction(async (tx) => {
      const draft = await tx.planImportDraft.create({
        data: {
          createdById: actor.userId,
          planId: input.planId ?? null,
          fileName: input.file ? input.file.name.slice(0, 200) : null,
          parsed: result.value as unknown as Prisma.InputJsonValue,
          reviewed: reviewed as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "planImport.upload",
        entityType: "PlanImportDraft",
        entityId: draft.id,
        planId: input.planId ?? null,
        after: { symbol: reviewed.symbol, tasks: reviewed.tasks.length, fileName: input.file?.name ?? null },
        ...(await auditRequestContext()),
      });
      return draft.id;
    });
  } catch (error) {
    console.error("planImport.upload failed", error);
    return fail("INTERNAL");
  }
  redirect(input.planId ? `/plans/${input.planId}/reimport/${draftId}` : `/plans/import/${draftId}`);
}

function roundMb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export type WriteState =
  | { status: "idle" }
  | {
      status: "error";
      /** Key under `planImport.writeErrors`. */
      error:
        | "UNAUTHENTICATED"
        | "FORBIDDEN"
        | "NOT_FOUND"
        | "VALIDATION"
        | "DRAFT_USED"
        | "PLAN_EXISTS"
        | "NOT_READY"
        | "PLAN_NOT_FOUND"
        | "INTERNAL";
      problems?: ReviewProblem[];
      existingPlanId?: string | null;
    };

/** Creates the reviewed plan in one transaction (with its audit event) and opens it. */
export async function createPlanAction(_prev: WriteState, form: FormData): Promise<WriteState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = confirmSchema.safeParse({ draftId: form.get("draftId"), reviewed: form.get("reviewed") });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  const { draftId, reviewed } = parsed.data;
  const draft = await getDraft(actor, draftId);
  if (!draft || draft.planId) return { status: "error", error: "NOT_FOUND" };
  if (draft.consumedAt) return { status: "error", error: "DRAFT_USED" };
  if (!(await mayManage(actor, reviewed.focalCode))) return { status: "error", error: "FORBIDDEN" };
  let planId: string;
  try {
    const context = await auditRequestContext();
    planId = await prisma.$transaction(
      async (tx) => {
        await consumeDraft(tx, draftId);
        const created = await createPlanFromImport(tx, reviewed, {
          actorId: actor.userId,
          actorOrgId: actor.memberships[0]?.organizationId ?? null,
          ...context,
        });
        return created.planId;
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  } catch (error) {
    return writeFailure(error, "planImport.create");
  }
  revalidatePath("/plans");
  redirect(`/plans/${planId}?imported=1`);
}

/** Applies a re-import (điều chỉnh, bổ sung) to its plan, keeping reported progress. */
export async function applyReimportAction(_prev: WriteState, form: FormData): Promise<WriteState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = applySchema.safeParse({
    draftId: form.get("draftId"),
    createOrganizations: form.get("createOrganizations") ?? undefined,
  });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  const draft = await getDraft(actor, parsed.data.draftId);
  if (!draft?.planId) return { status: "error", error: "NOT_FOUND" };
  if (draft.consumedAt) return { status: "error", error: "DRAFT_USED" };
  const planId = draft.planId;
  const plan = await prisma.plan.findUnique({ where: { id: planId }, select: { focalOrganizationId: true } });
  if (!plan) return { status: "error", error: "PLAN_NOT_FOUND" };
  if (!can(actor, "plan.manage", { focalOrganizationId: plan.focalOrganizationId }))
    return { status: "error", error: "FORBIDDEN" };
  const reviewed = parsed.data.createOrganizations
    ? draft.reviewed
    : { ...draft.reviewed, newOrganizations: [] };
  try {
    const context = await auditRequestContext();
    await prisma.$transaction(
      async (tx) => {
        await consumeDraft(tx, draft.id);
        await applyPlanDiff(tx, planId, reviewed, {
          actorId: actor.userId,
          actorOrgId: actor.memberships[0]?.organizationId ?? null,
          ...context,
        });
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  } catch (error) {
    return writeFailure(error, "planImport.reimport");
  }
  revalidatePath("/plans");
  revalidatePath(`/plans/${planId}`);
  redirect(`/plans/${planId}?reimported=1`);
}

/** The focal agency decides who may create the plan; a focal agency created by the import needs an administrator. */
async function mayManage(actor: SessionActor, focalCode: string | null): Promise<boolean> {
  const focal = focalCode
    ? await prisma.organization.findUnique({ where: { code: focalCode }, select: { id: true } })
    : null;
  return can(actor, "plan.manage", { focalOrganizationId: focal?.id ?? "" });
}

async function consumeDraft(tx: Prisma.TransactionClient, draftId: string): Promise<void> {
  const used = await tx.planImportDraft.updateMany({
    where: { id: draftId, consumedAt: null },
    data: { consumedAt: new Date() },
  });
  if (used.count !== 1) throw new DraftUsed();
}

class DraftUsed extends Error {}

function writeFailure(error: unknown, what: string): WriteState {
  if (error instanceof DraftUsed) return { status: "error", error: "DRAFT_USED" };
  if (isPlanImportError(error)) {
    return {
      status: "error",
      error: error.code,
      problems: error.problems,
      existingPlanId: error.existingPlanId,
    };
  }
  console.error(`${what} failed`, error);
  return { status: "error", error: "INTERNAL" };
}
