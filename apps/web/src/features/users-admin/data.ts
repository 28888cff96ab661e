import "server-only";
import { authorize, type Role, searchTokens } from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { likeLiteral } from "@/server/like-literal";
import type { SessionActor } from "@/server/session";
import { PAGE_SIZE, type UserFilters } from "./schema";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  lockedAt: Date | null;
  lastLoginAt: Date | null;
  /** No password yet: a new account whose owner has not used the link. */
  pending: boolean;
  memberships: { role: Role; organization: { id: string; shortName: string; name: string } }[];
}

export interface UsersView {
  rows: UserRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Every organization for the filter; `current` ones (not ended) take new accounts. */
  organizations: { id: string; shortName: string; name: string; current: boolean }[];
}

function whereOf(filters: UserFilters): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  // Accent- and case-insensitive, every word somewhere in the name or email: "nguyen duc" finds "Nguyễn Văn Đức".
  for (const token of searchTokens(filters.q)) and.push({ searchKey: { contains: likeLiteral(token) } });
  if (filters.org || filters.role) {
    and.push({
      memberships: {
        some: {
          ...(filters.org ? { organizationId: filters.org } : {}),
          ...(filters.role ? { role: filters.role } : {}),
        },
      },
    });
  }
  if (filters.status === "locked") and.push({ lockedAt: { not: null } });
  if (filters.status === "active") and.push({ lockedAt: null });
  return and.length ? { AND: and } : {};
}

/**
 * The administrator's list of users, a page at a time. A fixed number of statements whatever the data:
 * the page of users with their memberships and organizations, the count, the organizations for the filter.
 */
export async function listUsers(
  db: PrismaClient,
  actor: SessionActor,
  filters: UserFilters,
): Promise<UsersView> {
  authorize(actor, "user.manage");
  const where = whereOf(filters);
  const [users, total, organizations] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        lockedAt: true,
        lastLoginAt: true,
        passwordHash: true,
        memberships: {
          orderBy: { createdAt: "asc" },
          select: { role: true, organization: { select: { id: true, shortName: true, name: true } } },
        },
      },
    }),
    db.user.count({ where }),
    db.organization.findMany({
      orderBy: [{ shortName: "asc" }],
      select: { id: true, shortName: true, name: true, validTo: true },
    }),
  ]);
  const now = new Date();
  return {
    rows: users.map(({ passwordHash, ...user }) => ({ ...user, pending: passwordHash === null })),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    organizations: organizations.map(({ validTo, ...o }) => ({ ...o, current: !validTo || validTo >= now })),
  };
}
