"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { maxUploadMb } from "./limits";
import { removeEvidence, type UploadedEvidence, type UploadProblem, uploadEvidence } from "./upload-evidence";

export type UploadActionResult =
  | { status: "uploaded"; attachment: UploadedEvidence }
  | { status: "rejected"; problem: UploadProblem }
  | { status: "error"; code: AppErrorCode };

export async function uploadEvidenceAction(form: FormData): Promise<UploadActionResult> {
  const actor = await getActor();
  if (!actor) return { status: "error", code: "UNAUTHENTICATED" };
  const updateId = form.get("updateId");
  const file = form.get("file");
  if (typeof updateId !== "string" || !(file instanceof File)) return { status: "error", code: "VALIDATION" };
  // Refused from its declared size before its bytes are copied into memory again.
  if (file.size > maxUploadMb() * 1024 * 1024) return { status: "rejected", problem: "tooLarge" };
  try {
    const result = await uploadEvidence(
      prisma,
      actor,
      { updateId, fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) },
      await auditRequestContext(),
    );
    return result.ok
      ? { status: "uploaded", attachment: result.attachment }
      : { status: "rejected", problem: result.problem };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("evidence upload failed", appError.cause ?? appError);
    return { status: "error", code: appError.code };
  }
}

export async function removeEvidenceAction(
  attachmentId: string,
): Promise<{ status: "removed" } | { status: "error"; code: AppErrorCode }> {
  const actor = await getActor();
  if (!actor) return { status: "error", code: "UNAUTHENTICATED" };
  try {
    await removeEvidence(prisma, actor, String(attachmentId), await auditRequestContext());
    return { status: "removed" };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("evidence removal failed", appError.cause ?? appError);
    return { status: "error", code: appError.code };
  }
}
