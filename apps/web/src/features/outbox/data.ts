import "server-only";
import { type Actor, AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export interface OutboxView {
  rows: OutboxRow[];
  total: number;
  unsent: number;
  failing: number;
  page: number;
  pageCount: number;
}

/** The outbox, newest first, for the administrator (`settings.manage`). Three queries. */
export async function listOutbox(db: PrismaClient, actor: Actor, page = 1): Promise<OutboxView> {
  authorize(actor, "settings.manage");
  const [total, unsent, failing] = await Promise.all([
    db.outboxEmail.count(),
    db.outboxEmail.count({ where: { sentAt: null } }),
    db.outboxEmail.count({ where: { sentAt: null, lastError: { not: null } } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      to: true,
      subject: true,
      createdAt: true,
      sentAt: true,
      attempts: true,
      lastError: true,
    },
  });
  return { rows, total, unsent, failing, page: current, pageCount };
}

/** One email as queued (text and HTML), for the administrator. NOT_FOUND when there is none. */
export async function loadOutboxEmail(db: PrismaClient, actor: Actor, id: string) {
  authorize(actor, "settings.manage");
  const email = await db.outboxEmail.findUnique({ where: { id } });
  if (!email) throw new AppError("NOT_FOUND");
  return email;
}
