import type { Actor, Role } from "@plan-tracker/core";
import { Prisma } from "@plan-tracker/db";

/** One row per membership of a user (or one row of nulls when they have none). */
export interface ActorRow {
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
 * The columns of `ActorRow`, for a statement that joins `"User" u` to `"Membership" m` and
 * `"Organization" o` (ordered by `ACTOR_MEMBERSHIP_ORDER`), so sessions and API tokens load the same actor.
 */
export const ACTOR_COLUMNS = Prisma.raw(`u."id", u."name", u."email", u."lockedAt", u."sessionsValidFrom",
  m."organizationId", m."role"::text AS "role", o."code", o."shortName", o."name" AS "organizationName"`);

export const ACTOR_JOINS = Prisma.raw(`LEFT JOIN "Membership" m ON m."userId" = u."id"
  LEFT JOIN "Organization" o ON o."id" = m."organizationId"`);

/** The first membership is the user's default organization. */
export const ACTOR_MEMBERSHIP_ORDER = Prisma.raw(`m."createdAt" ASC, m."id" ASC`);

/** A signed-in caller (session or API token): who they are and where they belong, first membership first. */
export interface SessionActor extends Actor {
  name: string;
  email: string;
  memberships: {
    organizationId: string;
    role: Role;
    organization: { code: string; shortName: string; name: string };
  }[];
}

/** The actor of a user's rows (all rows are the same user). */
export function actorFromRows(rows: readonly ActorRow[]): SessionActor | null {
  const user = rows[0];
  if (!user) return null;
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
