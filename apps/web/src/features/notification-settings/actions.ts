"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { saveEmailChoices } from "./preferences";
import { emailChoicesInput, emailChoicesSchema } from "./schema";

export type SaveChoicesState = ActionState<{ status: "saved" }, never>;

export const saveEmailChoicesAction = authedAction(
  {
    name: "notificationPreference.save",
    input: (_prev: SaveChoicesState, form: FormData) => emailChoicesInput(form),
    schema: emailChoicesSchema,
  },
  async ({ actor, input, request }) => {
    await saveEmailChoices(prisma, actor, input, await request());
    revalidatePath("/settings/notifications");
    return { status: "saved" as const };
  },
);
