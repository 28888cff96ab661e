/**
 * "Many plans at once": "Việc của tôi", the agency home (same loader), the task page's "Cập nhật" and
 * GET /api/v1/me/tasks list an agency's tasks in every ACTIVE plan with an OPEN period, not only the plan
 * with most periods; and they do it in the same number of statements whatever the number of plans.
 */
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMyTasks } from "@/app/api/v1/me/tasks/route";
import { myTaskListResponseSchema } from "@/features/api/my-tasks-schemas";
import { createApiToken } from "@/features/api-tokens/create-api-token";
import { focalPlans } from "@/features/home/focal-plans";
import { countingClient, statementsOf } from "@/server/query-count";
import { actorFor, closeAppClient } from "@/testing/integration";
import { loadMyTasks } from "./data";
import { taskUpdateLinks } from "./task-update-links";

let db: TestDatabase;
let counting: ReturnType<typeof countingClient>;
/** loadMyTasks' statements with four open plans added to the demo's (measured in "loadMyTasks across plans"). */
let fivePlans: number;
let demoPlanId: string;
/** The plans with an open period that `db:setup --demo` creates (182/KH-UBND and others). */
let demoOpenPlanIds: string[];
/** Those of them whose focal agency is Sở KH&ĐT, by symbol. */
let demoFocalSkhdt: string[];
let demoPeriodId: string;
let demoDeadline: Date;
let skhdtId: string;
let stnmtId: string;
let authorId: string;

const STAFF = "chuyenvien.skhdt@kiengiang.example";
const HOST = "theodoi.kiengiang.example";

/**
 * A plan imported next to 182/KH-UBND: `tasks` tasks, every third led by Sở KH&ĐT (the others by Sở TN&MT,
 * with Sở KH&ĐT named as coordinator of every fifth), one period of `year` in `state` with the given agency
 * deadline, and Sở KH&ĐT's update of its first led task.
 */
async function addPlan(
  n: number,
  options: { deadline: string; state?: "OPEN" | "CLOSED"; status?: "ACTIVE" | "DRAFT"; tasks?: number },
) {
  const demo = await db.prisma.plan.findUniqueOrThrow({ where: { id: demoPlanId } });
  const plan = await db.prisma.plan.create({
    data: {
      number: `${700 + n}`,
      symbol: `${700 + n}/KH-UBND`,
      issuedOn: demo.issuedOn,
      place: demo.place,
      issuerId: demo.issuerId,
      signerName: demo.signerName,
      signerTitle: demo.signerTitle,
      title: `Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Kiên Giang giai đoạn 2026 - 2030, số ${n}`,
      recipients: [],
      focalOrganizationId: skhdtId,
      validFromYear: 2026,
      validToYear: 2030,
      status: options.status ?? "ACTIVE",
      reportDueDay: 5,
      reportDueMonth: 12,
      searchKey: "ke hoach chuyen doi so",
    },
    select: { id: true },
  });
  const section = await db.prisma.section.create({
    data: { planId: plan.id, code: "I", number: "I", heading: "Nhiệm vụ", order: 1, depth: 0, searchKey: "" },
    select: { id: true },
  });
  const deadline = new Date(`${options.deadline}T00:00:00Z`);
  const period = await db.prisma.reportingPeriod.create({
    data: {
      planId: plan.id,
      year: 2026,
      cutoffDate: new Date("2026-01-01T00:00:00Z"),
      agencyDeadline: deadline,
      reportDueDate: new Date("2026-12-31T00:00:00Z"),
      state: options.state ?? "OPEN",
    },
    select: { id: true },
  });
  await db.prisma.$executeRaw`
    INSERT INTO "Task" ("id", "planId", "sectionId", "code", "content", "order", "leadOrganizationId", "kind",
      "timeTexts", "searchKey", "updatedAt")
    SELECT ${plan.id} || '-t' || g, ${plan.id}, ${section.id}, 'I.' || g, 'Số hóa hồ sơ thủ tục ' || g, g,
      CASE WHEN g % 3 = 1 THEN ${skhdtId} ELSE ${stnmtId} END, 'ONE_OFF', '{}', 'so hoa ho so thu tuc ma' || g || 'x', now()
    FROM generate_series(1, ${options.tasks ?? 9}::int) g`;
  await db.prisma.$executeRaw`
    INSERT INTO "TaskCoordinator" ("taskId", "organizationId")
    SELECT t."id", ${skhdtId} FROM "Task" t
     WHERE t."planId" = ${plan.id} AND t."leadOrganizationId" = ${stnmtId} AND t."order" % 5 = 0`;
  await db.prisma.progressUpdate.create({
    data: {
      periodId: period.id,
      taskId: `${plan.id}-t1`,
      organizationId: skhdtId,
      status: "IN_PROGRESS",
      percent: 30,
      authorId,
      updatedById: authorId,
    },
  });
  return { planId: plan.id, periodId: period.id, symbol: `${700 + n}/KH-UBND` };
}

beforeAll(async () => {
  db = await createTestPostgres("pt_many_plans");
  ({ planId: demoPlanId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
  counting = countingClient(db);
  const org = (code: string) => db.prisma.organization.findUniqueOrThrow({ where: { code } });
  skhdtId = (await org("SKHDT")).id;
  stnmtId = (await org("STNMT")).id;
  authorId = (await db.prisma.user.findUniqueOrThrow({ where: { email: STAFF } })).id;
  const open = await db.prisma.reportingPeriod.findFirstOrThrow({
    where: { planId: demoPlanId, state: "OPEN" },
  });
  demoPeriodId = open.id;
  demoDeadline = open.agencyDeadline;
  const demoOpen = await db.prisma.reportingPeriod.findMany({
    where: { state: "OPEN", plan: { status: "ACTIVE" } },
    select: { plan: { select: { id: true, symbol: true, focalOrganizationId: true } } },
  });
  demoOpenPlanIds = demoOpen.map((p) => p.plan.id);
  demoFocalSkhdt = demoOpen.filter((p) => p.plan.focalOrganizationId === skhdtId).map((p) => p.plan.symbol);
});

afterAll(async () => {
  await counting?.prisma.$disconnect();
  await closeAppClient();
  await db?.destroy();
});

describe("loadMyTasks across plans", () => {
  let oneplan: number;
  let extra: Awaited<ReturnType<typeof addPlan>>[];

  it("lists the demo's open periods, and counts its statements", async () => {
    const { result, queries } = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId));
    expect(result.plans.map((p) => p.plan.id).sort()).toEqual([...demoOpenPlanIds].sort());
    const demo = result.groups.find((g) => g.plan.id === demoPlanId);
    expect(demo?.period.id).toBe(demoPeriodId);
    expect(demo?.rows.length).toBeGreaterThan(0);
    oneplan = queries;
    expect(queries).toBeLessThanOrEqual(12);
  });

  it("lists every ACTIVE plan with an OPEN period, nearest agency deadline first, in the same statements", async () => {
    const day = (offset: number) =>
      new Date(demoDeadline.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    extra = [
      await addPlan(1, { deadline: day(-20) }),
      await addPlan(2, { deadline: day(15), tasks: 40 }),
      await addPlan(3, { deadline: day(-5) }),
      await addPlan(4, { deadline: day(30), tasks: 25 }),
    ];
    await addPlan(5, { deadline: day(-30), state: "CLOSED" });
    await addPlan(6, { deadline: day(-40), status: "DRAFT" });
    const [first, second, third, fourth] = extra;
    if (!first || !second || !third || !fourth) throw new Error("plans missing");
    await db.prisma.agencySubmission.create({
      data: { periodId: third.periodId, organizationId: skhdtId, state: "SUBMITTED" },
    });

    const { result, queries } = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId));
    expect(queries).toBe(oneplan);
    expect(queries).toBeLessThanOrEqual(12);
    fivePlans = queries;
    // The demo's other plans have deadlines of their own: the order is checked among these five.
    const ours = new Set([first.planId, second.planId, third.planId, fourth.planId, demoPlanId]);
    expect(result.groups.map((g) => g.plan.id).filter((id) => ours.has(id))).toEqual([
      first.planId,
      third.planId,
      demoPlanId,
      second.planId,
      fourth.planId,
    ]);
    expect(result.plans).toHaveLength(demoOpenPlanIds.length + 4);

    const group = result.groups.find((g) => g.plan.id === first.planId);
    if (!group) throw new Error("no group");
    expect(group.plan).toMatchObject({ symbol: first.symbol, number: "701" });
    expect(group.focalOrganization.shortName).toBeTruthy();
    expect(group.period.id).toBe(first.periodId);
    expect(group.submission).toBeNull();
    // I.1, I.4, I.7 led; I.5 coordinated (led by Sở TN&MT, Sở KH&ĐT named).
    expect(group.rows.map((r) => `${r.code} ${r.role} ${r.state}`)).toEqual([
      "I.1 lead DRAFT",
      "I.4 lead NOT_UPDATED",
      "I.5 coordinate NOT_UPDATED",
      "I.7 lead NOT_UPDATED",
    ]);
    expect(group.totals).toEqual({ total: 4, updated: 1 });
    // Each plan+period has its own submission.
    const submitted = result.groups.find((g) => g.plan.id === third.planId);
    expect(submitted?.submission?.state).toBe("SUBMITTED");
    expect(submitted?.rows.find((r) => r.code === "I.1")?.state).toBe("SUBMITTED");
  });

  it("filters by plan, role, state and text, keeping every open plan in the plan picker", async () => {
    const third = extra[2];
    if (!third) throw new Error("plans missing");
    const byPlan = await loadMyTasks(db.prisma, skhdtId, { planId: third.planId });
    expect(byPlan.groups.map((g) => g.plan.id)).toEqual([third.planId]);
    expect(byPlan.plans).toHaveLength(demoOpenPlanIds.length + 4);
    const coordinated = await loadMyTasks(db.prisma, skhdtId, { planId: third.planId, role: "coordinate" });
    expect(coordinated.groups[0]?.rows.map((r) => r.code)).toEqual(["I.5"]);
    const submitted = await loadMyTasks(db.prisma, skhdtId, { state: "SUBMITTED" });
    expect(submitted.groups.flatMap((g) => g.rows.map((r) => r.code))).toEqual(["I.1"]);
    const text = await loadMyTasks(db.prisma, skhdtId, { q: "thủ tục MA4X" });
    const found = text.groups.flatMap((g) => g.rows.map((r) => r.code));
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(["I.4"]));
    const none = await loadMyTasks(db.prisma, skhdtId, { planId: "not-a-plan" });
    expect(none.groups).toEqual([]);
  });
});

describe("the task page's update link", () => {
  it("leads to the open period of the task's own plan, for an agency expected to report", async () => {
    const actor = await actorFor(db.prisma, STAFF);
    const first = await addPlan(7, { deadline: "2026-10-01" });
    const links = await taskUpdateLinks(db.prisma, actor, { id: `${first.planId}-t1`, planId: first.planId });
    expect(links).toEqual([
      expect.objectContaining({
        periodId: first.periodId,
        organizationId: skhdtId,
        role: "lead",
        year: 2026,
      }),
    ]);
    // I.2 is Sở TN&MT's alone: no button for Sở KH&ĐT.
    expect(
      await taskUpdateLinks(db.prisma, actor, { id: `${first.planId}-t2`, planId: first.planId }),
    ).toEqual([]);
    // A plan whose only period is closed: nothing to update.
    const closed = await addPlan(8, { deadline: "2026-10-01", state: "CLOSED" });
    expect(
      await taskUpdateLinks(db.prisma, actor, { id: `${closed.planId}-t1`, planId: closed.planId }),
    ).toEqual([]);
    // Someone of no agency (the viewer) never sees it.
    const viewer = await actorFor(db.prisma, "xem@kiengiang.example");
    expect(
      await taskUpdateLinks(db.prisma, viewer, { id: `${first.planId}-t1`, planId: first.planId }),
    ).toEqual([]);
  });
});

describe("GET /api/v1/me/tasks", () => {
  const request = (token: string, query = "") =>
    new Request(`https://${HOST}/api/v1/me/tasks${query}`, { headers: { authorization: `Bearer ${token}` } });
  const tokenOf = async (email: string) => {
    const actor = await actorFor(db.prisma, email);
    return (await createApiToken(db.prisma, actor, { name: "Kiểm thử", expiresIn: "30" })).token;
  };

  it("answers the agency's tasks in every plan with an open period, as the my-tasks page states them", async () => {
    const response = await getMyTasks(request(await tokenOf(STAFF)));
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    const parsed = myTaskListResponseSchema.parse(body);
    expect(parsed).toEqual(body);
    expect(parsed.organizationCode).toBe("SKHDT");
    const page = await loadMyTasks(db.prisma, skhdtId);
    expect(parsed.data).toEqual(
      page.groups.flatMap((g) =>
        g.rows.map((r) => ({
          planId: g.plan.id,
          planNumber: g.plan.number,
          planSymbol: g.plan.symbol,
          period: { id: g.period.id, year: g.period.year },
          taskId: r.id,
          taskCode: r.code,
          role: r.role === "lead" ? "LEAD" : "COORDINATOR",
          updateState: r.state,
        })),
      ),
    );
    const planIds = new Set(parsed.data.map((t) => t.planId));
    expect(planIds.has(demoPlanId)).toBe(true);
    expect(planIds.size).toBeGreaterThan(1);
    expect(parsed.data.find((t) => t.planNumber === "701" && t.taskCode === "I.1")).toMatchObject({
      role: "LEAD",
      updateState: "DRAFT",
    });
    expect(parsed.data.find((t) => t.planNumber === "701" && t.taskCode === "I.5")).toMatchObject({
      role: "COORDINATOR",
      updateState: "NOT_UPDATED",
    });
  });

  it("refuses a caller of no agency, and another agency's code", async () => {
    expect((await getMyTasks(request(await tokenOf("xem@kiengiang.example")))).status).toBe(403);
    expect((await getMyTasks(request(await tokenOf(STAFF), "?organizationCode=STNMT"))).status).toBe(403);
  });
});

describe("the compiler's home: plans their agency is focal for", () => {
  it("lists the ACTIVE plans with an OPEN period, nearest deadline first, reports received of expected", async () => {
    const { result, queries } = await statementsOf(counting, () => focalPlans(counting.prisma, [skhdtId]));
    expect(queries).toBeLessThanOrEqual(6);
    // Plans 701–704 and 707 (open, active, focal Sở KH&ĐT) and the demo's plans Sở KH&ĐT is focal for;
    // 705 is closed, 706 a draft, 708 closed.
    expect(result.map((r) => r.plan.symbol).sort()).toEqual(
      ["701/KH-UBND", "702/KH-UBND", "703/KH-UBND", "704/KH-UBND", "707/KH-UBND", ...demoFocalSkhdt].sort(),
    );
    const deadlines = result.map((r) => r.period.agencyDeadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    // Led by Sở KH&ĐT and Sở TN&MT: two agencies expected; 703 has Sở KH&ĐT's report.
    for (const row of result.filter((r) => r.plan.symbol.startsWith("70"))) expect(row.expected).toBe(2);
    expect(result.find((r) => r.plan.symbol === "703/KH-UBND")?.received).toBe(1);
    expect(result.find((r) => r.plan.symbol === "701/KH-UBND")?.received).toBe(0);
    // Sở TN&MT is focal for the demo plan only.
    const demo = await focalPlans(db.prisma, [stnmtId]);
    expect(demo.map((r) => r.plan.id)).toEqual([demoPlanId]);
    expect(demo[0]?.expected).toBeGreaterThan(2);
  });
});

describe("the number of SQL statements", () => {
  it("stays the same when open plans, tasks and updates are added (12 more plans of 70–81 tasks)", async () => {
    const filters = { role: "lead", q: "thủ tục" } as const;
    const before = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId));
    const beforeFiltered = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId, filters));
    // Plans 701–704 and 707 are open next to the demo's; 705, 706 and 708 are not shown.
    expect(before.result.plans).toHaveLength(demoOpenPlanIds.length + 5);
    expect(before.queries).toBe(fivePlans);

    for (let n = 10; n < 22; n += 1) await addPlan(n, { deadline: "2026-11-20", tasks: 60 + n });
    const after = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId));
    const afterFiltered = await statementsOf(counting, () => loadMyTasks(counting.prisma, skhdtId, filters));
    expect(after.result.plans).toHaveLength(demoOpenPlanIds.length + 17);
    expect(after.result.groups).toHaveLength(before.result.groups.length + 12);
    expect(after.result.totals.total).toBeGreaterThan(before.result.totals.total + 12 * 30);
    expect(after.queries).toBe(before.queries);
    expect(afterFiltered.queries).toBe(beforeFiltered.queries);
    expect(after.queries).toBeLessThanOrEqual(12);
    console.info(
      `loadMyTasks SQL statements: ${before.queries} (${before.result.groups.length} plans), ${after.queries} (${after.result.groups.length} plans)`,
    );
  });
});
