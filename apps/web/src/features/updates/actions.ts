"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { saveUpdate } from "./save-update";
import { saveUpdateSchema } from "./schema";
import type { UpdateView } from "./update-view";

export type SaveUpdateActionResult =
  | { status: "saved"; update: UpdateView }
  | { status: "conflict"; current: UpdateView }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "error"; code: AppErrorCode };

/**
 * The editor's save. An expired session is answered, not redirected: a redirect would take the user
 * away from what they typed (the editor keeps it and asks them to sign in again in another tab).
 */
export async function saveUpdateAction(raw: unknown): Promise<SaveUpdateActionResult> {
  const actor = await getActor();
  if (!actor) return { status: "error", code: "UNAUTHENTICATED" };
  const parsed = saveUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    // Full paths ("citedDocuments.0.symbol"), so the editor can put each message beside its field.
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "_";
      const messages = fieldErrors[key] ?? [];
      fieldErrors[key] = messages;
      messages.push(issue.message);
    }
    return { status: "invalid", fieldErrors };
  }
  try {
    const result = await saveUpdate(prisma, actor, parsed.data, await auditRequestContext());
    if (!result.ok) return { status: "conflict", current: result.conflict };
    revalidatePath("/my-tasks");
    return { status: "saved", update: result.update };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("saving an update failed", appError.cause ?? appError);
    return { status: "error", code: appError.code };
  }
}
