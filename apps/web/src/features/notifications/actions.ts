"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { notificationIdSchema } from "./schema";

const LIST = "/notifications";

/** Someone else's or a deleted notification is refused (NOT_FOUND), said beside its button. */
export type NotificationActionState = ActionState<{ status: "read" }, never>;

export const markNotificationReadAction = authedAction(
  {
    name: "notification.read",
    input: (_prev: NotificationActionState, form: FormData) => ({
      notificationId: form.get("notificationId"),
    }),
    schema: notificationIdSchema,
  },
  async ({ actor, input, request }) => {
    await markNotificationRead(prisma, actor, input.notificationId, await request());
    refresh();
    return { status: "read" as const };
  },
);

export const markAllNotificationsReadAction = authedAction(
  { name: "notification.readAll", input: () => ({}), schema: z.object({}) },
  async ({ actor, request }) => {
    await markAllNotificationsRead(prisma, actor, await request());
    refresh();
    return { status: "read" as const };
  },
);

/** Opens a notification: marks it read, then follows its link (same-site only; the list otherwise). */
export const openNotificationAction = authedAction(
  {
    name: "notification.open",
    input: (_prev: NotificationActionState, form: FormData) => ({
      notificationId: form.get("notificationId"),
    }),
    schema: notificationIdSchema,
  },
  async ({ actor, input, request }): Promise<never> => {
    const { link } = await markNotificationRead(prisma, actor, input.notificationId, await request());
    redirect(link ?? LIST);
  },
);
