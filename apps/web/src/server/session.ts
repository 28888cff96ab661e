import "server-only";
import type { Actor, Role } from "@plan-tracker/core";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { sessionStillValid } from "./auth-time";
import { prisma } from "./db";

export interface SessionActor extends Actor {
  name: string;
  email: string;
  memberships: {
    organizationId: string;
    role: Role;
    organization: { code: string; shortName: string; name: string };
  }[];
}

/**
 * The signed-in user with their memberships, read once per request. A locked account or a session issued
 * before the user's sessionsValidFrom (password change, forced sign-out) counts as signed out.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(userId, session.authTimeMs);
});

interface ActorRow {
  id: string;
  name: string;
  email: string;
  lockedAt: Date | null;
  sessionsValidFrom: Date;
  organizationId: string | null;
  role: Role | null;
  code: string | null;
  shortName: string | null;
  organizationName: string | null;
}

/**
 * One statement, run on every request: the user joined to their memberships and organizations (Prisma's
 * nested select sends one statement per level, three here, before the page has read anything).
 */
export async function loadActor(userId: string, authTimeMs?: number): Promise<SessionActor | null> {
  const rows = await prisma.$queryRaw<ActorRow[]>`
    SELECT u."id", u."name", u."email", u."lockedAt", u."sessionsValidFrom",
           m."organizationId", m."role"::text AS "role", o."code", o."shortName", o."name" AS "organizationName"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE u."id" = ${userId}
    ORDER BY m."createdAt" ASC, m."id" ASC`;
  const user = rows[0];
  if (!user || user.lockedAt) return null;
  if (authTimeMs !== undefined && !sessionStillValid(authTimeMs, new Date(user.sessionsValidFrom)))
    return null;
  const memberships = rows.flatMap((r) =>
    r.organizationId && r.role
      ? [
          {
            organizationId: r.organizationId,
            role: r.role,
            organization: {
              code: r.code ?? "",
              shortName: r.shortName ?? "",
              name: r.organizationName ?? "",
            },
          },
        ]
      : [],
  );
  return { userId: user.id, name: user.name, email: user.email, memberships };
}

export async function requireActor(): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  return actor;
}
