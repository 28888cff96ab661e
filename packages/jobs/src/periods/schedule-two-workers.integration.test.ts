import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderFixture, type ReminderFixture } from "../testing/fixture";
import { jobsRunProcess } from "../testing/jobs-run";

let db: TestDatabase;
let fixture: ReminderFixture;

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_periods");
  fixture = await createReminderFixture(db.prisma);
  // Plan 182 of the fixture, made to report every month as well as every year; its year 2026 is open.
  await db.prisma.plan.update({
    where: { id: fixture.planId },
    data: { reportingCycles: ["MONTHLY", "ANNUAL"], reportDueDay: 20, reportDueMonth: 12 },
  });
});
afterAll(async () => {
  await db?.destroy();
});

interface RunLine {
  opened: string[];
  blocked: string[];
  notifications: number;
}

/** One worker process running the period schedule at a moved clock: `pnpm jobs:run --only periods`. */
async function workerProcess(now: string): Promise<RunLine> {
  const { code, out } = await jobsRunProcess(db.url, now, "periods");
  if (code !== 0) throw new Error(`exit ${code}: ${out}`);
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

const both = (now: string) => Promise.all([workerProcess(now), workerProcess(now)]);

describe("the period schedule on two worker processes at once", () => {
  it("holds December back while the year is open, then opens it exactly once", async () => {
    // 02/12/2026: December is due (cut off 14/12) but the year 2026 is still open.
    const held = await both("2026-12-02T07:00:00+07:00");
    expect(held.flatMap((r) => r.blocked)).toEqual(["182/KH-UBND 2026-12", "182/KH-UBND 2026-12"]);
    expect(held.flatMap((r) => r.opened)).toEqual([]);
    // The compiler hears it once, not once per worker or per run.
    await both("2026-12-03T07:00:00+07:00");
    const notices = await db.prisma.notification.findMany({ where: { kind: "period.proposal" } });
    expect(notices.map((n) => [n.userId, n.title])).toEqual([
      [fixture.users.compiler, "Chưa mở được kỳ báo cáo tháng 12/2026 (182/KH-UBND)"],
    ]);

    await db.prisma.reportingPeriod.update({ where: { id: fixture.periodId }, data: { state: "COMPILING" } });
    const runs = await both("2026-12-03T08:00:00+07:00");
    expect(runs.flatMap((r) => r.opened)).toEqual(["182/KH-UBND 2026-12"]);

    const periods = await db.prisma.reportingPeriod.findMany({
      where: { planId: fixture.planId },
      select: { cycle: true, year: true, index: true, state: true, cutoffDate: true, reportDueDate: true },
      orderBy: { cutoffDate: "asc" },
    });
    expect(periods.map((p) => [p.cycle, p.year, p.index, p.state])).toEqual([
      ["ANNUAL", 2026, 1, "COMPILING"],
      ["MONTHLY", 2026, 12, "OPEN"],
    ]);
    expect(periods[1]?.cutoffDate.toISOString().slice(0, 10)).toBe("2026-12-14");
    expect(periods[1]?.reportDueDate.toISOString().slice(0, 10)).toBe("2026-12-21");
    const audit = await db.prisma.auditEvent.findMany({ where: { action: "period.open" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ cycle: "MONTHLY", index: 12, by: "schedule" });
    const opened = await db.prisma.notification.findMany({
      where: { kind: "period.proposal", dedupeKey: { startsWith: "period-opened:" } },
    });
    expect(opened.map((n) => n.title)).toEqual(["Đã mở kỳ báo cáo tháng 12/2026 (182/KH-UBND)"]);

    // A later run finds it open and does nothing.
    const again = await both("2026-12-04T07:00:00+07:00");
    expect(again.flatMap((r) => [...r.opened, ...r.blocked])).toEqual([]);
  }, 300_000);
});
