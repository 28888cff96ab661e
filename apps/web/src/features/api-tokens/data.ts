import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import { type ApiTokenStatus, apiTokenStatus } from "./token";

export interface ApiTokenListItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
}

/** The user's own tokens, newest first; never the hash. One query. */
export async function listApiTokens(
  db: PrismaClient,
  userId: string,
  now = new Date(),
): Promise<ApiTokenListItem[]> {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
    },
  });
  return rows.map((row) => ({ ...row, status: apiTokenStatus(row, now) }));
}
