"use server";

import { refresh } from "next/cache";
import { WORKFLOW_REFUSALS } from "@/features/submissions/schema";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { createComment } from "./create-comment";
import { createCommentSchema } from "./schema";

export type CreateCommentState = ActionState<{ status: "created"; id: string }, "body", { body: string }>;

export const createCommentAction = authedAction(
  {
    name: "comment.create",
    input: (_prev: CreateCommentState, form: FormData) => ({
      targetKind: form.get("targetKind"),
      targetId: form.get("targetId"),
      body: form.get("body") ?? "",
    }),
    schema: createCommentSchema,
    fields: ["body"],
    values: (_prev, form) => ({ body: String(form.get("body") ?? "") }),
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }) => {
    const created = await createComment(prisma, actor, input, await request());
    refresh();
    return { status: "created" as const, id: created.id };
  },
);
