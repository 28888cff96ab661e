import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { z } from "zod";

/** A Prisma client or the transaction client of `$transaction(async (tx) => ...)`. */
export type OutboxWriter = Pick<PrismaClient, "outboxEmail"> | Prisma.TransactionClient;

const emailInput = z.object({
  to: z.email().max(320),
  subject: z.string().trim().min(1).max(300),
  text: z.string().min(1).max(100_000),
  html: z.string().min(1).max(200_000),
  /** Once-only key (a reminder occurrence and its recipient): a second call with it writes nothing. */
  dedupeKey: z.string().min(1).max(300).optional(),
});

export type EmailInput = z.input<typeof emailInput>;

/**
 * Queues an email in the outbox (delivered by the send job when SMTP is configured; otherwise read by
 * the admin at /admin/outbox). Pass the transaction client so the email commits with what it announces.
 * Idempotent on `dedupeKey` (INSERT ... ON CONFLICT DO NOTHING): returns false when it was already queued.
 */
export async function enqueueEmail(tx: OutboxWriter, input: EmailInput): Promise<boolean> {
  const email = emailInput.parse(input);
  const { count } = await tx.outboxEmail.createMany({
    data: [
      {
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        dedupeKey: email.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
