import "server-only";
import { throttleDecision } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import { issueResetToken } from "./issue-reset-token";

/** As sign-in: 5 requests per email and 20 per address in 15 minutes, counted across every web node. */
const LIMITS = { maxPerAccount: 5, maxPerAddress: 20, windowMinutes: 15 };

export type ResetRequestOutcome = { status: "sent" } | { status: "rate_limited"; minutes: number };

interface Context {
  ip: string;
  userAgent?: string | null;
  baseUrl: string;
  now?: Date;
}

/**
 * "Forgot password": the same answer whether the email has an account or not ("sent"), so the form
 * cannot be used to learn who has one. Only the throttle answers otherwise, and it counts the email as
 * typed, account or not. A locked account still gets its link: resetting does not unlock it.
 */
export async function requestPasswordReset(
  db: PrismaClient,
  email: string,
  context: Context,
): Promise<ResetRequestOutcome> {
  const now = context.now ?? new Date();
  const since = new Date(now.getTime() - LIMITS.windowMinutes * 60_000);
  const recent = await db.passwordResetRequest.findMany({
    where: { createdAt: { gte: since }, OR: [{ email }, { ip: context.ip }] },
    select: { email: true, ip: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const decision = throttleDecision(
    {
      failuresForAccount: recent.filter((r) => r.email === email).map((r) => r.createdAt),
      failuresForAddress: recent.filter((r) => r.ip === context.ip).map((r) => r.createdAt),
      now,
    },
    LIMITS,
  );
  if (!decision.allowed) return { status: "rate_limited", minutes: decision.retryAfterMinutes };

  await db.$transaction(async (tx) => {
    await tx.passwordResetRequest.create({ data: { email, ip: context.ip, createdAt: now } });
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true },
    });
    if (!user) return;
    const issued = await issueResetToken(tx, user, { kind: "reset", baseUrl: context.baseUrl, now });
    await recordAudit(tx, {
      actorId: null,
      action: "user.passwordResetRequest",
      entityType: "User",
      entityId: user.id,
      after: { tokenId: issued.tokenId, expiresAt: issued.expiresAt.toISOString() },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  return { status: "sent" };
}
