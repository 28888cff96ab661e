import "server-only";
import { AppError, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { issueResetToken } from "@/features/accounts/issue-reset-token";
import { recordAudit } from "@/server/audit";
import type { SessionActor } from "@/server/session";

interface Context {
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}

/**
 * Locks or unlocks an account. Locking also moves `sessionsValidFrom`, so a session open right now dies
 * on its next request even if the account is unlocked a minute later. An administrator cannot lock
 * their own account (nobody would be left to unlock it, perhaps).
 */
export async function setUserLock(
  db: PrismaClient,
  actor: SessionActor,
  input: { userId: string; locked: boolean },
  context: Context = {},
): Promise<{ name: string; email: string }> {
  authorize(actor, "user.manage");
  if (input.locked && input.userId === actor.userId)
    throw new AppError("FORBIDDEN", {
      message: "An administrator cannot lock themself",
      details: { reason: "self" },
    });
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, email: true, lockedAt: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    // Already in the asked state: nothing to change, nothing to record (a double click).
    if ((before.lockedAt !== null) === input.locked) return { name: before.name, email: before.email };
    await tx.user.update({
      where: { id: before.id },
      data: input.locked ? { lockedAt: now, sessionsValidFrom: now } : { lockedAt: null },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.locked ? "user.lock" : "user.unlock",
      entityType: "User",
      entityId: before.id,
      before: { lockedAt: before.lockedAt?.toISOString() ?? null },
      after: { lockedAt: input.locked ? now.toISOString() : null },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { name: before.name, email: before.email };
  });
}

/** The administrator sends a user a password reset link (the user chooses the password; nobody else). */
export async function sendResetLink(
  db: PrismaClient,
  actor: SessionActor,
  userId: string,
  context: Context & { baseUrl: string },
): Promise<{ name: string; email: string }> {
  authorize(actor, "user.manage");
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, passwordHash: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    // A new account that never set its password gets the welcome wording and the longer validity.
    const kind = user.passwordHash === null ? "invite" : "reset";
    const issued = await issueResetToken(tx, user, { kind, baseUrl: context.baseUrl, now });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.passwordResetSend",
      entityType: "User",
      entityId: user.id,
      after: { tokenId: issued.tokenId, kind, expiresAt: issued.expiresAt.toISOString() },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { name: user.name, email: user.email };
  });
}
