import { createHash, randomBytes } from "node:crypto";

/** A link from "forgot password" works for an hour: long enough to reach the mailbox, short if it leaks. */
export const RESET_TOKEN_MINUTES = 60;
/**
 * A new account's link to set its first password waits three days: the person may not read mail the
 * day the administrator creates the account. The administrator can send a fresh one at any time.
 */
export const INVITE_TOKEN_MINUTES = 3 * 24 * 60;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes; only the SHA-256 is stored, so a database leak gives no usable link. */
export function generateResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}
