import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingClient } from "@/server/query-count";
import { loadDashboard } from "./data";
import { loadPortfolio, type PortfolioInput } from "./portfolio";

let db: TestDatabase;
let planId: string;
let counting: ReturnType<typeof countingClient>;
// After the demo plan's agencies' deadline (25/11/2026), before its report due date (05/12/2026).
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await createTestPostgres("pt_portfolio");
  ({ planId } = await setupDatabase(db, { demo: true }));
  counting = countingClient(db);
});

afterAll(async () => {
  await counting?.prisma.$disconnect();
  await db?.destroy();
});

async function statementsOf(input: Partial<PortfolioInput> = {}) {
  const before = counting.statements();
  const view = await loadPortfolio(counting.prisma, { now, ...input });
  return { view, statements: counting.statements() - before };
}

/** Adds `count` plans like the demo one: six periods (the last open), 30 tasks each with updates. */
async function growPlans(count: number, tag: string) {
  const demo = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
  const lead = await db.prisma.organization.findUniqueOrThrow({
    where: { code: "STNMT" },
    select: { id: true },
  });
  const other = await db.prisma.organization.findUniqueOrThrow({
    where: { code: "SKHDT" },
    select: { id: true },
  });
  const author = await db.prisma.user.findFirstOrThrow({ select: { id: true } });
  for (let i = 0; i < count; i += 1) {
    const plan = await db.prisma.plan.create({
      data: {
        number: `${900 + i}`,
        symbol: `${900 + i}/KH-${tag}`,
        issuedOn: demo.issuedOn,
        place: demo.place,
        issuerId: demo.issuerId,
        signerName: demo.signerName,
        signerTitle: demo.signerTitle,
        title: `Kế hoạch thử ${tag} ${i}`,
        recipients: [],
        focalOrganizationId: i % 2 ? other.id : lead.id,
        validFromYear: 2021,
        validToYear: 2026,
        reportDueDay: 5,
        reportDueMonth: 12,
        searchKey: "ke hoach thu",
        sections: {
          create: { code: "I", number: "I", heading: "Nhiệm vụ", order: 1, depth: 0, searchKey: "nhiem vu" },
        },
      },
      select: { id: true, sections: { select: { id: true } } },
    });
    const section = plan.sections[0]?.id ?? "";
    await db.prisma.$executeRaw`
      INSERT INTO "ReportingPeriod" ("id", "planId", "year", "cutoffDate", "agencyDeadline", "reportDueDate",
        "state", "updatedAt")
      SELECT ${plan.id} || '-' || y, ${plan.id}, y, make_date(y, 11, 15), make_date(y, 11, 25), make_date(y, 12, 5),
        (CASE WHEN y = 2026 THEN 'OPEN' ELSE 'CLOSED' END)::"PeriodState", now()
      FROM generate_series(2021, 2026) y`;
    await db.prisma.$executeRaw`
      INSERT INTO "Task" ("id", "planId", "sectionId", "code", "content", "order", "leadOrganizationId", "kind",
        "timeTexts", "dueDate", "searchKey", "updatedAt")
      SELECT ${plan.id} || '-t' || g, ${plan.id}, ${section}, 'I.' || g, 'Nhiệm vụ thử ' || g, g,
        CASE WHEN g % 3 = 0 THEN ${other.id} ELSE ${lead.id} END, 'ONE_OFF', '{}', DATE '2026-06-30',
        'nhiem vu thu', now()
      FROM generate_series(1, 30) g`;
    await db.prisma.$executeRaw`
      INSERT INTO "AgencySubmission" ("id", "periodId", "organizationId", "state", "updatedAt")
      SELECT p."id" || '-s', p."id", ${lead.id}, 'SUBMITTED', now()
      FROM "ReportingPeriod" p WHERE p."planId" = ${plan.id}`;
    await db.prisma.$executeRaw`
      INSERT INTO "ProgressUpdate" ("id", "periodId", "taskId", "organizationId", "status", "percent",
        "authorId", "updatedById", "updatedAt")
      SELECT t."id" || '-' || p."year", p."id", t."id", ${lead.id}, 'IN_PROGRESS', 40, ${author.id}, ${author.id}, now()
      FROM "Task" t CROSS JOIN "ReportingPeriod" p
      WHERE t."planId" = ${plan.id} AND p."planId" = ${plan.id} AND t."leadOrganizationId" = ${lead.id}`;
    if (i % 3 === 0)
      await db.prisma.consolidatedReport.create({ data: { periodId: `${plan.id}-2026`, state: "FINAL" } });
  }
}

describe("loadPortfolio", () => {
  it("shows the demo plan with the single-plan dashboard's figures", async () => {
    const { view } = await statementsOf();
    const dashboard = await loadDashboard(db.prisma, { planId, now });
    const row = view.plans.find((p) => p.id === planId);
    if (!row || !dashboard?.openPeriod) throw new Error("demo plan or its open period missing");
    expect(row.period).toBe("Năm 2026");
    expect(row.open).toBe(true);
    expect(row.percent).toBe(dashboard.headline.percent);
    expect(row.overdue).toBe(dashboard.headline.byCategory.OVERDUE);
    expect(row.tasks).toBe(dashboard.headline.total);
    expect(row.expectedAgencies).toBe(dashboard.openPeriod.expected);
    const pastDeadline = now > dashboard.openPeriod.agencyDeadline;
    expect(row.lateAgencies).toBe(
      pastDeadline ? dashboard.openPeriod.expected - dashboard.openPeriod.submitted : 0,
    );
    expect(row.nextDue).toEqual(
      pastDeadline ? dashboard.openPeriod.reportDueDate : dashboard.openPeriod.agencyDeadline,
    );
    // Before the agencies' deadline nobody is late.
    const early = await loadPortfolio(db.prisma, { now: new Date("2026-10-01T03:00:00Z") });
    expect(early.plans.find((p) => p.id === planId)?.lateAgencies).toBe(0);
    // The scorecard adds up to the plans' figures.
    const sum = (f: (a: (typeof view.agencies)[number]) => number) =>
      view.agencies.reduce((n, a) => n + f(a), 0);
    expect(sum((a) => a.lateReports)).toBe(view.plans.reduce((n, p) => n + p.lateAgencies, 0));
    expect(sum((a) => a.overdueTasks)).toBeLessThanOrEqual(view.plans.reduce((n, p) => n + p.overdue, 0));
  });

  it("sorts each table by each column, server-side, ACTIVE plans first", async () => {
    await growPlans(3, "SORT");
    await db.prisma.plan.update({
      where: {
        symbol_issuedOn: {
          symbol: "901/KH-SORT",
          issuedOn: (await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } })).issuedOn,
        },
      },
      data: { status: "EXPIRED" },
    });
    const byPlanDesc = (await statementsOf({ sort: "plan", dir: "desc" })).view.plans;
    expect(byPlanDesc.at(-1)?.symbol).toBe("901/KH-SORT");
    const active = byPlanDesc.filter((p) => p.status === "ACTIVE").map((p) => p.symbol);
    expect(active).toEqual([...active].sort((a, b) => b.localeCompare(a, "vi")));
    const byPercent = (await statementsOf({ sort: "percent", dir: "desc" })).view.plans.filter(
      (p) => p.status === "ACTIVE",
    );
    const percents = byPercent.map((p) => p.percent ?? -1);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    const byReport = (await statementsOf({ sort: "report", dir: "desc" })).view.plans;
    expect(byReport[0]?.reportState).toBe("FINAL");
    const completed = (await statementsOf({ status: "EXPIRED" })).view.plans;
    expect(completed.map((p) => p.symbol)).toEqual(["901/KH-SORT"]);
    const agencies = (await statementsOf({ agencySort: "overdue", agencyDir: "desc" })).view.agencies;
    const overdue = agencies.map((a) => a.overdueTasks);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    const byName = (await statementsOf({ agencySort: "agency", agencyDir: "asc" })).view.agencies.map(
      (a) => a.name,
    );
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "vi")));
  });
});

describe("the number of SQL statements", () => {
  it("stays the same when plans, periods, tasks and updates are added", async () => {
    const small = await statementsOf();
    const smallSorted = await statementsOf({ sort: "due", dir: "desc", agencySort: "plans" });
    await growPlans(12, "GROW");
    const large = await statementsOf();
    const largeSorted = await statementsOf({ sort: "due", dir: "desc", agencySort: "plans" });
    expect(large.view.plans.length).toBeGreaterThanOrEqual(small.view.plans.length + 12);
    expect(small.statements).toBeLessThanOrEqual(12);
    expect(large.statements).toBe(small.statements);
    expect(largeSorted.statements).toBe(smallSorted.statements);
    const grown = large.view.plans.find((p) => p.symbol === "900/KH-GROW");
    // 20 of 30 tasks led by the reporting agency at 40 %, 10 unreported (0 %): 26.67 %, all overdue.
    expect(grown?.percent).toBeCloseTo((20 * 40) / 30, 6);
    expect(grown?.overdue).toBe(30);
    expect(grown?.lateAgencies).toBe(1); // SKHDT leads tasks and sent nothing
    console.info(
      `loadPortfolio SQL statements: ${small.statements} (${small.view.plans.length} plans), ${large.statements} (${large.view.plans.length} plans)`,
    );
  });
});
