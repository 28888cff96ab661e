import "server-only";
import { Prisma } from "@plan-tracker/db";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import {
  ACTOR_COLUMNS,
  ACTOR_JOINS,
  ACTOR_MEMBERSHIP_ORDER,
  type ActorRow,
  actorFromRows,
  type SessionActor,
} from "./actor-rows";
import { sessionStillValid } from "./auth-time";
import { prisma } from "./db";

export type { SessionActor } from "./actor-rows";

/**
 * The signed-in user with their memberships, read once per request. A locked account or a session issued
 * before the user's sessionsValidFrom (password change, forced sign-out) or signed out (its id revoked)
 * counts as signed out.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId, session.authTimeMs, session.sessionId);
});

/**
 * One statement, run on every request: the user joined to their memberships and organizations (Prisma's
 * nested select sends one statement per level, three here, before the page has read anything). API tokens
 * load their owner with the same columns (features/api-tokens/verify-api-token.ts).
 */
export async function loadActor(
  userId: string,
  authTimeMs?: number,
  sessionId?: string,
): Promise<SessionActor | null> {
  // A signed-out session's id is refused in the same statement (no extra round trip per request).
  const notRevoked = sessionId
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sessionId" = ${sessionId})`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<ActorRow[]>`
    SELECT ${ACTOR_COLUMNS} FROM "User" u ${ACTOR_JOINS}
     WHERE u."id" = ${userId} ${notRevoked}
     ORDER BY ${ACTOR_MEMBERSHIP_ORDER}`;
  const user = rows[0];
  if (!user || user.lockedAt) return null;
  if (authTimeMs !== undefined && !sessionStillValid(authTimeMs, new Date(user.sessionsValidFrom)))
    return null;
  return actorFromRows(rows);
}

export async function requireActor(): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  return actor;
}
