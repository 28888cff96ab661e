import { z } from "zod";
import { idSchema, normalizeText } from "@/features/submissions/schema";

export const COMMENT_MAX = 5000;

/** What a comment is on: a progress update, an agency's submission, or a task. */
export type CommentTargetRef = { updateId: string } | { submissionId: string } | { taskId: string };

export const COMMENT_TARGET_KINDS = ["update", "submission", "task"] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

export function targetKindOf(ref: CommentTargetRef): { kind: CommentTargetKind; id: string } {
  if ("updateId" in ref) return { kind: "update", id: ref.updateId };
  if ("submissionId" in ref) return { kind: "submission", id: ref.submissionId };
  return { kind: "task", id: ref.taskId };
}

function refOf(kind: CommentTargetKind, id: string): CommentTargetRef {
  switch (kind) {
    case "update":
      return { updateId: id };
    case "submission":
      return { submissionId: id };
    case "task":
      return { taskId: id };
  }
}

/** The comment form, checked again on the server. Messages are keys under `comments.errors`. */
export const createCommentSchema = z
  .object({
    targetKind: z.enum(COMMENT_TARGET_KINDS, { error: "targetInvalid" }),
    targetId: idSchema,
    body: z
      .string({ error: "bodyRequired" })
      .transform(normalizeText)
      .pipe(z.string().min(1, { error: "bodyRequired" }).max(COMMENT_MAX, { error: "bodyTooLong" })),
  })
  .transform(({ targetKind, targetId, body }) => ({ target: refOf(targetKind, targetId), body }));

export type CreateCommentInput = z.output<typeof createCommentSchema>;
