import "server-only";
import { type Actor, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { REMINDER_KINDS, type ReminderKind } from "@plan-tracker/jobs/reminders/kinds";
import { recordAudit } from "@/server/audit";

export type EmailChoices = Record<ReminderKind, boolean>;

/** The user's own choices (no row: email on). One query. */
export async function loadEmailChoices(db: PrismaClient, actor: Actor): Promise<EmailChoices> {
  authorize(actor, "notification.manage", { recipientUserId: actor.userId });
  const rows = await db.notificationPreference.findMany({
    where: { userId: actor.userId },
    select: { kind: true, email: true },
  });
  const byKind = new Map(rows.map((r) => [r.kind, r.email]));
  return Object.fromEntries(REMINDER_KINDS.map((k) => [k, byKind.get(k) ?? true])) as EmailChoices;
}

/** Saves which reminder kinds reach the user by email (in-app they always do), with an audit event. */
export async function saveEmailChoices(
  db: PrismaClient,
  actor: Actor,
  choices: EmailChoices,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<void> {
  authorize(actor, "notification.manage", { recipientUserId: actor.userId });
  await db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({
      where: { userId: actor.userId, kind: { in: [...REMINDER_KINDS] } },
      select: { kind: true, email: true },
    });
    for (const kind of REMINDER_KINDS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, email: choices[kind] },
        update: { email: choices[kind] },
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "notificationPreference.update",
      entityType: "User",
      entityId: actor.userId,
      before: Object.fromEntries(before.map((b) => [b.kind, b.email])),
      after: choices,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
