import { percentForStatus } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingClient } from "@/server/query-count";
import { loadDashboard } from "./data";

let db: TestDatabase;
let planId: string;
let counting: ReturnType<typeof countingClient>;
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await createTestPostgres("pt_dashboard");
  ({ planId } = await setupDatabase(db, { demo: true }));
  counting = countingClient(db);
});

afterAll(async () => {
  await counting?.prisma.$disconnect();
  await db?.destroy();
});

async function statementsOf(period?: string, filter: { organizationId?: string; sectionId?: string } = {}) {
  const before = counting.statements();
  const view = await loadDashboard(counting.prisma, { planId, period, now, ...filter });
  return { view, statements: counting.statements() - before };
}

/** The mean percent of the plan's tasks in a period, computed the slow, obvious way from every update. */
async function naivePercent(prisma: PrismaClient, periodId: string): Promise<number | null> {
  const tasks = await prisma.task.findMany({
    where: { planId },
    select: { id: true, leadOrganizationId: true },
  });
  const updates = await prisma.progressUpdate.findMany({
    where: { periodId, subjectKey: "task" },
    select: { taskId: true, organizationId: true, status: true, percent: true, periodId: true },
  });
  const subs = await prisma.agencySubmission.findMany({
    where: { periodId },
    select: { organizationId: true, state: true },
  });
  const visible = new Set(
    subs.filter((s) => s.state === "SUBMITTED" || s.state === "ACCEPTED").map((s) => s.organizationId),
  );
  let sum = 0;
  let any = false;
  for (const task of tasks) {
    const mine = updates.filter(
      (u) =>
        u.taskId === task.id &&
        visible.has(u.organizationId) &&
        (!task.leadOrganizationId || u.organizationId === task.leadOrganizationId),
    );
    const percents = mine
      .map((u) => percentForStatus(u.status, u.percent))
      .filter((p): p is number => p !== null);
    if (mine.length) any = true;
    if (percents.length) sum += percents.reduce((a, b) => a + b, 0) / percents.length;
  }
  return any ? sum / tasks.length : null;
}

describe("loadDashboard on the demo plan", () => {
  it("shows 2021-2026 with 2026 open, every task counted once per year", async () => {
    const { view } = await statementsOf();
    if (!view) throw new Error("plan not found");
    expect(view.periods.map((p) => [p.key, p.name])).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026].map((y) => [String(y), `Năm ${y}`]),
    );
    expect(view.period?.year).toBe(2026);
    const tasks = await db.prisma.task.count({ where: { planId } });
    expect(view.headline.total).toBe(tasks);
    for (const year of view.trend) {
      expect(Object.values(year.byCategory).reduce((a, b) => a + b, 0)).toBe(tasks);
    }
    expect(view.bySection.reduce((a, s) => a + s.total, 0)).toBe(tasks);
    expect(view.openPeriod?.expected).toBeGreaterThan(0);
    expect(view.openPeriod?.submitted).toBeLessThanOrEqual(view.openPeriod?.expected ?? 0);
    expect(view.openPeriod?.daysToReportDue).toBe(7); // 28/11 -> 05/12
  });

  it("agrees with a naive computation from every update, period by period", async () => {
    const { view } = await statementsOf();
    for (const point of view?.trend ?? []) {
      const naive = await naivePercent(db.prisma, point.periodId);
      if (naive === null) expect(point.percent).toBeNull();
      else expect(point.percent).toBeCloseTo(naive, 6);
    }
  });

  it("never counts a draft: an agency's unsubmitted update moves nothing", async () => {
    const open = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, state: "OPEN" } });
    const draft = await db.prisma.agencySubmission.findFirst({
      where: { periodId: open.id, state: { in: ["DRAFT", "RETURNED"] } },
      select: { organizationId: true },
    });
    if (!draft) return;
    const before = (await statementsOf("2026")).view?.headline;
    await db.prisma.progressUpdate.updateMany({
      where: { periodId: open.id, organizationId: draft.organizationId, subjectKey: "task" },
      data: { status: "COMPLETED", percent: 100, completedOn: new Date("2026-10-01T00:00:00Z") },
    });
    expect((await statementsOf("2026")).view?.headline).toEqual(before);
  });

  it("filters the lists by lead agency and section", async () => {
    const full = (await statementsOf("2026")).view;
    const some = full?.overdue[0] ?? full?.blocked[0];
    const agency = full?.filters.agencies[0];
    if (!full || !agency) throw new Error("no agencies");
    const filtered = (await statementsOf("2026", { organizationId: agency.id })).view;
    for (const row of filtered?.issues.rows ?? []) expect(row.organizationId).toBe(agency.id);
    expect(filtered?.filters.organizationId).toBe(agency.id);
    const section = full.filters.sections[0];
    const bySection = (await statementsOf("2026", { sectionId: section?.id })).view;
    for (const row of bySection?.overdue ?? []) expect(row.sectionCode).toBe(section?.code);
    expect(some === undefined || full.overdue.length + full.blocked.length > 0).toBe(true);
  });
});

describe("the number of SQL statements", () => {
  it("stays the same when the data grows tenfold", async () => {
    const small = await statementsOf("2026");
    const smallPast = await statementsOf("2023");
    // Grow: 400 more tasks led by one agency, each with a submitted update in every period.
    const section = await db.prisma.section.findFirstOrThrow({ where: { planId }, select: { id: true } });
    const lead = await db.prisma.organization.findUniqueOrThrow({
      where: { code: "STNMT" },
      select: { id: true },
    });
    const author = await db.prisma.user.findFirstOrThrow({ select: { id: true } });
    await db.prisma.$executeRaw`
      INSERT INTO "Task" ("id", "planId", "sectionId", "code", "content", "order", "leadOrganizationId", "kind",
        "timeTexts", "dueDate", "searchKey", "updatedAt")
      SELECT 'bulk-' || g, ${planId}, ${section.id}, 'Z.' || g, 'Nhiệm vụ thử ' || g, 10000 + g, ${lead.id},
        'ONE_OFF', '{}', DATE '2026-06-30', 'nhiem vu thu', now()
      FROM generate_series(1, 400) g`;
    await db.prisma.$executeRaw`
      INSERT INTO "ProgressUpdate" ("id", "periodId", "taskId", "organizationId", "status", "percent",
        "difficulties", "authorId", "updatedById", "updatedAt")
      SELECT 'bulk-' || t."id" || '-' || p."year", p."id", t."id", ${lead.id}, 'IN_PROGRESS', 50,
        'Thiếu kinh phí', ${author.id}, ${author.id}, now()
      FROM "Task" t CROSS JOIN "ReportingPeriod" p
      WHERE t."id" LIKE 'bulk-%' AND p."planId" = ${planId}`;
    const large = await statementsOf("2026");
    const largePast = await statementsOf("2023");
    const tasks = await db.prisma.task.count({ where: { planId } });
    expect(large.view?.headline.total).toBe(tasks);
    expect(large.view?.headline.total).toBeGreaterThan((small.view?.headline.total ?? 0) * 10);
    expect(small.statements).toBeLessThanOrEqual(12);
    expect(large.statements).toBe(small.statements);
    expect(largePast.statements).toBe(smallPast.statements);
    console.info(
      `loadDashboard SQL statements: ${small.statements} (${small.view?.headline.total} tasks), ${large.statements} (${tasks} tasks)`,
    );
  });
});
