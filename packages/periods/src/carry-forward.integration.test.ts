/** A new period starts from each agency's last accepted answers, on a real PostgreSQL database. */

import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { seedOrganizations } from "@plan-tracker/prisma/seed-organizations";
import { seedPlan } from "@plan-tracker/prisma/seed-plan";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPeriod } from "./open-period";

let db: TestDatabase;
let planId: string;
const now = new Date("2026-12-07T03:00:00Z");
const system = { system: "test" };

beforeAll(async () => {
  db = await createTestPostgres("pt_period_carry");
  planId = await seedPlan(db.prisma, plan182, await seedOrganizations(db.prisma, organizations));
  await db.prisma.plan.update({ where: { id: planId }, data: { reportingCycles: ["MONTHLY"] } });
});
afterAll(async () => {
  await db?.destroy();
});

const month = (index: number, year = 2026) => {
  const m = String(index).padStart(2, "0");
  return {
    planId,
    year,
    cycle: "MONTHLY" as const,
    index,
    cutoffDate: `${year}-${m}-14`,
    agencyDeadline: `${year}-${m}-17`,
    reportDueDate: `${year}-${m}-20`,
  };
};

describe("carrying answers into a new period", () => {
  it("copies each agency's last accepted answer, marked, and nothing else", async () => {
    const tasks = await db.prisma.task.findMany({
      where: { planId, leadOrganizationId: { not: null } },
      select: { id: true, leadOrganizationId: true },
      orderBy: { order: "asc" },
      take: 2,
    });
    const [t1, t2] = tasks;
    if (!t1?.leadOrganizationId || !t2?.leadOrganizationId) throw new Error("plan 182 has led tasks");
    const [accepted, submitted] = await db.prisma.organization.findMany({
      where: { code: { in: ["STNMT", "SKHDT"] } },
      orderBy: { code: "desc" },
      select: { id: true },
    });
    if (!accepted || !submitted) throw new Error("organizations seeded");
    const user = await db.prisma.user.create({
      data: { email: "cv@stnmt.gov.vn", name: "Chuyên viên", searchKey: "chuyen vien" },
    });
    const indicator = await db.prisma.indicator.create({
      data: { taskId: t1.id, name: "Số cơ sở", unit: "cơ sở", order: 1 },
    });

    const october = await openPeriod(db.prisma, system, month(10), { now });
    expect(october.carriedForward).toBe(0);
    const answer = (organizationId: string, taskId: string, status: "IN_PROGRESS" | "DONE_THIS_YEAR") =>
      db.prisma.progressUpdate.create({
        data: {
          periodId: october.id,
          taskId,
          organizationId,
          status,
          percent: status === "IN_PROGRESS" ? 40 : 100,
          results: `Kết quả tháng 10 của ${organizationId}`,
          difficulties: "Thiếu kinh phí",
          resultScope: "CUMULATIVE",
          authorId: user.id,
          updatedById: user.id,
          indicatorValues: { create: { indicatorId: indicator.id, value: 12 } },
          citedDocuments: { create: { order: 0, symbol: "123/STNMT-MT" } },
        },
      });
    const a1 = await answer(accepted.id, t1.id, "IN_PROGRESS");
    const a2 = await answer(accepted.id, t2.id, "DONE_THIS_YEAR");
    await answer(submitted.id, t1.id, "IN_PROGRESS");
    await db.prisma.agencySubmission.createMany({
      data: [
        { periodId: october.id, organizationId: accepted.id, state: "ACCEPTED" },
        { periodId: october.id, organizationId: submitted.id, state: "SUBMITTED" },
      ],
    });
    await db.prisma.reportingPeriod.update({ where: { id: october.id }, data: { state: "COMPILING" } });

    const november = await openPeriod(db.prisma, system, month(11), { now });
    expect(november.carriedForward).toBe(2);
    const carried = await db.prisma.progressUpdate.findMany({
      where: { periodId: november.id },
      orderBy: { results: "asc" },
      include: { indicatorValues: true, citedDocuments: true },
    });
    // Only the accepted agency's answers; the one still under review stays with its period.
    expect(carried.map((u) => [u.organizationId, u.taskId, u.carriedFromId]).sort()).toEqual(
      [
        [accepted.id, t1.id, a1.id],
        [accepted.id, t2.id, a2.id],
      ].sort(),
    );
    const c1 = carried.find((u) => u.taskId === t1.id);
    expect(c1).toMatchObject({
      status: "IN_PROGRESS",
      percent: 40,
      results: a1.results,
      difficulties: "Thiếu kinh phí",
      resultScope: "CUMULATIVE",
      version: 1,
      indicatorValues: [],
      citedDocuments: [],
    });
    // Still the same year: done this year stays done.
    expect(carried.find((u) => u.taskId === t2.id)?.status).toBe("DONE_THIS_YEAR");
    const audit = await db.prisma.auditEvent.findFirst({ where: { entityId: november.id } });
    expect(audit?.after).toMatchObject({ carriedForward: 2 });

    // Into January: from the last accepted answers (October's: November's were never accepted), and
    // "done this year" is the new year's duty not yet done.
    await db.prisma.reportingPeriod.update({ where: { id: november.id }, data: { state: "COMPILING" } });
    const january = await openPeriod(db.prisma, system, month(1, 2027), { now });
    const jan = await db.prisma.progressUpdate.findMany({ where: { periodId: january.id } });
    expect(jan.map((u) => u.carriedFromId).sort()).toEqual([a1.id, a2.id].sort());
    expect(jan.find((u) => u.taskId === t2.id)).toMatchObject({ status: "IN_PROGRESS", percent: null });
  });
});
