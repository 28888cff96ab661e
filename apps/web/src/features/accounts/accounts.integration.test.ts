import { userSearchKey } from "@plan-tracker/core";
import { hashPassword, verifyPassword } from "@plan-tracker/db/password";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiToken } from "@/features/api-tokens/token";
import { verifyApiToken } from "@/features/api-tokens/verify-api-token";
import { authTimeMsOf, stampAuthTime } from "@/server/auth-time";
import { loadActor } from "@/server/session";
import { revokeSession } from "@/server/session-revocation";
import { closeAppClient } from "@/testing/integration";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword, resetTokenState } from "./reset-password";
import { hashResetToken } from "./reset-token";

let db: TestDatabase;
const BASE = "http://127.0.0.1:3311";
const OLD = "Mật khẩu cũ rất dài 1";
const NEW = "Sông Hậu mùa nước nổi 2026";
const MINUTE = 60_000;
let counter = 0;

/** A fresh account per test, so tests share no state (the throttle counts per email too). */
async function newUser(locked = false) {
  counter += 1;
  const email = `tk${counter}.${Date.now().toString(36)}@kiengiang.example`;
  const name = `Người dùng ${counter}`;
  return db.prisma.user.create({
    data: {
      email,
      name,
      searchKey: userSearchKey({ name, email }),
      passwordHash: await hashPassword(OLD),
      lockedAt: locked ? new Date() : null,
      sessionsValidFrom: new Date(Date.now() - 3600_000),
    },
  });
}

/** A different address per test: the per-address limit (20 / 15 min) must not leak between tests. */
const ip = () => `198.51.100.${counter}`;

/** The token in the newest email to this address, read back from the outbox as a person would. */
async function tokenFromOutbox(email: string): Promise<string> {
  const mail = await db.prisma.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const match = mail.text.match(/\/reset-password\/([A-Za-z0-9_-]{43})\b/);
  if (!match?.[1]) throw new Error(`no reset link in: ${mail.text}`);
  expect(mail.text).toContain(`${BASE}/reset-password/${match[1]}`);
  return match[1];
}

beforeAll(async () => {
  db = await createTestPostgres("pt_accounts");
  await setupDatabase(db, { demo: false });
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("forgot password", () => {
  it("answers 'sent' for an unknown email and writes no token nor email", async () => {
    const email = `khongco.${Date.now()}@kiengiang.example`;
    const before = await db.prisma.passwordResetToken.count();
    expect(await requestPasswordReset(db.prisma, email, { ip: "198.51.100.250", baseUrl: BASE })).toEqual({
      status: "sent",
    });
    expect(await db.prisma.passwordResetToken.count()).toBe(before);
    expect(await db.prisma.outboxEmail.count({ where: { to: email } })).toBe(0);
  });

  it("emails a 60-minute link whose token is stored only as its SHA-256, and audits the request", async () => {
    const user = await newUser();
    const now = new Date();
    expect(await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE, now })).toEqual({
      status: "sent",
    });
    const token = await tokenFromOutbox(user.email);
    const stored = await db.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]?.expiresAt.getTime()).toBe(now.getTime() + 60 * MINUTE);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.passwordResetRequest" },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token);
  });

  it("a newer link makes the older unused one stop working", async () => {
    const user = await newUser();
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const first = await tokenFromOutbox(user.email);
    await new Promise((r) => setTimeout(r, 5));
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const second = await tokenFromOutbox(user.email);
    expect(second).not.toBe(first);
    expect((await resetTokenState(db.prisma, first)).state).toBe("expired");
    expect((await resetTokenState(db.prisma, second)).state).toBe("valid");
    expect(await resetPassword(db.prisma, { token: first, newPassword: NEW })).toEqual({
      status: "invalid",
      state: "expired",
    });
  });

  it("is throttled at 5 per email in 15 minutes, account or not, with the same answer", async () => {
    const user = await newUser();
    const unknown = `khongco2.${Date.now()}@kiengiang.example`;
    const now = new Date();
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < 5; i += 1) {
        const answer = await requestPasswordReset(db.prisma, email, {
          ip: `203.0.113.${i + (email === unknown ? 10 : 0)}`,
          baseUrl: BASE,
          now: new Date(now.getTime() + i * 1000),
        });
        expect(answer.status).toBe("sent");
      }
      const sixth = await requestPasswordReset(db.prisma, email, {
        ip: "203.0.113.99",
        baseUrl: BASE,
        now: new Date(now.getTime() + 6000),
      });
      expect(sixth).toEqual({ status: "rate_limited", minutes: 15 });
    }
    // Sixteen minutes later the window has passed.
    const later = await requestPasswordReset(db.prisma, user.email, {
      ip: "203.0.113.99",
      baseUrl: BASE,
      now: new Date(now.getTime() + 16 * MINUTE),
    });
    expect(later.status).toBe("sent");
  });
});

/** An API token of the user, as the tokens page creates one (never expiring). */
async function apiTokenOf(userId: string): Promise<string> {
  const generated = generateApiToken();
  await db.prisma.apiToken.create({
    data: { userId, name: "Tích hợp", tokenHash: generated.tokenHash, prefix: generated.prefix },
  });
  return generated.token;
}

describe("reset password", () => {
  it("sets the password once, revokes earlier sessions, and refuses the link a second time", async () => {
    const user = await newUser();
    const sessionBefore = Date.now() - 60_000;
    expect(await loadActor(user.id, sessionBefore)).not.toBeNull();
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const token = await tokenFromOutbox(user.email);

    const apiToken = await apiTokenOf(user.id);
    expect((await verifyApiToken(db.prisma, apiToken)).ok).toBe(true);

    const done = await resetPassword(db.prisma, { token, newPassword: NEW }, { ip: "198.51.100.7" });
    expect(done).toEqual({ status: "done", locked: false });
    // The reset ends the API token made before it, as it ends the sessions.
    expect(await verifyApiToken(db.prisma, apiToken)).toEqual({ ok: false, reason: "revoked" });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash ?? "", NEW)).toBe(true);
    expect(await verifyPassword(after.passwordHash ?? "", OLD)).toBe(false);
    // The session from before the reset is refused; one issued after it is accepted.
    expect(await loadActor(user.id, sessionBefore)).toBeNull();
    expect(await loadActor(user.id, Date.now() + 1000)).not.toBeNull();

    const row = await db.prisma.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash: hashResetToken(token) },
    });
    expect(row.usedAt).not.toBeNull();
    expect(await resetPassword(db.prisma, { token, newPassword: "Một mật khẩu khác nữa 9" })).toEqual({
      status: "invalid",
      state: "used",
    });
    expect(
      await verifyPassword(
        (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash ?? "",
        NEW,
      ),
    ).toBe(true);
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: user.id, action: "user.passwordReset", actorId: user.id },
      }),
    ).toBe(1);
  });

  it("two submissions of one link at once: exactly one wins", async () => {
    const user = await newUser();
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const token = await tokenFromOutbox(user.email);
    const results = await Promise.all([
      resetPassword(db.prisma, { token, newPassword: NEW }),
      resetPassword(db.prisma, { token, newPassword: "Một mật khẩu khác nữa 9" }),
    ]);
    expect(results.filter((r) => r.status === "done")).toHaveLength(1);
    expect(results.filter((r) => r.status === "invalid")).toHaveLength(1);
  });

  it("an expired link is refused after 60 minutes; an unknown one is unknown", async () => {
    const user = await newUser();
    const asked = new Date(Date.now() - 61 * MINUTE);
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE, now: asked });
    const token = await tokenFromOutbox(user.email);
    expect(await resetPassword(db.prisma, { token, newPassword: NEW })).toEqual({
      status: "invalid",
      state: "expired",
    });
    expect(
      await resetPassword(
        db.prisma,
        { token, newPassword: NEW },
        { now: new Date(asked.getTime() + 59 * MINUTE) },
      ),
    ).toEqual({ status: "done", locked: false });
    expect((await resetTokenState(db.prisma, "A".repeat(43))).state).toBe("unknown");
  });

  it("refuses a password that is the email, and leaves a locked account locked", async () => {
    const user = await newUser(true);
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const token = await tokenFromOutbox(user.email);
    expect(await resetPassword(db.prisma, { token, newPassword: user.email })).toEqual({
      status: "weak",
      problem: "passwordLikeEmail",
    });
    expect(await resetPassword(db.prisma, { token, newPassword: NEW })).toEqual({
      status: "done",
      locked: true,
    });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lockedAt).not.toBeNull();
    expect(await loadActor(user.id, Date.now() + 1000)).toBeNull();
  });
});

describe("change password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const user = await newUser();
    const outcome = await changePassword(
      db.prisma,
      { userId: user.id, email: user.email },
      {
        currentPassword: "không phải mật khẩu",
        newPassword: NEW,
        confirmPassword: NEW,
      },
    );
    expect(outcome).toEqual({ status: "wrong_current" });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionsValidFrom).toEqual(user.sessionsValidFrom);
  });

  it("changes the hash, revokes sessions issued before, voids pending reset links, and audits", async () => {
    const user = await newUser();
    await requestPasswordReset(db.prisma, user.email, { ip: ip(), baseUrl: BASE });
    const pending = await tokenFromOutbox(user.email);
    const sessionBefore = Date.now() - 5000;
    expect(await loadActor(user.id, sessionBefore)).not.toBeNull();
    const apiToken = await apiTokenOf(user.id);

    const outcome = await changePassword(
      db.prisma,
      { userId: user.id, email: user.email },
      { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW },
      { ip: "198.51.100.9", userAgent: "vitest" },
    );
    expect(outcome.status).toBe("changed");
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash ?? "", NEW)).toBe(true);
    expect(await loadActor(user.id, sessionBefore)).toBeNull();
    expect(await loadActor(user.id, Date.now() + 1000)).not.toBeNull();
    expect((await resetTokenState(db.prisma, pending)).state).toBe("expired");
    // A token copied before the change no longer answers.
    expect(await verifyApiToken(db.prisma, apiToken)).toEqual({ ok: false, reason: "revoked" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.passwordChange" },
    });
    expect(audit).toMatchObject({ actorId: user.id, ip: "198.51.100.9", after: { apiTokensRevoked: 1 } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(NEW);
  });

  it("refuses a session proved earlier in the same second as the change; keeps the one re-issued after it", async () => {
    const user = await newUser();
    // Within one second: signed in elsewhere at .100, password changed at .500, this browser signed in
    // again with the new password at .501 (the action re-issues its session after the change is written).
    const second = Math.floor(Date.now() / 1000) * 1000 - 60_000;
    const elsewhere: JWT = {};
    stampAuthTime(elsewhere, second + 100);
    const outcome = await changePassword(
      db.prisma,
      { userId: user.id, email: user.email },
      { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW },
      { now: new Date(second + 500) },
    );
    expect(outcome.status).toBe("changed");
    const reissued: JWT = {};
    stampAuthTime(reissued, second + 501);
    expect(await loadActor(user.id, authTimeMsOf(elsewhere))).toBeNull();
    expect(await loadActor(user.id, authTimeMsOf(reissued))).not.toBeNull();
    // A token stamped in whole seconds (before milliseconds) from that second is refused, not trusted.
    expect(await loadActor(user.id, authTimeMsOf({ authTime: second / 1000 }))).toBeNull();
  });

  it("refuses a password containing the email's name part", async () => {
    const user = await newUser();
    const local = user.email.split("@")[0] ?? "";
    const outcome = await changePassword(
      db.prisma,
      { userId: user.id, email: user.email },
      {
        currentPassword: OLD,
        newPassword: `${local}-2026`,
        confirmPassword: `${local}-2026`,
      },
    );
    expect(outcome).toEqual({ status: "weak", problem: "passwordLikeEmail" });
  });
});

describe("signing out", () => {
  it("ends the session on the server: its id, replayed, is refused; another session of the user is not", async () => {
    const user = await newUser();
    const now = Date.now();
    const token = { sub: user.id, sid: "sess-signed-out", exp: Math.floor(now / 1000) + 3600 };
    expect(await loadActor(user.id, now - 1000, token.sid)).not.toBeNull();
    await revokeSession(db.prisma, token);
    await revokeSession(db.prisma, token); // signing out twice is one row
    expect(await loadActor(user.id, now - 1000, token.sid)).toBeNull();
    expect(await loadActor(user.id, now - 1000, "sess-other-browser")).not.toBeNull();
    expect(
      await db.prisma.revokedSession.findUniqueOrThrow({ where: { sessionId: token.sid } }),
    ).toMatchObject({
      userId: user.id,
      expiresAt: new Date(token.exp * 1000),
    });
  });
});
