"use server";

import { refresh, updateTag } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { publicPlanTag } from "./cached";
import { setPlanPublic } from "./set-plan-public";

const schema = z.object({
  planId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export type PublishState = ActionState<{ status: "done"; isPublic: boolean }, never>;

/** An administrator shows or hides a plan on the public page; audited; the cached page expires at once. */
export const setPlanPublicAction = authedAction(
  {
    name: "plan.publish",
    input: (_prev: PublishState, form: FormData) => ({
      planId: form.get("planId"),
      isPublic: form.get("isPublic"),
    }),
    schema,
  },
  async ({ actor, input, request }) => {
    await setPlanPublic(prisma, actor, input, await request());
    updateTag(publicPlanTag(input.planId));
    refresh();
    return { status: "done" as const, isPublic: input.isPublic };
  },
);
