"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";

const PAGE = "/settings/tokens";

/** Field -> message key under `tokens.errors`. */
type FieldErrors = Partial<Record<"name" | "expiresIn", string>>;

export type CreateApiTokenState =
  | { status: "idle" }
  | { status: "created"; id: string; name: string; token: string; expiresAt: string | null }
  | {
      status: "error";
      /** Key under `errors` (an AppError code). */
      error: AppErrorCode;
      fieldErrors?: FieldErrors;
      values?: { name: string; expiresIn: string };
    };

export type RevokeApiTokenState =
  | { status: "idle" }
  | { status: "revoked"; name: string }
  | { status: "error"; error: AppErrorCode };

function failure(error: unknown, what: string): AppErrorCode {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  return appError.code;
}

export async function createApiTokenAction(
  _prev: CreateApiTokenState,
  form: FormData,
): Promise<CreateApiTokenState> {
  const values = { name: String(form.get("name") ?? ""), expiresIn: String(form.get("expiresIn") ?? "") };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = createApiTokenSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "name" || field === "expiresIn") && !fieldErrors[field])
        fieldErrors[field] = issue.message;
    }
    return { status: "error", error: "VALIDATION", fieldErrors, values };
  }
  try {
    const created = await createApiToken(prisma, actor, parsed.data, await auditRequestContext());
    revalidatePath(PAGE);
    return {
      status: "created",
      id: created.id,
      name: created.name,
      token: created.token,
      expiresAt: created.expiresAt?.toISOString() ?? null,
    };
  } catch (error) {
    return { status: "error", error: failure(error, "apiToken.create"), values };
  }
}

export async function revokeApiTokenAction(
  _prev: RevokeApiTokenState,
  form: FormData,
): Promise<RevokeApiTokenState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = revokeApiTokenSchema.safeParse({ tokenId: form.get("tokenId") });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    const revoked = await revokeApiToken(prisma, actor, parsed.data.tokenId, await auditRequestContext());
    revalidatePath(PAGE);
    return { status: "revoked", name: revoked.name };
  } catch (error) {
    return { status: "error", error: failure(error, "apiToken.revoke") };
  }
}
