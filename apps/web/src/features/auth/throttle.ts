import "server-only";
import { throttleDecision } from "@plan-tracker/core";
import { prisma } from "@/server/db";

const WINDOW_MINUTES = 15;
const limits = { maxPerAccount: 5, maxPerAddress: 20, windowMinutes: WINDOW_MINUTES };

/** Reads recent failures for this account and this address (kept in PostgreSQL, so all nodes agree). */
export async function checkLoginThrottle(email: string, ip: string, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const failures = await prisma.loginAttempt.findMany({
    where: { success: false, createdAt: { gte: since }, OR: [{ email }, { ip }] },
    select: { email: true, ip: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return throttleDecision(
    {
      failuresForAccount: failures.filter((f) => f.email === email).map((f) => f.createdAt),
      failuresForAddress: failures.filter((f) => f.ip === ip).map((f) => f.createdAt),
      now,
    },
    limits,
  );
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { email, ip, success } });
}
