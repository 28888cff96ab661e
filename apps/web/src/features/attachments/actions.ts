"use server";

import { AppError } from "@plan-tracker/core";
import { z } from "zod";
import { authedAction } from "@/server/action-client";
import type { ActionResult } from "@/server/action-result";
import { prisma } from "@/server/db";
import { maxUploadMb } from "./limits";
import { removeEvidence, type UploadedEvidence, type UploadProblem, uploadEvidence } from "./upload-evidence";

/** Refused for the file itself: VALIDATION with `reason` a key under `updates.uploadErrors`. */
export type UploadActionResult = ActionResult<{ status: "uploaded"; attachment: UploadedEvidence }, never>;

const UPLOAD_PROBLEMS: readonly UploadProblem[] = ["tooLarge", "empty", "type"];

const rejected = (problem: UploadProblem) =>
  new AppError("VALIDATION", { message: `evidence refused: ${problem}`, details: { reason: problem } });

const uploadSchema = z.object({ updateId: z.string().min(1).max(64), file: z.instanceof(File) });

export const uploadEvidenceAction = authedAction(
  {
    name: "evidence.upload",
    input: (form: FormData) => ({ updateId: form.get("updateId"), file: form.get("file") }),
    schema: uploadSchema,
    reasons: UPLOAD_PROBLEMS,
  },
  async ({ actor, input, request }) => {
    // Refused from its declared size before its bytes are copied into memory again.
    if (input.file.size > maxUploadMb() * 1024 * 1024) throw rejected("tooLarge");
    const result = await uploadEvidence(
      prisma,
      actor,
      {
        updateId: input.updateId,
        fileName: input.file.name,
        content: new Uint8Array(await input.file.arrayBuffer()),
      },
      await request(),
    );
    if (!result.ok) throw rejected(result.problem);
    return { status: "uploaded" as const, attachment: result.attachment };
  },
);

export const removeEvidenceAction = authedAction(
  {
    name: "evidence.remove",
    input: (attachmentId: string) => ({ attachmentId }),
    schema: z.object({ attachmentId: z.coerce.string().min(1).max(64) }),
  },
  async ({ actor, input, request }) => {
    await removeEvidence(prisma, actor, input.attachmentId, await request());
    return { status: "removed" as const };
  },
);
