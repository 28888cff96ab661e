import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import { hashPassword } from "@plan-tracker/db/password";
import { revokeAllApiTokens } from "@/features/api-tokens/revoke-all";
import { recordAudit } from "@/server/audit";
import { passwordProblem } from "./password-rules";
import { hashResetToken } from "./reset-token";

export type TokenState = "valid" | "expired" | "used" | "unknown";

/** What a reset link is worth now (the page shows the form only for a valid one). */
export async function resetTokenState(
  db: PrismaClient,
  token: string,
  now = new Date(),
): Promise<{ state: TokenState; email?: string }> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: row.user.email };
}

export type ResetOutcome =
  | { status: "done"; locked: boolean }
  | { status: "invalid"; state: Exclude<TokenState, "valid"> }
  | { status: "weak"; problem: string };

/**
 * Sets a new password from a reset link. The token is consumed by a conditional UPDATE (unused and not
 * expired) inside the transaction, so two submissions of one link cannot both succeed. Every session
 * issued before now is refused from here on; a locked account stays locked (only an administrator
 * unlocks it).
 */
export async function resetPassword(
  db: PrismaClient,
  input: { token: string; newPassword: string },
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<ResetOutcome> {
  const now = context.now ?? new Date();
  const tokenHash = hashResetToken(input.token);
  const found = await resetTokenState(db, input.token, now);
  if (found.state !== "valid") return { status: "invalid", state: found.state };
  const problem = passwordProblem(input.newPassword, found.email ?? "");
  if (problem) return { status: "weak", problem };
  // Hashing takes ~50 ms of CPU: outside the transaction, so no connection is held meanwhile.
  const passwordHash = await hashPassword(input.newPassword);

  return db.$transaction(async (tx): Promise<ResetOutcome> => {
    const consumed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) return { status: "invalid", state: "used" };
    const token = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, userId: true },
    });
    const user = await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, sessionsValidFrom: now },
      select: { id: true, lockedAt: true },
    });
    const apiTokensRevoked = await revokeAllApiTokens(tx, user.id, now);
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.passwordReset",
      entityType: "User",
      entityId: user.id,
      after: { tokenId: token.id, sessionsValidFrom: now.toISOString(), apiTokensRevoked },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { status: "done", locked: user.lockedAt !== null };
  });
}
