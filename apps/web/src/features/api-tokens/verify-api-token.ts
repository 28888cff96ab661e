import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import {
  hashApiToken,
  isWellFormedApiToken,
  LAST_USED_RESOLUTION_MS,
  shouldRecordUse,
  type TokenRefusal,
  tokenRefusal,
} from "./token";

export type ApiTokenVerification =
  | { ok: true; userId: string; tokenId: string }
  | { ok: false; reason: TokenRefusal };

/**
 * Looks the token up by its hash and says whose it is, or why it is refused (unknown, revoked,
 * expired, owner locked). Records the use at most once a minute. The owner's memberships are loaded
 * by the caller, the same way as for a session.
 */
export async function verifyApiToken(
  db: PrismaClient,
  token: string,
  now: Date = new Date(),
): Promise<ApiTokenVerification> {
  if (!isWellFormedApiToken(token)) return { ok: false, reason: "malformed" };
  const stored = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { lockedAt: true } },
    },
  });
  const refusal = tokenRefusal(stored && { ...stored, ownerLockedAt: stored.user.lockedAt }, now);
  if (refusal || !stored) return { ok: false, reason: refusal ?? "unknown" };
  if (shouldRecordUse(stored.lastUsedAt, now)) {
    // Conditional: of many nodes serving the same client in the same minute, one writes.
    await db.apiToken.updateMany({
      where: {
        id: stored.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, userId: stored.userId, tokenId: stored.id };
}
