import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import {
  ACTOR_COLUMNS,
  ACTOR_JOINS,
  ACTOR_MEMBERSHIP_ORDER,
  type ActorRow,
  actorFromRows,
  type SessionActor,
} from "@/server/actor-rows";
import {
  hashApiToken,
  isWellFormedApiToken,
  LAST_USED_RESOLUTION_MS,
  shouldRecordUse,
  type TokenRefusal,
  tokenRefusal,
} from "./token";

export type ApiTokenVerification =
  | { ok: true; userId: string; tokenId: string; actor: SessionActor }
  | { ok: false; reason: TokenRefusal };

interface TokenActorRow extends ActorRow {
  tokenId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/**
 * Looks the token up by its hash and says whose it is, with the owner's memberships (the same actor as a
 * session), or why it is refused (unknown, revoked, expired, owner locked). One statement: every API
 * call starts here. Records the use at most once a minute.
 */
export async function verifyApiToken(
  db: PrismaClient,
  token: string,
  now: Date = new Date(),
): Promise<ApiTokenVerification> {
  if (!isWellFormedApiToken(token)) return { ok: false, reason: "malformed" };
  const rows = await db.$queryRaw<TokenActorRow[]>`
    SELECT t."id" AS "tokenId", t."expiresAt", t."revokedAt", t."lastUsedAt", ${ACTOR_COLUMNS}
      FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" ${ACTOR_JOINS}
     WHERE t."tokenHash" = ${hashApiToken(token)}
     ORDER BY ${ACTOR_MEMBERSHIP_ORDER}`;
  const stored = rows[0];
  const refusal = tokenRefusal(stored ? { ...stored, ownerLockedAt: stored.lockedAt } : null, now);
  const actor = actorFromRows(rows);
  if (refusal || !stored || !actor) return { ok: false, reason: refusal ?? "unknown" };
  if (shouldRecordUse(stored.lastUsedAt, now)) {
    // Conditional: of many nodes serving the same client in the same minute, one writes.
    await db.apiToken.updateMany({
      where: {
        id: stored.tokenId,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, userId: stored.id, tokenId: stored.tokenId, actor };
}
