/**
 * A task a re-import retired keeps its history but is no longer part of the plan: nobody is asked to
 * report on it, and lists that offer work or search the plan leave it out.
 */
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { loadScheduleFacts } from "@plan-tracker/jobs/reminders/load";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencyTasks } from "@/features/home/data";
import { loadMyTasks } from "@/features/my-tasks/data";
import { searchPlans } from "@/features/search/data";
import { expectedTasksOf } from "@/features/submissions/load-agency-report";
import { closeAppClient } from "@/testing/integration";

let db: TestDatabase;
let stnmtId: string;
let planId: string;
let periodId: string;
const RETIRED = "II.1.a";

beforeAll(async () => {
  db = await createTestPostgres("pt_retired");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  stnmtId = (await db.prisma.organization.findUniqueOrThrow({ where: { code: "STNMT" } })).id;
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { symbol: "182/KH-UBND" } });
  planId = plan.id;
  periodId = (
    await db.prisma.reportingPeriod.findFirstOrThrow({
      where: { planId, state: "OPEN" },
      orderBy: { year: "desc" },
    })
  ).id;
  await db.prisma.task.update({
    where: { planId_code: { planId, code: RETIRED } },
    data: { retiredAt: new Date() },
  });
});
afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("a retired task", () => {
  it("is not in the agency's task list, its home page or the tasks its report expects", async () => {
    const mine = await loadMyTasks(db.prisma, stnmtId);
    const rows = mine.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.code)).not.toContain(RETIRED);
    const home = await agencyTasks(stnmtId, planId);
    expect(home.tasks.length).toBeGreaterThan(0);
    expect(home.tasks.map((t) => t.code)).not.toContain(RETIRED);
    const period = await db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const organization = await db.prisma.organization.findUniqueOrThrow({ where: { id: stnmtId } });
    const expected = await expectedTasksOf(db.prisma, period, organization);
    expect(expected.map((t) => t.code)).not.toContain(RETIRED);
  });

  it("is not found by search, nor its action items", async () => {
    const task = await db.prisma.task.findUniqueOrThrow({
      where: { planId_code: { planId, code: RETIRED } },
      select: { id: true, heading: true, content: true },
    });
    const found = await searchPlans(task.content.split(/\s+/).slice(0, 4).join(" "));
    expect(found.tasks.map((t) => t.id)).not.toContain(task.id);
    expect(found.actionItems.every((i) => i.task.id !== task.id)).toBe(true);
  });

  it("is not a task the reminders count: with every task retired, only agencies already reporting remain", async () => {
    const agenciesOf = async () =>
      ((await loadScheduleFacts(db.prisma)).periods.find((p) => p.id === periodId)?.agencies ?? [])
        .map((a) => a.id)
        .sort();
    const reporting = (await db.prisma.agencySubmission.findMany({ where: { periodId } }))
      .map((s) => s.organizationId)
      .sort();
    const before = await agenciesOf();
    expect(before.length).toBeGreaterThan(reporting.length);
    await db.prisma.task.updateMany({ where: { planId }, data: { retiredAt: new Date() } });
    expect(await agenciesOf()).toEqual(reporting);
  });
});
