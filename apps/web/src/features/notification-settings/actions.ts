"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { saveEmailChoices } from "./preferences";
import { parseEmailChoices } from "./schema";

export type SaveChoicesState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "error"; error: AppErrorCode };

export async function saveEmailChoicesAction(
  _prev: SaveChoicesState,
  form: FormData,
): Promise<SaveChoicesState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  try {
    await saveEmailChoices(prisma, actor, parseEmailChoices(form), await auditRequestContext());
    revalidatePath("/settings/notifications");
    return { status: "saved" };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL")
      console.error("saving notification choices failed", appError.cause ?? appError);
    return { status: "error", error: appError.code === "INTERNAL" ? "INTERNAL" : "VALIDATION" };
  }
}
