import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "../../../../../prisma/seed/setup";
import { loadPublicPlan } from "./data";

let db: TestDatabase;
let planId: string;
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await createTestPostgres("pt_public");
  ({ planId } = await setupDatabase(db, { demo: true }));
});

afterAll(async () => {
  await db?.destroy();
});

describe("the public page's data", () => {
  it("is nothing for a plan that is not public", async () => {
    expect(await loadPublicPlan(db.prisma, planId, now)).toBeNull();
    expect(await loadPublicPlan(db.prisma, "no-such-plan", now)).toBeNull();
  });

  it("shows every task once with a cell per year, and no text of any update", async () => {
    await db.prisma.plan.update({ where: { id: planId }, data: { isPublic: true } });
    const view = await loadPublicPlan(db.prisma, planId, now);
    if (!view) throw new Error("public plan not shown");
    expect(view.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const tasks = view.groups.flatMap((g) => g.tasks);
    expect(tasks.length).toBe(await db.prisma.task.count({ where: { planId } }));
    for (const task of tasks) expect(task.years.length).toBe(6);
    const json = JSON.stringify(view);
    const update = await db.prisma.progressUpdate.findFirstOrThrow({ where: { results: { not: "" } } });
    expect(json).not.toContain(update.results.slice(0, 40));
    expect(json).not.toContain("[Dữ liệu minh họa]");
  });

  it("counts only accepted reports: a submitted, not yet accepted one changes nothing", async () => {
    const open = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, state: "OPEN" } });
    const submitted = await db.prisma.agencySubmission.findFirst({
      where: { periodId: open.id, state: "SUBMITTED" },
      select: { organizationId: true },
    });
    if (!submitted) throw new Error("the demo has a submitted, unaccepted report in 2026");
    const before = await loadPublicPlan(db.prisma, planId, now);
    await db.prisma.progressUpdate.updateMany({
      where: { periodId: open.id, organizationId: submitted.organizationId },
      data: { status: "COMPLETED", percent: 100, completedOn: new Date("2026-10-01T00:00:00Z") },
    });
    expect(await loadPublicPlan(db.prisma, planId, now)).toEqual(before);
  });
});
