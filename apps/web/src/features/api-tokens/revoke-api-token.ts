import "server-only";
import { type Actor, AppError, can } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";

/**
 * Revokes one of the actor's tokens. Someone else's token is answered as not found (ids cannot be
 * probed). Revoking a revoked token changes nothing and records nothing.
 */
export async function revokeApiToken(
  db: PrismaClient,
  actor: Actor,
  tokenId: string,
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<{ id: string; name: string; revokedAt: Date }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: tokenId },
      select: { id: true, userId: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token || !can(actor, "apiToken.manage", { ownerUserId: token.userId })) {
      throw new AppError("NOT_FOUND", { message: `API token ${tokenId} not found for user ${actor.userId}` });
    }
    if (token.revokedAt) return { id: token.id, name: token.name, revokedAt: token.revokedAt };
    // Conditional, so two concurrent revocations record one event.
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "apiToken.revoke",
        entityType: "ApiToken",
        entityId: token.id,
        before: { name: token.name, prefix: token.prefix, revokedAt: null },
        after: { name: token.name, prefix: token.prefix, revokedAt: now.toISOString() },
        ip: context.ip,
        userAgent: context.userAgent,
      });
    }
    return { id: token.id, name: token.name, revokedAt: now };
  });
}
