"use server";

import { refresh } from "next/cache";
import { type ActionFailure, actionFailure, fieldErrorsOf } from "@/features/submissions/action-result";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { createComment } from "./create-comment";
import { createCommentSchema } from "./schema";

export type CreateCommentState =
  | { status: "idle" }
  | { status: "created"; id: string }
  | (ActionFailure<"body"> & { values: { body: string } });

export async function createCommentAction(
  _prev: CreateCommentState,
  form: FormData,
): Promise<CreateCommentState> {
  const raw = {
    targetKind: form.get("targetKind"),
    targetId: form.get("targetId"),
    body: form.get("body") ?? "",
  };
  const values = { body: String(raw.body) };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = createCommentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["body"] as const),
      values,
    };
  }
  try {
    const created = await createComment(prisma, actor, parsed.data, await auditRequestContext());
    refresh();
    return { status: "created", id: created.id };
  } catch (error) {
    return { ...actionFailure(error, "comment.create"), values };
  }
}
