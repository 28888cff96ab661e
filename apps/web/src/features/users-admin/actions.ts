"use server";

import { revalidatePath } from "next/cache";
import { linkBase } from "@/features/accounts/link-base";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { createUser } from "./create-user";
import { sendResetLink, setUserLock } from "./manage-user";
import { createUserSchema, userIdSchema, userLockSchema } from "./schema";

const PAGE = "/admin/users";

/** `done` is a key under usersAdmin.results; a refusal's reason `self` is usersAdmin.errors.selfLock. */
type Done = { status: "done"; done: "locked" | "unlocked" | "resetSent" | "created"; who: string };
export type UserActionState = ActionState<Done, never>;

/** Locking oneself: refused for what it is. */
const REASONS = ["self"] as const;

/** One action for both directions: the button says which (`locked` = "1" locks, "0" unlocks). */
export const setUserLockAction = authedAction(
  {
    name: "user.lock",
    input: (_prev: UserActionState, form: FormData) => ({
      userId: form.get("userId"),
      locked: form.get("locked"),
    }),
    schema: userLockSchema,
    reasons: REASONS,
  },
  async ({ actor, input, request }): Promise<Done> => {
    const user = await setUserLock(prisma, actor, input, await request());
    revalidatePath(PAGE);
    return { status: "done", done: input.locked ? "locked" : "unlocked", who: user.name };
  },
);

export const sendResetLinkAction = authedAction(
  {
    name: "user.passwordResetSend",
    input: (_prev: UserActionState, form: FormData) => ({ userId: form.get("userId") }),
    schema: userIdSchema,
  },
  async ({ actor, input, request }): Promise<Done> => {
    const context = { ...(await request()), baseUrl: await linkBase() };
    const user = await sendResetLink(prisma, actor, input.userId, context);
    return { status: "done", done: "resetSent", who: user.email };
  },
);

const CREATE_FIELDS = ["email", "name", "organizationId", "role"] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

/** A refusal gives back what was typed (`values`), so nothing is lost. */
export type CreateUserState = ActionState<Done, CreateField, Record<CreateField, string>>;

const typed = (_prev: CreateUserState, form: FormData): Record<CreateField, string> => ({
  email: String(form.get("email") ?? "").slice(0, 320),
  name: String(form.get("name") ?? "").slice(0, 200),
  organizationId: String(form.get("organizationId") ?? "").slice(0, 40),
  role: String(form.get("role") ?? "").slice(0, 20),
});

export const createUserAction = authedAction(
  {
    name: "user.create",
    input: typed,
    schema: createUserSchema,
    fields: CREATE_FIELDS,
    values: typed,
  },
  async ({ actor, input, request }): Promise<Done> => {
    const context = { ...(await request()), baseUrl: await linkBase() };
    await createUser(prisma, actor, input, context);
    revalidatePath(PAGE);
    return { status: "done", done: "created", who: input.email };
  },
);
