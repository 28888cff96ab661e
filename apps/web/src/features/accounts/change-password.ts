import "server-only";
import { AppError } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { hashPassword, verifyPassword } from "@plan-tracker/db/password";
import { revokeAllApiTokens } from "@/features/api-tokens/revoke-all";
import { recordAudit } from "@/server/audit";
import type { SessionActor } from "@/server/session";
import { passwordProblem } from "./password-rules";
import type { ChangePasswordInput } from "./schema";

export type ChangeOutcome =
  | { status: "changed"; email: string; at: Date }
  | { status: "wrong_current" }
  | { status: "weak"; problem: string };

/**
 * Changes the signed-in user's own password. The current password is required (a session left open on a
 * shared computer must not be enough), and `sessionsValidFrom` moves to now so every other session,
 * including one a thief holds, is refused on its next request.
 */
export async function changePassword(
  db: PrismaClient,
  actor: Pick<SessionActor, "userId" | "email">,
  input: ChangePasswordInput,
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<ChangeOutcome> {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true, lockedAt: true },
  });
  if (!user || user.lockedAt) throw new AppError("UNAUTHENTICATED");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    return { status: "wrong_current" };
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) return { status: "weak", problem };
  const passwordHash = await hashPassword(input.newPassword);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidFrom: now } });
    // Links asked for before the change would undo it: they stop working.
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const apiTokensRevoked = await revokeAllApiTokens(tx, user.id, now);
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.passwordChange",
      entityType: "User",
      entityId: user.id,
      after: { sessionsValidFrom: now.toISOString(), apiTokensRevoked },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  return { status: "changed", email: user.email, at: now };
}
