import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderFixture, type ReminderFixture } from "../testing/fixture";
import { RETENTION_DAYS, runHousekeeping } from "./run";

let db: TestDatabase;
let fixture: ReminderFixture;
const now = new Date("2026-12-01T19:30:00Z");
const daysAgo = (days: number, extraMs = 0) => new Date(now.getTime() - days * 24 * 3600 * 1000 - extraMs);

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_housekeeping");
  fixture = await createReminderFixture(db.prisma);
});
afterAll(async () => {
  await db?.destroy();
});

describe("housekeeping", () => {
  it("deletes short-lived rows past their retention and keeps the rest, records included", async () => {
    const p = db.prisma;
    const userId = fixture.users.compiler;
    const draft = (createdAt: Date) =>
      p.planImportDraft.create({ data: { createdById: userId, parsed: {}, reviewed: {}, createdAt } });
    const oldDraft = await draft(daysAgo(RETENTION_DAYS.planImportDrafts, 1));
    const recentDraft = await draft(daysAgo(RETENTION_DAYS.planImportDrafts - 1));
    const token = (tokenHash: string, expiresAt: Date) =>
      p.passwordResetToken.create({ data: { userId, tokenHash, expiresAt } });
    const oldToken = await token("a".repeat(64), daysAgo(RETENTION_DAYS.passwordResetTokens, 1));
    const recentToken = await token("b".repeat(64), daysAgo(1));
    const request = (createdAt: Date) =>
      p.passwordResetRequest.create({ data: { email: "x@example.vn", ip: "10.0.0.1", createdAt } });
    const oldRequest = await request(daysAgo(RETENTION_DAYS.passwordResetRequests, 1));
    const recentRequest = await request(daysAgo(0, 60_000));
    const attempt = (createdAt: Date) =>
      p.loginAttempt.create({ data: { email: "x@example.vn", ip: "10.0.0.1", success: false, createdAt } });
    const oldAttempt = await attempt(daysAgo(RETENTION_DAYS.loginAttempts, 1));
    const recentAttempt = await attempt(daysAgo(RETENTION_DAYS.loginAttempts - 1));
    const revoked = (sessionId: string, expiresAt: Date) =>
      p.revokedSession.create({ data: { sessionId, userId, expiresAt } });
    await revoked("old-session", daysAgo(RETENTION_DAYS.revokedSessions, 1));
    await revoked("recent-session", daysAgo(0, -3600_000));
    const audit = await p.auditEvent.create({
      data: { action: "plan.create", entityType: "Plan", entityId: fixture.planId, at: daysAgo(400) },
    });

    expect(await runHousekeeping(p, now)).toEqual({
      planImportDrafts: 1,
      passwordResetTokens: 1,
      passwordResetRequests: 1,
      loginAttempts: 1,
      revokedSessions: 1,
    });

    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id);
    expect(
      await ids(p.planImportDraft.findMany({ where: { id: { in: [oldDraft.id, recentDraft.id] } } })),
    ).toEqual([recentDraft.id]);
    expect(
      await ids(p.passwordResetToken.findMany({ where: { id: { in: [oldToken.id, recentToken.id] } } })),
    ).toEqual([recentToken.id]);
    expect(
      await ids(
        p.passwordResetRequest.findMany({ where: { id: { in: [oldRequest.id, recentRequest.id] } } }),
      ),
    ).toEqual([recentRequest.id]);
    expect(
      await ids(p.loginAttempt.findMany({ where: { id: { in: [oldAttempt.id, recentAttempt.id] } } })),
    ).toEqual([recentAttempt.id]);
    expect((await p.revokedSession.findMany()).map((r) => r.sessionId)).toEqual(["recent-session"]);
    expect(await p.auditEvent.findUnique({ where: { id: audit.id } })).not.toBeNull();

    // A second run (another node, the next night) finds nothing more.
    expect(await runHousekeeping(p, now)).toEqual({
      planImportDrafts: 0,
      passwordResetTokens: 0,
      passwordResetRequests: 0,
      loginAttempts: 0,
      revokedSessions: 0,
    });
  });
});
