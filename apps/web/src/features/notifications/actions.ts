"use server";

import { isAppError } from "@plan-tracker/core";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { notificationIdSchema } from "./schema";

const LIST = "/notifications";

/** Expected refusals (someone else's or a deleted notification) just leave the list as it is. */
function logUnexpected(error: unknown, what: string) {
  if (!isAppError(error)) console.error(`${what} failed`, error);
}

export async function markNotificationReadAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  const parsed = notificationIdSchema.safeParse({ notificationId: form.get("notificationId") });
  if (!parsed.success) return;
  try {
    await markNotificationRead(prisma, actor, parsed.data.notificationId, await auditRequestContext());
  } catch (error) {
    logUnexpected(error, "notification.read");
  }
  refresh();
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  try {
    await markAllNotificationsRead(prisma, actor, await auditRequestContext());
  } catch (error) {
    logUnexpected(error, "notification.readAll");
  }
  refresh();
}

/** Opens a notification: marks it read, then follows its link (same-site only; the list otherwise). */
export async function openNotificationAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  const parsed = notificationIdSchema.safeParse({ notificationId: form.get("notificationId") });
  let link: string | null = null;
  if (parsed.success) {
    try {
      link = (
        await markNotificationRead(prisma, actor, parsed.data.notificationId, await auditRequestContext())
      ).link;
    } catch (error) {
      logUnexpected(error, "notification.open");
    }
  }
  redirect(link ?? LIST);
}
