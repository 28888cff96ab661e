import type { PrismaClient } from "@plan-tracker/db";
import type { Mailer } from "./transport";

/** Tries per email before it is left for the admin (visible with its last error at /admin/outbox). */
export const MAX_SEND_ATTEMPTS = 8;
/** How long a claimed email is reserved for the node that claimed it. */
const LEASE_MS = 5 * 60_000;

/** Backoff after the n-th failed attempt: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export interface SendResult {
  sent: number;
  failed: number;
}

interface Claimed {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Sends the unsent emails that are due. Each is claimed first with FOR UPDATE SKIP LOCKED and a lease
 * (nextAttemptAt moved forward), so two nodes never pick the same email; then sent; then marked sent, or
 * given its error and a backoff. A crash between sending and marking can repeat one email after the lease:
 * SMTP has no way to make a send and a database write atomic.
 */
export async function sendPendingEmails(
  db: PrismaClient,
  mailer: Mailer,
  now: Date = new Date(),
  batch = 50,
): Promise<SendResult> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE "sentAt" IS NULL AND attempts < ${MAX_SEND_ATTEMPTS}
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
      ORDER BY "createdAt", id
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "to", subject, text, html, attempts`;
  let sent = 0;
  let failed = 0;
  for (const email of claimed) {
    try {
      await mailer.send(email);
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { sentAt: new Date(), attempts: email.attempts + 1, lastError: null, nextAttemptAt: null },
      });
      sent++;
    } catch (error) {
      const attempts = email.attempts + 1;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: String((error as Error)?.message ?? error).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
