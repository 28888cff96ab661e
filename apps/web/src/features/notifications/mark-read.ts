import "server-only";
import { type Actor, AppError, can } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { isInternalLink } from "@/server/notify";

/**
 * Marks one of the actor's notifications read and returns its link (same-site paths only). Someone
 * else's notification is answered as not found (ids cannot be probed). Marking a read notification
 * again changes and records nothing.
 */
export async function markNotificationRead(
  db: PrismaClient,
  actor: Actor,
  notificationId: string,
  context: AuditContext = {},
): Promise<{ id: string; link: string | null; changed: boolean }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const notification = await tx.notification.findUnique({
      where: { id: notificationId },
      select: { id: true, userId: true, kind: true, link: true, readAt: true },
    });
    if (!notification || !can(actor, "notification.manage", { recipientUserId: notification.userId })) {
      throw new AppError("NOT_FOUND", {
        message: `notification ${notificationId} not found for ${actor.userId}`,
      });
    }
    const link = isInternalLink(notification.link) ? notification.link : null;
    if (notification.readAt) return { id: notification.id, link, changed: false };
    const { count } = await tx.notification.updateMany({
      where: { id: notification.id, readAt: null },
      data: { readAt: now },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "notification.read",
        entityType: "Notification",
        entityId: notification.id,
        before: { readAt: null },
        after: { kind: notification.kind, readAt: now.toISOString() },
        ip: context.ip,
        userAgent: context.userAgent,
      });
    }
    return { id: notification.id, link, changed: count === 1 };
  });
}

/** Marks every unread notification of the actor read; one audit event with the count. */
export async function markAllNotificationsRead(
  db: PrismaClient,
  actor: Actor,
  context: AuditContext = {},
): Promise<{ count: number }> {
  const now = context.now ?? new Date();
  if (!can(actor, "notification.manage", { recipientUserId: actor.userId })) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.userId, readAt: null },
      data: { readAt: now },
    });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "notification.readAll",
        entityType: "User",
        entityId: actor.userId,
        after: { count, readAt: now.toISOString() },
        ip: context.ip,
        userAgent: context.userAgent,
      });
    }
    return { count };
  });
}
