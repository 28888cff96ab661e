import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import { NOTIFICATIONS_PAGE_SIZE } from "./schema";

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The user's unread count (for the bell). One indexed count. */
export async function unreadNotificationCount(db: PrismaClient, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** One page of the user's notifications, newest first, with the totals. Three queries. */
export async function listNotifications(
  db: PrismaClient,
  userId: string,
  page = 1,
): Promise<{ items: NotificationItem[]; total: number; unread: number; page: number; pageCount: number }> {
  const [total, unread] = await Promise.all([
    db.notification.count({ where: { userId } }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
  return { items, total, unread, page: current, pageCount };
}
