import { userSearchKey } from "@plan-tracker/core";
import { hashPassword } from "@plan-tracker/db/password";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { upsertUserWithRole } from "@plan-tracker/prisma/demo-accounts";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingClient, statementsOf } from "@/server/query-count";
import { loadActor, type SessionActor } from "@/server/session";
import { actorFor, closeAppClient, codeOf } from "@/testing/integration";
import { createUser } from "./create-user";
import { listUsers } from "./data";
import { sendResetLink, setUserLock } from "./manage-user";
import { userFiltersSchema } from "./schema";

let db: TestDatabase;
let admin: SessionActor;
let compiler: SessionActor;
let stnmtId: string;
const BASE = "http://127.0.0.1:3311";

let n = 0;
async function staffUser(name = "Phạm Thị Khoá") {
  n += 1;
  const person = {
    email: `nguoidung${n}.${Date.now().toString(36)}@kiengiang.example`,
    name: `${name} ${n}`,
  };
  return db.prisma.user.create({
    data: {
      ...person,
      searchKey: userSearchKey(person),
      passwordHash: await hashPassword("Mật khẩu cũ rất dài 1"),
      sessionsValidFrom: new Date(Date.now() - 3600_000),
      memberships: { create: { organizationId: stnmtId, role: "STAFF" } },
    },
  });
}

const filters = (raw: Record<string, unknown> = {}) => userFiltersSchema.parse(raw);

beforeAll(async () => {
  db = await createTestPostgres("pt_users_admin");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  admin = await actorFor(db.prisma, "admin@kiengiang.example");
  compiler = await actorFor(db.prisma, "tonghop@kiengiang.example");
  stnmtId = (await db.prisma.organization.findUniqueOrThrow({ where: { code: "STNMT" } })).id;
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("who may manage users", () => {
  it("refuses every operation to a non-admin, even the focal agency's compiler", async () => {
    const user = await staffUser();
    expect(await codeOf(listUsers(db.prisma, compiler, filters()))).toBe("FORBIDDEN");
    expect(await codeOf(setUserLock(db.prisma, compiler, { userId: user.id, locked: true }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(sendResetLink(db.prisma, compiler, user.id, { baseUrl: BASE }))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        createUser(
          db.prisma,
          compiler,
          { email: "moi@kiengiang.example", name: "Mới", organizationId: stnmtId, role: "STAFF" },
          { baseUrl: BASE },
        ),
      ),
    ).toBe("FORBIDDEN");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lockedAt).toBeNull();
  });
});

describe("locking", () => {
  it("kills an open session at once, and unlocking does not revive it", async () => {
    const user = await staffUser();
    const openSession = Date.now() - 30_000;
    expect(await loadActor(user.id, openSession)).not.toBeNull();

    await setUserLock(db.prisma, admin, { userId: user.id, locked: true }, { ip: "198.51.100.1" });
    expect(await loadActor(user.id, openSession)).toBeNull();
    expect(await loadActor(user.id, Date.now() + 1000)).toBeNull();

    await setUserLock(db.prisma, admin, { userId: user.id, locked: false });
    expect(await loadActor(user.id, openSession)).toBeNull();
    expect(await loadActor(user.id, Date.now() + 1000)).not.toBeNull();

    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: user.id, action: { in: ["user.lock", "user.unlock"] } },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["user.lock", admin.userId],
      ["user.unlock", admin.userId],
    ]);
  });

  it("an administrator cannot lock themself", async () => {
    expect(await codeOf(setUserLock(db.prisma, admin, { userId: admin.userId, locked: true }))).toBe(
      "FORBIDDEN",
    );
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: admin.userId } })).lockedAt).toBeNull();
  });

  it("an unknown user is NOT_FOUND", async () => {
    expect(await codeOf(setUserLock(db.prisma, admin, { userId: "khongco", locked: true }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("creating an account and sending links", () => {
  it("creates the user without a password, with the membership, and emails a 3-day link", async () => {
    const email = `moi.${Date.now()}@kiengiang.example`;
    const created = await createUser(
      db.prisma,
      admin,
      { email, name: "Đặng Văn Mới", organizationId: stnmtId, role: "APPROVER" },
      { baseUrl: BASE },
    );
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { id: created.id },
      include: { memberships: true, passwordResetTokens: true },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.searchKey).toBe(`dang van moi ${email}`);
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[stnmtId, "APPROVER"]]);
    expect(user.passwordResetTokens).toHaveLength(1);
    const days = ((user.passwordResetTokens[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThanOrEqual(3);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain("Tài khoản của bạn đã được tạo");
    expect(mail.text).toMatch(new RegExp(`${BASE}/reset-password/[A-Za-z0-9_-]{43}`));
    expect(await db.prisma.auditEvent.count({ where: { entityId: created.id, action: "user.create" } })).toBe(
      1,
    );

    expect(
      await codeOf(
        createUser(
          db.prisma,
          admin,
          { email, name: "Trùng", organizationId: stnmtId, role: "STAFF" },
          { baseUrl: BASE },
        ),
      ),
    ).toBe("CONFLICT");
  });

  it("sends a reset link to an existing user and audits it", async () => {
    const user = await staffUser();
    await sendResetLink(db.prisma, admin, user.id, { baseUrl: BASE });
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.subject).toContain("Đặt lại mật khẩu");
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: user.id, action: "user.passwordResetSend", actorId: admin.userId },
      }),
    ).toBe(1);
  });
});

describe("the list", () => {
  it("filters by name or email (any case), organization, role and lock state", async () => {
    const locked = await staffUser("Hồ Văn Lọc");
    await setUserLock(db.prisma, admin, { userId: locked.id, locked: true });
    const byName = await listUsers(db.prisma, admin, filters({ q: "hồ văn LỌC" }));
    expect(byName.rows.map((r) => r.id)).toEqual([locked.id]);
    expect(byName.rows[0]?.memberships[0]).toMatchObject({ role: "STAFF", organization: { id: stnmtId } });
    const byEmail = await listUsers(db.prisma, admin, filters({ q: locked.email.toUpperCase() }));
    expect(byEmail.rows.map((r) => r.id)).toEqual([locked.id]);

    const lockedOnly = await listUsers(db.prisma, admin, filters({ status: "locked" }));
    expect(lockedOnly.rows.every((r) => r.lockedAt !== null)).toBe(true);
    expect(lockedOnly.rows.map((r) => r.id)).toContain(locked.id);
    const activeOnly = await listUsers(db.prisma, admin, filters({ status: "active" }));
    expect(activeOnly.rows.map((r) => r.id)).not.toContain(locked.id);

    const admins = await listUsers(db.prisma, admin, filters({ role: "ADMIN" }));
    expect(admins.rows.map((r) => r.email)).toEqual(["admin@kiengiang.example"]);
    const stnmt = await listUsers(db.prisma, admin, filters({ org: stnmtId, role: "COMPILER" }));
    expect(stnmt.rows.map((r) => r.email)).toContain("tonghop@kiengiang.example");
    expect(
      stnmt.rows.every((r) =>
        r.memberships.some((m) => m.organization.id === stnmtId && m.role === "COMPILER"),
      ),
    ).toBe(true);
  });

  it("searches without accents, word by word: 'nguyen' finds Nguyễn, 'DUC' finds Đức", async () => {
    const duc = await staffUser("Nguyễn Văn Đức");
    const hang = await staffUser("Nguyễn Thị Hằng");
    const found = async (q: string) =>
      (await listUsers(db.prisma, admin, filters({ q }))).rows.map((r) => r.id);
    expect(await found("nguyen")).toEqual(expect.arrayContaining([duc.id, hang.id]));
    expect(await found("DUC")).toContain(duc.id);
    expect(await found("DUC")).not.toContain(hang.id);
    expect(await found("đức nguyễn")).toContain(duc.id);
    expect(await found("  duc   van ")).toContain(duc.id);
    expect(await found("hằng đức")).toEqual([]);
    // The address is part of the key: a piece of it, in any case.
    expect(await found(duc.email.split("@")[0]?.toUpperCase() ?? "")).toEqual([duc.id]);
  });

  it("takes % _ and \\ in the search literally, not as LIKE wildcards", async () => {
    const percent = await staffUser("Tỉ lệ 100%");
    const underscore = await staffUser("Mã_số");
    const backslash = await staffUser("Phòng A\\B");
    const plain = await staffUser("Mã số 1000");
    const found = async (q: string) =>
      (await listUsers(db.prisma, admin, filters({ q }))).rows.map((r) => r.id);
    expect(await found("%")).toEqual([percent.id]);
    expect(await found("100%")).toEqual([percent.id]);
    expect(await found("ma_so")).toEqual([underscore.id]);
    expect(await found("_")).toEqual([underscore.id]);
    expect(await found("a\\b")).toEqual([backslash.id]);
    expect(await found("ma so 1000")).toEqual([plain.id]);
  });

  it("keeps the key of a renamed account (user:create on its address) in step with the name", async () => {
    const email = `doiten.${Date.now().toString(36)}@kiengiang.example`;
    const first = await upsertUserWithRole(db.prisma, {
      email,
      name: "Tôn Nữ Xuyến",
      organizationId: stnmtId,
      role: "STAFF",
      passwordHash: null,
    });
    await upsertUserWithRole(db.prisma, {
      email,
      name: "Tôn Nữ Yểng",
      organizationId: stnmtId,
      role: "STAFF",
      passwordHash: null,
    });
    const found = async (q: string) =>
      (await listUsers(db.prisma, admin, filters({ q }))).rows.map((r) => r.id);
    expect(await found("ton nu yeng")).toEqual([first]);
    expect(await found("xuyen")).toEqual([]);
  });

  it("reads a page in the same number of statements with 10 users or 60 more", async () => {
    const counted = countingClient(db);
    try {
      const small = await statementsOf(counted, () => listUsers(counted.prisma, admin, filters()));
      for (let i = 0; i < 60; i += 1) await staffUser("Nhiều Người");
      const large = await statementsOf(counted, () => listUsers(counted.prisma, admin, filters()));
      expect(large.result.total).toBeGreaterThan(small.result.total + 59);
      expect(large.result.rows).toHaveLength(50);
      expect(large.queries).toBe(small.queries);
      expect(large.queries).toBeLessThanOrEqual(5);
    } finally {
      await counted.prisma.$disconnect();
    }
  });
});
