"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { maxUploadMb } from "@/features/attachments/limits";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { applySchema, confirmSchema, UPLOAD_REFUSALS, uploadSchema } from "./schema";
import { type PlanSource, uploadPlanDraft } from "./upload-draft";
import { applyReimportDraft, createPlanFromDraft, WRITE_REFUSALS } from "./write-plan";

/**
 * A refused upload: its `reason` is a key under `planImport.errors` (with `params` size and limit for
 * TOO_LARGE); the pasted text comes back in `values`. Success opens the review.
 */
export type UploadState = ActionState<never, "text", { text: string }>;

const pasted = (_prev: UploadState, form: FormData) => ({
  text: typeof form.get("text") === "string" ? String(form.get("text")) : "",
});

/** Parses an uploaded or pasted plan and keeps the parse as a draft, then opens its review. */
export const uploadPlanAction = authedAction(
  {
    name: "planImport.upload",
    input: (prev: UploadState, form: FormData) => {
      const file = form.get("file");
      return {
        planId: form.get("planId") || undefined,
        text: pasted(prev, form).text,
        file: file instanceof File && file.size > 0 ? file : undefined,
        emptyFileChosen: file instanceof File && file.size === 0 && /\.\w+$/.test(file.name),
      };
    },
    schema: uploadSchema,
    fields: ["text"],
    values: pasted,
    reasons: UPLOAD_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    const { file } = input;
    const source: PlanSource = file
      ? {
          kind: "file",
          name: file.name,
          size: file.size,
          bytes: async () => new Uint8Array(await file.arrayBuffer()),
        }
      : input.text.trim() !== ""
        ? { kind: "text", text: input.text }
        : { kind: "none", emptyFileChosen: input.emptyFileChosen };
    const { draftId, planId } = await uploadPlanDraft(
      prisma,
      actor,
      { planId: input.planId, source, limitMb: maxUploadMb() },
      await request(),
    );
    redirect(planId ? `/plans/${planId}/reimport/${draftId}` : `/plans/import/${draftId}`);
  },
);

/**
 * A refused write: its `reason` (or else its code) is a key under `planImport.writeErrors`; the review
 * problems come as `messages`, and PLAN_EXISTS names the plan as `params.existingPlanId`.
 */
export type WriteState = ActionState<never, never>;

/** Creates the reviewed plan from its stored draft in one transaction (with its audit event) and opens it. */
export const createPlanAction = authedAction(
  {
    name: "planImport.create",
    input: (_prev: WriteState, form: FormData) => ({
      draftId: form.get("draftId"),
      reviewed: form.get("reviewed"),
    }),
    schema: confirmSchema,
    reasons: WRITE_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    const { planId } = await createPlanFromDraft(prisma, actor, input, await request());
    revalidatePath("/plans");
    redirect(`/plans/${planId}?imported=1`);
  },
);

/** Applies a re-import (điều chỉnh, bổ sung) to its plan, keeping reported progress. */
export const applyReimportAction = authedAction(
  {
    name: "planImport.reimport",
    input: (_prev: WriteState, form: FormData) => ({
      draftId: form.get("draftId"),
      createOrganizations: form.get("createOrganizations") ?? undefined,
    }),
    schema: applySchema,
    reasons: WRITE_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    const { planId } = await applyReimportDraft(
      prisma,
      actor,
      { draftId: input.draftId, createOrganizations: input.createOrganizations === "on" },
      await request(),
    );
    revalidatePath("/plans");
    revalidatePath(`/plans/${planId}`);
    redirect(`/plans/${planId}?reimported=1`);
  },
);
