import "server-only";
import type { Prisma } from "@plan-tracker/db";
import { accountInviteEmail, enqueueEmail, passwordResetEmail } from "@plan-tracker/jobs";
import { generateResetToken, INVITE_TOKEN_MINUTES, RESET_TOKEN_MINUTES } from "./reset-token";

export type ResetLinkKind = "reset" | "invite";

/**
 * Issues a password link for a user inside the caller's transaction: every older unused link of the user
 * stops working (only the newest email counts), a new token is stored as its SHA-256, and the email is
 * queued in the outbox so it commits, or not, with the token.
 * `baseUrl` is APP_URL, or the request's origin when APP_URL is not set (see `linkBase`).
 */
export async function issueResetToken(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; name: string },
  options: { kind: ResetLinkKind; baseUrl: string; now: Date },
): Promise<{ tokenId: string; expiresAt: Date }> {
  const minutes = options.kind === "invite" ? INVITE_TOKEN_MINUTES : RESET_TOKEN_MINUTES;
  const expiresAt = new Date(options.now.getTime() + minutes * 60_000);
  await tx.passwordResetToken.updateMany({
    where: { userId: user.id, usedAt: null, expiresAt: { gt: options.now } },
    data: { expiresAt: options.now },
  });
  const { token, tokenHash } = generateResetToken();
  const row = await tx.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt, createdAt: options.now },
    select: { id: true },
  });
  const link = `${options.baseUrl.replace(/\/+$/, "")}/reset-password/${token}`;
  const template = options.kind === "invite" ? accountInviteEmail : passwordResetEmail;
  await enqueueEmail(tx, { to: user.email, ...template({ name: user.name, link, validMinutes: minutes }) });
  return { tokenId: row.id, expiresAt };
}
