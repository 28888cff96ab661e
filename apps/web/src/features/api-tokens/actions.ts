"use server";

import { revalidatePath } from "next/cache";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";

const PAGE = "/settings/tokens";

/** Field errors are keys under `tokens.errors`. */
export type CreateApiTokenState = ActionState<
  { status: "created"; id: string; name: string; token: string; expiresAt: string | null },
  "name" | "expiresIn",
  { name: string; expiresIn: string }
>;

export type RevokeApiTokenState = ActionState<{ status: "revoked"; name: string }, never>;

export const createApiTokenAction = authedAction(
  {
    name: "apiToken.create",
    input: (_prev: CreateApiTokenState, form: FormData) => textFields(form, ["name", "expiresIn"]),
    schema: createApiTokenSchema,
    fields: ["name", "expiresIn"],
    values: (_prev, form) => textFields(form, ["name", "expiresIn"]),
  },
  async ({ actor, input, request }) => {
    const created = await createApiToken(prisma, actor, input, await request());
    revalidatePath(PAGE);
    return {
      status: "created" as const,
      id: created.id,
      name: created.name,
      token: created.token,
      expiresAt: created.expiresAt?.toISOString() ?? null,
    };
  },
);

export const revokeApiTokenAction = authedAction(
  {
    name: "apiToken.revoke",
    input: (_prev: RevokeApiTokenState, form: FormData) => ({ tokenId: form.get("tokenId") }),
    schema: revokeApiTokenSchema,
  },
  async ({ actor, input, request }) => {
    const revoked = await revokeApiToken(prisma, actor, input.tokenId, await request());
    revalidatePath(PAGE);
    return { status: "revoked" as const, name: revoked.name };
  },
);
