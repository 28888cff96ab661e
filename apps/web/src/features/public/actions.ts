"use server";

import { refresh, updateTag } from "next/cache";
import { z } from "zod";
import { actionFailure } from "@/features/submissions/action-result";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { publicPlanTag } from "./cached";
import { setPlanPublic } from "./set-plan-public";

const schema = z.object({
  planId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export type PublishState =
  | { status: "idle" }
  | { status: "done"; isPublic: boolean }
  | ReturnType<typeof actionFailure>;

/** An administrator shows or hides a plan on the public page; audited; the cached page expires at once. */
export async function setPlanPublicAction(_prev: PublishState, form: FormData): Promise<PublishState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = schema.safeParse({ planId: form.get("planId"), isPublic: form.get("isPublic") });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    await setPlanPublic(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return actionFailure(error, "plan.publish");
  }
  updateTag(publicPlanTag(parsed.data.planId));
  refresh();
  return { status: "done", isPublic: parsed.data.isPublic };
}
