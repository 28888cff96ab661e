import type { PrismaClient } from "@plan-tracker/db";

/**
 * How long short-lived rows are kept (days). They only serve a moment (a throttle window, a reset link, a
 * plan under review) but were kept for ever: sign-in attempts alone add a row per sign-in. The audit log,
 * updates, reports and notifications are records and are never deleted here.
 */
export const RETENTION_DAYS = {
  /** Parsed plan documents awaiting or past review; a draft is used within the day it is made. */
  planImportDrafts: 30,
  /** Reset links (valid 60 minutes, or 3 days for a new account), counted from their expiry. */
  passwordResetTokens: 30,
  /** The forgot-password throttle reads the last 15 minutes. */
  passwordResetRequests: 30,
  /** The sign-in throttle reads the last 15 minutes; 90 days are kept for looking into an incident. */
  loginAttempts: 90,
  /** Signed-out sessions, counted from when they would have expired anyway (then a replay fails by itself). */
  revokedSessions: 1,
} as const;

export interface HousekeepingResult {
  planImportDrafts: number;
  passwordResetTokens: number;
  passwordResetRequests: number;
  loginAttempts: number;
  revokedSessions: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** Deletes what has outlived its retention at `now`. Safe to run at any time and on any number of nodes. */
export async function runHousekeeping(db: PrismaClient, now: Date): Promise<HousekeepingResult> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [drafts, tokens, requests, attempts, sessions] = await db.$transaction([
    db.planImportDraft.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.planImportDrafts) } } }),
    db.passwordResetToken.deleteMany({
      where: { expiresAt: { lt: before(RETENTION_DAYS.passwordResetTokens) } },
    }),
    db.passwordResetRequest.deleteMany({
      where: { createdAt: { lt: before(RETENTION_DAYS.passwordResetRequests) } },
    }),
    db.loginAttempt.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.loginAttempts) } } }),
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: before(RETENTION_DAYS.revokedSessions) } } }),
  ]);
  return {
    planImportDrafts: drafts.count,
    passwordResetTokens: tokens.count,
    passwordResetRequests: requests.count,
    loginAttempts: attempts.count,
    revokedSessions: sessions.count,
  };
}
