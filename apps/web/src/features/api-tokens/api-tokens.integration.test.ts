import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateRequest } from "@/features/api/auth-from-request";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient, codeOf } from "@/testing/integration";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./data";
import { revokeApiToken } from "./revoke-api-token";
import { hashApiToken } from "./token";
import { verifyApiToken } from "./verify-api-token";

let db: TestDatabase;
let compiler: SessionActor;
let staff: SessionActor;

const DAY = 24 * 3600 * 1000;
const noSession = async () => null;

function bearer(token: string): Request {
  return new Request("http://localhost/api/v1/plans", { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  db = await createTestPostgres("pt_api_tokens");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  compiler = await actorFor(db.prisma, "tonghop@kiengiang.example");
  staff = await actorFor(db.prisma, "chuyenvien.skhdt@kiengiang.example");
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("creating a token", () => {
  it("stores only the hash and a short prefix, and audits without the secret", async () => {
    const created = await createApiToken(
      db.prisma,
      compiler,
      { name: "Báo cáo Excel", expiresIn: "90" },
      { ip: "203.0.113.7", userAgent: "vitest" },
    );
    expect(created.token).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);

    const stored = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      userId: compiler.userId,
      name: "Báo cáo Excel",
      tokenHash: hashApiToken(created.token),
      prefix: created.token.slice(0, 11),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(Math.round(((stored.expiresAt?.getTime() ?? 0) - stored.createdAt.getTime()) / DAY)).toBe(90);

    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "ApiToken", entityId: created.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: compiler.userId,
      action: "apiToken.create",
      ip: "203.0.113.7",
      userAgent: "vitest",
      after: { name: "Báo cáo Excel", prefix: stored.prefix },
    });
    const eventText = JSON.stringify(events[0], (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(eventText).not.toContain(created.token);
    expect(eventText).not.toContain(stored.tokenHash);
  });

  it("lists only the owner's tokens, without their hashes", async () => {
    await createApiToken(db.prisma, staff, { name: "Của người khác", expiresIn: "never" });
    const mine = await listApiTokens(db.prisma, compiler.userId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.name !== "Của người khác")).toBe(true);
    expect(mine[0]).not.toHaveProperty("tokenHash");
    expect(mine[0]?.status).toBe("active");
  });
});

describe("authenticating with a token", () => {
  it("authenticates as the token's owner, with the owner's memberships", async () => {
    const { token } = await createApiToken(db.prisma, compiler, { name: "Hợp lệ", expiresIn: "30" });
    const actor = await authenticateRequest(bearer(token), { sessionActor: noSession });
    expect(actor.userId).toBe(compiler.userId);
    expect(actor.email).toBe("tonghop@kiengiang.example");
    expect(actor.memberships).toEqual([
      expect.objectContaining({ role: "COMPILER", organization: expect.objectContaining({ code: "STNMT" }) }),
    ]);
  });

  it("prefers the bearer token to the session and refuses when neither is valid", async () => {
    const session = async () => staff;
    expect(
      (await authenticateRequest(new Request("http://localhost/api/v1/plans"), { sessionActor: session }))
        .userId,
    ).toBe(staff.userId);
    expect(
      await codeOf(authenticateRequest(new Request("http://localhost/x"), { sessionActor: noSession })),
    ).toBe("UNAUTHENTICATED");
    // A bad token is refused even beside a valid session.
    expect(await codeOf(authenticateRequest(bearer(`pt_${"x".repeat(43)}`), { sessionActor: session }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses a revoked token", async () => {
    const { token, id } = await createApiToken(db.prisma, compiler, { name: "Thu hồi", expiresIn: "never" });
    expect((await verifyApiToken(db.prisma, token)).ok).toBe(true);
    await revokeApiToken(db.prisma, compiler, id, { ip: "198.51.100.2" });
    expect(await verifyApiToken(db.prisma, token)).toEqual({ ok: false, reason: "revoked" });
    expect(await codeOf(authenticateRequest(bearer(token), { sessionActor: noSession }))).toBe(
      "UNAUTHENTICATED",
    );

    // Revoking again changes nothing and records nothing more.
    await revokeApiToken(db.prisma, compiler, id);
    const events = await db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["apiToken.create", "apiToken.revoke"]);
    expect(events[1]).toMatchObject({ actorId: compiler.userId, ip: "198.51.100.2", entityType: "ApiToken" });
    expect((await listApiTokens(db.prisma, compiler.userId)).find((t) => t.id === id)?.status).toBe(
      "revoked",
    );
  });

  it("refuses an expired token", async () => {
    const longAgo = new Date(Date.now() - 31 * DAY);
    const { token, id } = await createApiToken(
      db.prisma,
      compiler,
      { name: "Hết hạn", expiresIn: "30" },
      { now: longAgo },
    );
    expect(await verifyApiToken(db.prisma, token)).toEqual({ ok: false, reason: "expired" });
    expect(await codeOf(authenticateRequest(bearer(token), { sessionActor: noSession }))).toBe(
      "UNAUTHENTICATED",
    );
    // Valid up to its expiry.
    expect((await verifyApiToken(db.prisma, token, new Date(longAgo.getTime() + 29 * DAY))).ok).toBe(true);
    expect((await listApiTokens(db.prisma, compiler.userId)).find((t) => t.id === id)?.status).toBe(
      "expired",
    );
  });

  it("refuses the tokens of a locked user, and accepts them again once unlocked", async () => {
    const { token } = await createApiToken(db.prisma, staff, { name: "Khóa", expiresIn: "30" });
    await db.prisma.user.update({ where: { id: staff.userId }, data: { lockedAt: new Date() } });
    try {
      expect(await verifyApiToken(db.prisma, token)).toEqual({ ok: false, reason: "locked" });
      expect(await codeOf(authenticateRequest(bearer(token), { sessionActor: noSession }))).toBe(
        "UNAUTHENTICATED",
      );
    } finally {
      await db.prisma.user.update({ where: { id: staff.userId }, data: { lockedAt: null } });
    }
    expect((await authenticateRequest(bearer(token), { sessionActor: noSession })).userId).toBe(staff.userId);
  });

  it("refuses unknown and malformed tokens", async () => {
    expect(await verifyApiToken(db.prisma, `pt_${"B".repeat(43)}`)).toEqual({ ok: false, reason: "unknown" });
    expect(await verifyApiToken(db.prisma, "pt_short")).toEqual({ ok: false, reason: "malformed" });
  });

  it("records the last use at most once a minute", async () => {
    const { token, id } = await createApiToken(db.prisma, compiler, { name: "Dùng", expiresIn: "30" });
    const lastUsed = async () => (await db.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    const t0 = new Date();
    await verifyApiToken(db.prisma, token, t0);
    expect(await lastUsed()).toEqual(t0);
    await verifyApiToken(db.prisma, token, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const t1 = new Date(t0.getTime() + 61_000);
    await verifyApiToken(db.prisma, token, t1);
    expect(await lastUsed()).toEqual(t1);
  });
});

describe("revoking", () => {
  it("lets only the owner revoke: another user's token is not found to them", async () => {
    const { id } = await createApiToken(db.prisma, compiler, { name: "Không phải của bạn", expiresIn: "30" });
    expect(await codeOf(revokeApiToken(db.prisma, staff, id))).toBe("NOT_FOUND");
    expect(await codeOf(revokeApiToken(db.prisma, staff, "cnosuchtoken0000000000000"))).toBe("NOT_FOUND");
    const stored = await db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.revokedAt).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "apiToken.revoke" } })).toBe(0);
  });
});
