"use server";

import { isAppError, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { linkBase } from "@/features/accounts/link-base";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { createUser } from "./create-user";
import { sendResetLink, setUserLock } from "./manage-user";
import { createUserSchema, userIdSchema, userLockSchema } from "./schema";

const PAGE = "/admin/users";

/** `done` and `error` are message keys under usersAdmin.results / usersAdmin.errors (or errors.<CODE>). */
export interface UserActionState {
  done?: "locked" | "unlocked" | "resetSent" | "created";
  error?: string;
  /** Who it was about, for the message. */
  who?: string;
}

function refusal(error: unknown, what: string): UserActionState {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  if (appError.details?.reason === "self") return { error: "selfLock" };
  return { error: appError.code };
}

/** One action for both directions: the button says which (`locked` = "1" locks, "0" unlocks). */
export async function setUserLockAction(_prev: UserActionState, form: FormData): Promise<UserActionState> {
  const actor = await getActor();
  if (!actor) return { error: "UNAUTHENTICATED" };
  const parsed = userLockSchema.safeParse({ userId: form.get("userId"), locked: form.get("locked") });
  if (!parsed.success) return { error: "VALIDATION" };
  const { userId, locked } = parsed.data;
  try {
    const user = await setUserLock(prisma, actor, { userId, locked }, await auditRequestContext());
    revalidatePath(PAGE);
    return { done: locked ? "locked" : "unlocked", who: user.name };
  } catch (error) {
    return refusal(error, locked ? "user.lock" : "user.unlock");
  }
}

export async function sendResetLinkAction(_prev: UserActionState, form: FormData): Promise<UserActionState> {
  const actor = await getActor();
  if (!actor) return { error: "UNAUTHENTICATED" };
  const parsed = userIdSchema.safeParse({ userId: form.get("userId") });
  if (!parsed.success) return { error: "VALIDATION" };
  try {
    const context = { ...(await auditRequestContext()), baseUrl: await linkBase() };
    const user = await sendResetLink(prisma, actor, parsed.data.userId, context);
    return { done: "resetSent", who: user.email };
  } catch (error) {
    return refusal(error, "user.passwordResetSend");
  }
}

type CreateField = "email" | "name" | "organizationId" | "role";

export interface CreateUserState extends UserActionState {
  fieldErrors?: Partial<Record<CreateField, string>>;
  /** What was typed, given back after a refusal so nothing is lost. */
  values?: Record<CreateField, string>;
}

export async function createUserAction(_prev: CreateUserState, form: FormData): Promise<CreateUserState> {
  const values = {
    email: String(form.get("email") ?? "").slice(0, 320),
    name: String(form.get("name") ?? "").slice(0, 200),
    organizationId: String(form.get("organizationId") ?? "").slice(0, 40),
    role: String(form.get("role") ?? "").slice(0, 20),
  };
  const actor = await getActor();
  if (!actor) return { error: "UNAUTHENTICATED", values };
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: CreateUserState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CreateField;
      if (!fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { error: "VALIDATION", fieldErrors, values };
  }
  try {
    const context = { ...(await auditRequestContext()), baseUrl: await linkBase() };
    await createUser(prisma, actor, parsed.data, context);
    revalidatePath(PAGE);
    return { done: "created", who: parsed.data.email };
  } catch (error) {
    if (isAppError(error) && error.details?.fieldErrors) {
      const fieldErrors: CreateUserState["fieldErrors"] = {};
      for (const [field, messages] of Object.entries(error.details.fieldErrors))
        fieldErrors[field as CreateField] = messages[0];
      return { error: error.code, fieldErrors, values };
    }
    return { ...refusal(error, "user.create"), values };
  }
}
