import { AppError, toAppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fromAppError } from "@/server/action-errors";
import { actorFor, closeAppClient } from "@/testing/integration";
import { loadPublicPlan } from "./data";
import { setPlanPublic } from "./set-plan-public";

let db: TestDatabase;
let planId: string;
const now = new Date("2026-11-28T03:00:00Z");

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  db = await createTestPostgres("pt_public");
  ({ planId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("publishing a plan", () => {
  it("an unknown plan is NOT_FOUND, answered as such without an error log; nothing is written", async () => {
    const admin = await actorFor(db.prisma, "admin@kiengiang.example");
    const audits = await db.prisma.auditEvent.count({ where: { action: "plan.publish" } });
    const error = await caught(setPlanPublic(db.prisma, admin, { planId: `${planId}x`, isPublic: true }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(fromAppError(toAppError(error), [], [])).toEqual({ status: "error", error: "NOT_FOUND" });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    expect(await db.prisma.auditEvent.count({ where: { action: "plan.publish" } })).toBe(audits);
  });

  it("is the administrator's only, and audited", async () => {
    const compiler = await actorFor(db.prisma, "tonghop@kiengiang.example");
    const refused = await caught(setPlanPublic(db.prisma, compiler, { planId, isPublic: true }));
    expect((refused as AppError).code).toBe("FORBIDDEN");
    const admin = await actorFor(db.prisma, "admin@kiengiang.example");
    await setPlanPublic(db.prisma, admin, { planId, isPublic: true }, { ip: "198.51.100.4" });
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } })).isPublic).toBe(true);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "plan.publish", entityId: planId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: admin.userId, ip: "198.51.100.4", after: { isPublic: true } });
    await setPlanPublic(db.prisma, admin, { planId, isPublic: false });
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } })).isPublic).toBe(false);
  });
});

describe("the public page's data", () => {
  it("is nothing for a plan that is not public", async () => {
    expect(await loadPublicPlan(db.prisma, planId, now)).toBeNull();
    expect(await loadPublicPlan(db.prisma, "no-such-plan", now)).toBeNull();
  });

  it("shows every task once with a cell per period, and no text of any update", async () => {
    await db.prisma.plan.update({ where: { id: planId }, data: { isPublic: true } });
    const view = await loadPublicPlan(db.prisma, planId, now);
    if (!view) throw new Error("public plan not shown");
    expect(view.periods.map((p) => p.name)).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026].map((y) => `Năm ${y}`),
    );
    const tasks = view.groups.flatMap((g) => g.tasks);
    expect(tasks.length).toBe(await db.prisma.task.count({ where: { planId } }));
    for (const task of tasks) expect(task.periods.length).toBe(6);
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
