import type { Prisma } from "@plan-tracker/db";

/**
 * Revokes every live API token of a user, inside the caller's transaction: a password change or reset ends
 * the account's credentials, tokens as well as sessions (a token copied before the change must not keep
 * answering). Returns how many were revoked, for the audit event and the screen.
 */
export async function revokeAllApiTokens(
  tx: Prisma.TransactionClient,
  userId: string,
  now: Date,
): Promise<number> {
  const revoked = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return revoked.count;
}
