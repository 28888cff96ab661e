import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@plan-tracker/db";
import type { JWT } from "next-auth/jwt";

/**
 * Signing out ends the session on the server, not only in the browser: a session cookie is a signed token
 * that would otherwise stay valid until it expires (8 hours), so a copy taken before sign-out (a shared
 * computer, a proxy log) kept working. Each session carries an id stamped at sign-in; signing out records
 * it as revoked until the token would have expired, and every request refuses a revoked id (server/session).
 */
export function stampSessionId(token: JWT): void {
  token.sid = randomUUID();
}

export function sessionIdOf(token: JWT): string | undefined {
  return typeof token.sid === "string" ? token.sid : undefined;
}

/** Records the signed-out session as revoked (idempotent: signing out twice is one row). */
export async function revokeSession(db: PrismaClient, token: JWT | null | undefined, now = new Date()) {
  const sessionId = token ? sessionIdOf(token) : undefined;
  if (!token || !sessionId || typeof token.sub !== "string") return;
  const expiresAt =
    typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(now.getTime() + 8 * 3600_000);
  await db.revokedSession.upsert({
    where: { sessionId },
    create: { sessionId, userId: token.sub, expiresAt, revokedAt: now },
    update: {},
  });
}
