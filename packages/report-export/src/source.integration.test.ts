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
