import { verifyPassword } from "@plan-tracker/db/password";
import { createTestEmbedded, createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { DEMO_PASSWORD, demoAccounts } from "@plan-tracker/prisma/demo-accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "./setup";

/** Everything the seed wrote, in a stable shape: running setup twice must give exactly this again. */
async function snapshot(db: TestDatabase) {
  const prisma = db.prisma;
  const [orgs, plans, sections, tasks, coordinators, generic, items, basis, users, memberships] =
    await Promise.all([
      prisma.organization.findMany({
        orderBy: { code: "asc" },
        select: { code: true, name: true, parent: { select: { code: true } } },
      }),
      prisma.plan.findMany({
        select: { symbol: true, title: true, focalOrganization: { select: { code: true } } },
      }),
      prisma.section.findMany({
        orderBy: { code: "asc" },
        select: { code: true, heading: true, body: true, parent: { select: { code: true } } },
      }),
      prisma.task.findMany({
        orderBy: { order: "asc" },
        select: {
          code: true,
          content: true,
          leadOrganization: { select: { code: true } },
          leadImplied: true,
          kind: true,
          section: { select: { code: true } },
        },
      }),
      prisma.taskCoordinator.count(),
      prisma.taskGenericCoordinator.count(),
      prisma.actionItem.findMany({
        orderBy: [{ taskId: "asc" }, { order: "asc" }],
        select: { code: true, content: true },
      }),
      prisma.planBasisDocument.count(),
      prisma.user.count(),
      prisma.membership.count(),
    ]);
  return { orgs, plans, sections, tasks, coordinators, generic, items, basis, users, memberships };
}

describe.each([
  ["PostgreSQL", createTestPostgres],
  ["embedded PGlite", createTestEmbedded],
] as const)("pnpm db:setup on %s", (_name, create) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await create();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("seeds plan 182/KH-UBND completely, and a second run changes nothing", async () => {
    await setupDatabase(db, { demo: false });
    const first = await snapshot(db);
    await setupDatabase(db, { demo: false });
    expect(await snapshot(db)).toEqual(first);

    expect(first.plans).toEqual([
      { symbol: "182/KH-UBND", title: plan182.title, focalOrganization: { code: "STNMT" } },
    ]);
    expect(first.orgs).toHaveLength(organizations.length);
    expect(first.tasks.map((t) => t.code)).toEqual(plan182.tasks.map((t) => t.code));
    expect(first.tasks.map((t) => t.code)).toEqual(expect.arrayContaining(["II.3", "II.4.đ", "III.4"]));
    for (const task of plan182.tasks) {
      const row = first.tasks.find((t) => t.code === task.code);
      expect(row?.content).toBe(task.content);
      expect(row?.leadOrganization?.code ?? null).toBe(task.leadCode);
      expect(row?.leadImplied).toBe(task.leadImplied);
    }
    expect(first.items).toHaveLength(plan182.tasks.reduce((n, t) => n + t.actionItems.length, 0));
    expect(first.coordinators).toBe(plan182.tasks.reduce((n, t) => n + new Set(t.coordinatorCodes).size, 0));
    expect(first.basis).toBe(plan182.basisDocuments.length);
    expect(first.sections.map((s) => s.code).sort()).toEqual(plan182.sections.map((s) => s.code).sort());
  });

  it("creates no account with a known password without --demo", async () => {
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("adds the demo accounts for every role with --demo, idempotently", async () => {
    await setupDatabase(db, { demo: true });
    await setupDatabase(db, { demo: true });
    const users = await db.prisma.user.findMany({
      select: {
        email: true,
        passwordHash: true,
        memberships: { select: { role: true, organization: { select: { code: true } } } },
      },
    });
    expect(users).toHaveLength(demoAccounts.length);
    expect(new Set(users.flatMap((u) => u.memberships.map((m) => m.role)))).toEqual(
      new Set(["ADMIN", "LEADER", "COMPILER", "APPROVER", "STAFF", "VIEWER"]),
    );
    for (const account of demoAccounts) {
      const user = users.find((u) => u.email === account.email);
      expect(user?.memberships).toEqual([
        { role: account.role, organization: { code: account.organizationCode } },
      ]);
    }
    const compiler = users.find((u) => u.email === "tonghop@kiengiang.example");
    expect(await verifyPassword(compiler?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("adds the demo's other plans through the importer, each with its 2026 period open and draft progress, once", async () => {
    const plans = await db.prisma.plan.findMany({
      orderBy: { issuedOn: "asc" },
      select: {
        symbol: true,
        reportDueDay: true,
        focalOrganization: { select: { code: true } },
        _count: { select: { tasks: true } },
        periods: {
          select: { year: true, state: true, reportDueDate: true, _count: { select: { updates: true } } },
        },
      },
    });
    expect(plans.map((p) => [p.symbol, p.focalOrganization.code, p.reportDueDay])).toEqual([
      ["182/KH-UBND", "STNMT", 5],
      ["68/KH-UBND", "SKHDT", 15],
      ["104/KH-UBND", "SNNPTNT", 20],
    ]);
    for (const plan of plans.slice(1)) {
      expect(plan._count.tasks).toBeGreaterThanOrEqual(5);
      expect(plan.periods).toHaveLength(1);
      expect(plan.periods[0]).toMatchObject({ year: 2026, state: "OPEN" });
      expect(plan.periods[0]?._count.updates).toBeGreaterThan(0);
    }
    const texts = await db.prisma.progressUpdate.findMany({
      where: { period: { plan: { symbol: { in: ["68/KH-UBND", "104/KH-UBND"] } } } },
      select: { results: true, status: true },
    });
    expect(texts.every((u) => u.results.startsWith("[Dữ liệu minh họa]") && u.status === "IN_PROGRESS")).toBe(
      true,
    );
    expect(await db.prisma.auditEvent.count({ where: { action: "plan.import" } })).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { action: "period.open" } })).toBe(2);
  });
});
