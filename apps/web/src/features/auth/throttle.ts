import "server-only";
import { SIGN_IN_THROTTLE, type SignInThrottleDecision, signInThrottleDecision } from "@plan-tracker/core";
import { prisma } from "@/server/db";

/**
 * Reads recent failures for this account and this address (kept in PostgreSQL, so all nodes agree) and
 * decides (core's signInThrottleDecision): blocked, or allowed after `delayMs`.
 */
export async function checkLoginThrottle(
  email: string,
  ip: string,
  now = new Date(),
): Promise<SignInThrottleDecision> {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  const failures = await prisma.loginAttempt.findMany({
    where: { success: false, createdAt: { gte: since }, OR: [{ email }, { ip }] },
    select: { email: true, ip: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return signInThrottleDecision({
    failuresForPair: failures.filter((f) => f.email === email && f.ip === ip).map((f) => f.createdAt),
    failuresForAccount: failures.filter((f) => f.email === email).map((f) => f.createdAt),
    failuresForAddress: failures.filter((f) => f.ip === ip).map((f) => f.createdAt),
    now,
  });
}

/** Waits what the throttle asks before a password is checked (an account under attack answers slower). */
export function throttleDelay(decision: SignInThrottleDecision): Promise<void> {
  const ms = decision.allowed ? decision.delayMs : 0;
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { email, ip, success } });
}
