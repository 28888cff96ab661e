import { compileReport, OFFICIAL_CATEGORIES } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findReportPeriod, loadReportSource, snapshotUpdates } from "./source";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestPostgres("pt_report_source");
  await setupDatabase(db, { demo: true });
}, 240_000);

afterAll(async () => {
  await db?.destroy();
});

describe("loadReportSource on the demo database", () => {
  it("reads a finalized year from the accepted snapshots", async () => {
    const periodId = await findReportPeriod(db.prisma, { planSymbol: "182/KH-UBND", year: 2025 });
    const source = await loadReportSource(db.prisma, periodId);
    expect(source.plan).toMatchObject({ number: "182/KH-UBND", issuedAt: "2020-11-27", place: "Kiên Giang" });
    expect(source.plan.focal.code).toBe("STNMT");
    expect(source.tasks).toHaveLength(17);
    expect(source.sections.map((s) => s.code)).toEqual(["II.1", "II.2", "II.3", "II.4", "III"]);
    const accepted = source.submissions.filter((s) => s.state === "ACCEPTED");
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((s) => s.updates.length > 0)).toBe(true);

    const model = compileReport(source, { now: new Date("2025-12-01T02:00:00Z") });
    const counted = OFFICIAL_CATEGORIES.reduce((n, c) => n + model.overview.byCategory[c], 0);
    expect(counted).toBe(17);
    expect(model.overview.agencies.accepted).toBe(accepted.length);
    expect(model.header.agency).toBe("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
    expect(model.header.parentAgency).toBe("UBND TỈNH KIÊN GIANG");
    const ii1a = model.sections[0]?.tasks.find((t) => t.code === "II.1.a");
    expect(ii1a?.lead).toBe("Sở Thông tin và Truyền thông");
    // Every task whose lead's report was accepted carries the lead's results.
    const tasks = model.sections.flatMap((s) => s.tasks);
    const reported = tasks.filter((t) => t.status !== null);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((t) => t.results.text === "").map((t) => t.code)).toEqual([]);
  });

  it("never reads a report that was not accepted", async () => {
    const periodId = await findReportPeriod(db.prisma, { planSymbol: "182/KH-UBND", year: 2026 });
    const source = await loadReportSource(db.prisma, periodId);
    const notAccepted = source.submissions.filter((s) => s.state !== "ACCEPTED");
    expect(notAccepted.length).toBeGreaterThan(0);
    expect(notAccepted.every((s) => s.updates.length === 0)).toBe(true);
    const model = compileReport(source, { now: new Date("2026-11-28T02:00:00Z") });
    expect(model.missing.length).toBe(source.expected.length - model.overview.agencies.accepted);
  });

  it("gives a yearly report the year's shorter reports already issued, and only those", async () => {
    const year = await db.prisma.reportingPeriod.findFirstOrThrow({
      where: { plan: { symbol: "182/KH-UBND" }, year: 2025, cycle: "ANNUAL" },
      select: { id: true, planId: true },
    });
    expect((await loadReportSource(db.prisma, year.id)).earlierReports).toEqual([]);
    // The first half of 2025, reported and finalized; the third quarter, compiled but still a draft.
    const half = await db.prisma.reportingPeriod.create({
      data: {
        planId: year.planId,
        year: 2025,
        cycle: "SEMIANNUAL",
        index: 1,
        state: "FINALIZED",
        cutoffDate: new Date("2025-06-14T00:00:00Z"),
        agencyDeadline: new Date("2025-06-17T00:00:00Z"),
        reportDueDate: new Date("2025-06-20T00:00:00Z"),
        report: {
          create: {
            number: "85",
            symbol: "BC-STNMT",
            state: "FINAL",
            documentDate: new Date("2025-06-20T00:00:00Z"),
          },
        },
      },
      select: { id: true },
    });
    const quarter = await db.prisma.reportingPeriod.create({
      data: {
        planId: year.planId,
        year: 2025,
        cycle: "QUARTERLY",
        index: 3,
        state: "COMPILING",
        cutoffDate: new Date("2025-09-14T00:00:00Z"),
        agencyDeadline: new Date("2025-09-17T00:00:00Z"),
        reportDueDate: new Date("2025-09-22T00:00:00Z"),
        report: { create: { state: "DRAFT" } },
      },
      select: { id: true },
    });
    try {
      const source = await loadReportSource(db.prisma, year.id);
      expect(source.earlierReports).toEqual([
        { period: "6 tháng đầu năm 2025", number: "85", symbol: "BC-STNMT", date: "2025-06-20" },
      ]);
      const model = compileReport(source, { now: new Date("2025-12-01T02:00:00Z") });
      expect(model.introduction.text).toContain(
        "trên cơ sở Báo cáo số 85/BC-STNMT ngày 20/06/2025 (6 tháng đầu năm 2025) và báo cáo của các cơ quan",
      );
      // The half-year's own report stands on nothing earlier.
      expect((await loadReportSource(db.prisma, half.id)).earlierReports).toEqual([]);
    } finally {
      await db.prisma.reportingPeriod.deleteMany({ where: { id: { in: [half.id, quarter.id] } } });
    }
  });

  it("finds periods by plan and year, and refuses unknown ones", async () => {
    await expect(
      findReportPeriod(db.prisma, { planSymbol: "182/KH-UBND", year: 1999 }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(loadReportSource(db.prisma, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("snapshotUpdates", () => {
  it("reads both snapshot shapes and skips what it cannot read", () => {
    expect(
      snapshotUpdates({
        updates: [
          {
            taskCode: "II.1.a",
            actionItem: { code: "b" },
            role: "coordinate",
            status: "IN_PROGRESS",
            percent: 30,
            completedOn: null,
            results: "x",
            difficulties: "",
            proposals: "",
          },
          {
            taskCode: "II.1.b",
            actionItemCode: "a",
            role: "coordinator",
            status: "COMPLETED",
            percent: null,
            completedOn: "2025-05-02",
            results: "y",
          },
          { taskCode: "II.1.c", status: "NONSENSE" },
        ],
      }),
    ).toEqual([
      {
        taskCode: "II.1.a",
        actionItemCode: "b",
        role: "coordinate",
        status: "IN_PROGRESS",
        percent: 30,
        completedOn: null,
        results: "x",
        difficulties: "",
        proposals: "",
      },
      {
        taskCode: "II.1.b",
        actionItemCode: "a",
        role: "coordinate",
        status: "COMPLETED",
        percent: null,
        completedOn: "2025-05-02",
        results: "y",
        difficulties: "",
        proposals: "",
      },
    ]);
    expect(snapshotUpdates(null)).toEqual([]);
  });
});
