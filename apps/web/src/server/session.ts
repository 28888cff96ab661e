import "server-only";
import type { Actor, Role } from "@plan-tracker/core";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
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
  return loadActor(userId, session.issuedAt);
});

export async function loadActor(userId: string, issuedAtSeconds?: number): Promise<SessionActor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      lockedAt: true,
      sessionsValidFrom: true,
      memberships: {
        select: {
          organizationId: true,
          role: true,
          organization: { select: { code: true, shortName: true, name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || user.lockedAt) return null;
  if (
    issuedAtSeconds !== undefined &&
    issuedAtSeconds < Math.floor(user.sessionsValidFrom.getTime() / 1000)
  ) {
    return null;
  }
  return { userId: user.id, name: user.name, email: user.email, memberships: user.memberships };
}

export async function requireActor(): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  return actor;
}
