/** `pnpm period:open` against a real PostgreSQL database: opens with the plan's dates, refuses clearly, changes nothing then. */

import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { seedOrganizations } from "@plan-tracker/prisma/seed-organizations";
import { seedPlan } from "@plan-tracker/prisma/seed-plan";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOpenPeriod } from "./run-open";

let db: TestDatabase;
let planId: string;
const now = new Date("2026-12-07T03:00:00Z");

beforeAll(async () => {
  db = await createTestPostgres("pt_period_open_cli");
  // Plan 182 and its organizations, as db:setup seeds them (without the demo, which opens periods).
  planId = await seedPlan(db.prisma, plan182, await seedOrganizations(db.prisma, organizations));
});
afterAll(async () => {
  await db?.destroy();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runOpenPeriod(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    // The shared test database stays open for the next call.
    async () => ({ prisma: db.prisma, close: async () => {} }),
    now,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const periods = () =>
  db.prisma.reportingPeriod.findMany({
    where: { planId },
    select: { year: true, state: true },
    orderBy: { year: "asc" },
  });

describe("period:open", () => {
  it("opens the year's period with the plan's own dates (182: agencies by 25/11, UBND by 05/12) and audits it", async () => {
    const { code, out, err } = await run("--plan", "182/kh-ubnd", "--period", "2026");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Đã mở kỳ báo cáo năm 2026 của Kế hoạch số 182/KH-UBND");
    expect(out).toMatch(/Hạn các cơ quan gửi:\s+25\/11\/2026/);
    expect(out).toMatch(/Hạn báo cáo UBND tỉnh:\s+05\/12\/2026/);
    expect(out).toMatch(/Chuyển sang từ kỳ trước: 0 nội dung đã được tiếp nhận/);
    expect(await periods()).toEqual([{ year: 2026, state: "OPEN" }]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "period.open", planId } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ year: 2026, reportDueDate: "2026-12-05", by: "period:open" });
  });

  it("refuses a period that exists, and another while one is open, changing nothing", async () => {
    const again = await run("--plan", "182/KH-UBND", "--period", "2026");
    expect(again.code).toBe(3);
    expect(again.err).toContain("Kế hoạch đã có kỳ báo cáo năm 2026");
    const next = await run("--plan", "182/KH-UBND", "--period", "2027", "--due", "05/12/2027");
    expect(next.code).toBe(3);
    expect(next.err).toContain("Kỳ báo cáo năm 2026 của kế hoạch đang mở");
    expect(await periods()).toEqual([{ year: 2026, state: "OPEN" }]);
    expect(await db.prisma.auditEvent.count({ where: { action: "period.open" } })).toBe(1);
  });

  it("refuses an unknown plan, a cycle the plan does not report on, bad keys and dates", async () => {
    expect(await run("--plan", "999/KH-UBND", "--period", "2026")).toMatchObject({
      code: 3,
      err: expect.stringContaining("Không có kế hoạch số «999/KH-UBND»"),
    });
    expect(await run("--plan", "182/KH-UBND", "--period", "2026-Q4")).toMatchObject({
      code: 3,
      err: expect.stringContaining("báo cáo hằng năm; kỳ «Quý IV/2026» (2026-Q4) không thuộc chu kỳ báo cáo"),
    });
    expect(await run("--plan", "182/KH-UBND", "--period", "2026-13")).toMatchObject({ code: 64 });
    expect(await run("--plan", "182/KH-UBND", "--period", "2025", "--due", "31/02/2025")).toMatchObject({
      code: 64,
      err: expect.stringContaining("Ngày «31/02/2025» (--due) không hợp lệ"),
    });
    expect(await run("--plan", "182/KH-UBND")).toMatchObject({ code: 64 });
    expect(await run("--plan", "182/KH-UBND", "--period", "2026", "--bogus")).toMatchObject({ code: 64 });
    expect(await periods()).toEqual([{ year: 2026, state: "OPEN" }]);
  });

  it("refuses dates out of order, with the reason", async () => {
    await db.prisma.reportingPeriod.updateMany({ where: { planId }, data: { state: "COMPILING" } });
    const { code, err } = await run("--plan", "182/KH-UBND", "--period", "2027", "--cutoff", "30/11/2027");
    expect(code).toBe(3);
    expect(err).toContain("Thời điểm chốt số liệu phải trước hoặc trùng với hạn gửi báo cáo");
    expect(await periods()).toEqual([{ year: 2026, state: "COMPILING" }]);
  });

  it("opens a month of a plan that reports monthly, with the decree's cut-off and the working calendar", async () => {
    await db.prisma.plan.update({ where: { id: planId }, data: { reportingCycles: ["ANNUAL", "MONTHLY"] } });
    const { code, out, err } = await run("--plan", "182/KH-UBND", "--period", "11/2026");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Đã mở kỳ báo cáo tháng 11/2026 của Kế hoạch số 182/KH-UBND");
    // Cut-off 14/11 (Decree 09, Art. 12); due the 5th of the next month, a Saturday: Monday 07/12.
    expect(out).toMatch(/Chốt số liệu:\s+14\/11\/2026/);
    expect(out).toMatch(/Hạn báo cáo UBND tỉnh:\s+07\/12\/2026/);
    const month = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, cycle: "MONTHLY" } });
    expect(month).toMatchObject({ year: 2026, index: 11, state: "OPEN" });
    expect((await run("--plan", "182/KH-UBND", "--period", "2026-11")).err).toContain(
      "Kế hoạch đã có kỳ báo cáo tháng 11/2026",
    );
  });
});
