"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/server/action-client";
import type { ActionResult } from "@/server/action-result";
import { prisma } from "@/server/db";
import { saveUpdate } from "./save-update";
import { saveUpdateSchema } from "./schema";
import type { UpdateView } from "./update-view";

/**
 * Saved, or a stale version (the current text comes back for the conflict view), or refused. Field errors
 * are keyed by full path ("citedDocuments.0.symbol"), so the editor can put each message beside its field.
 */
export type SaveUpdateActionResult = ActionResult<
  { status: "saved"; update: UpdateView } | { status: "conflict"; current: UpdateView },
  string
>;

/**
 * The editor's save. An expired session is answered, not redirected (the client's rule for all): a
 * redirect would take the user away from what they typed (the editor keeps it and asks them to sign in
 * again in another tab).
 */
export const saveUpdateAction = authedAction(
  {
    name: "update.save",
    input: (raw: unknown) => raw,
    schema: saveUpdateSchema,
    fieldKeys: "path",
  },
  async ({ actor, input, request }) => {
    const result = await saveUpdate(prisma, actor, input, await request());
    if (!result.ok) return { status: "conflict" as const, current: result.conflict };
    revalidatePath("/my-tasks");
    return { status: "saved" as const, update: result.update };
  },
);
