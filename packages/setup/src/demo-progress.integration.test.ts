import { createHash } from "node:crypto";
import { deriveOfficialCategory, type ReportedStatus } from "@plan-tracker/core";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";
import { createTestEmbedded, createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { DEMO_TAG } from "@plan-tracker/prisma/demo-progress/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "./setup";

// The demo's other plans (packages/setup/src/demo-plans.ts) have progress of their own; these figures are plan 182's.
const PLAN_182 = { symbol: "182/KH-UBND" };

/** Row counts of everything demo progress writes: a second run must leave them as they are. */
async function counts(db: TestDatabase) {
  const p = db.prisma;
  const [periods, updates, cited, submissions, snapshots] = await Promise.all([
    p.reportingPeriod.count(),
    p.progressUpdate.count(),
    p.citedDocument.count(),
    p.agencySubmission.count(),
    p.submissionSnapshot.count(),
  ]);
  return { periods, updates, cited, submissions, snapshots };
}

describe.each([
  ["PostgreSQL", createTestPostgres],
  ["embedded PGlite", createTestEmbedded],
] as const)("demo progress on %s", (_name, create) => {
  let db: TestDatabase;
  let seconds: number;
  beforeAll(async () => {
    db = await create();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("is not written without --demo", async () => {
    await setupDatabase(db, { demo: false });
    expect(await counts(db)).toEqual({ periods: 0, updates: 0, cited: 0, submissions: 0, snapshots: 0 });
  });

  it("writes periods 2021-2026 once, 2026 open, however often --demo runs", async () => {
    const started = performance.now();
    await setupDatabase(db, { demo: true });
    seconds = (performance.now() - started) / 1000;
    const first = await counts(db);
    await setupDatabase(db, { demo: true });
    expect(await counts(db)).toEqual(first);

    const periods = await db.prisma.reportingPeriod.findMany({
      where: { plan: PLAN_182 },
      orderBy: { year: "asc" },
      select: { year: true, state: true, cutoffDate: true, agencyDeadline: true, reportDueDate: true },
    });
    expect(periods.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(periods.map((p) => p.state)).toEqual([
      "CLOSED",
      "CLOSED",
      "CLOSED",
      "CLOSED",
      "FINALIZED",
      "OPEN",
    ]);
    expect(periods.at(-1)).toMatchObject({
      cutoffDate: new Date("2026-11-15T00:00:00Z"),
      agencyDeadline: new Date("2026-11-25T00:00:00Z"),
      reportDueDate: new Date("2026-12-05T00:00:00Z"),
    });
    // The whole --demo setup (migrations check, plan upsert, accounts, progress) stays quick.
    expect(seconds).toBeLessThan(60);
  });

  it("has progress in every year, from leads and coordinators, clearly marked as demo", async () => {
    const byPeriod = await db.prisma.progressUpdate.groupBy({
      by: ["periodId"],
      where: { period: { plan: PLAN_182 } },
      _count: { _all: true },
    });
    expect(byPeriod).toHaveLength(6);
    const updates = await db.prisma.progressUpdate.findMany({
      where: { period: { plan: PLAN_182 } },
      select: {
        status: true,
        percent: true,
        completedOn: true,
        results: true,
        difficulties: true,
        proposals: true,
        actionItemId: true,
        organizationId: true,
        task: { select: { kind: true, leadOrganizationId: true } },
        period: { select: { year: true, cutoffDate: true } },
      },
    });
    expect(updates.every((u) => u.results.startsWith(DEMO_TAG))).toBe(true);
    expect(new Set(updates.map((u) => u.status))).toEqual(
      new Set<ReportedStatus>(["COMPLETED", "DONE_THIS_YEAR", "IN_PROGRESS", "BLOCKED"]),
    );
    for (const u of updates.filter((u) => u.status === "BLOCKED")) {
      expect(u.difficulties).not.toBe("");
      expect(u.proposals).not.toBe("");
    }
    for (const u of updates.filter((u) => u.status === "COMPLETED")) {
      expect(u.completedOn).not.toBeNull();
      expect(u.completedOn?.getTime()).toBeLessThanOrEqual(u.period.cutoffDate.getTime());
    }
    // Coordinators' contributions sit beside the leads' answers.
    expect(
      updates.some((u) => u.task.leadOrganizationId && u.organizationId !== u.task.leadOrganizationId),
    ).toBe(true);
    expect(updates.some((u) => u.actionItemId !== null)).toBe(true);
    const categories = new Set(
      updates.map((u) =>
        deriveOfficialCategory({
          kind: u.task.kind,
          reportedStatus: u.status,
          completedOn: u.completedOn,
          asOf: u.period.cutoffDate,
        }),
      ),
    );
    expect(categories.size).toBeGreaterThan(1);
  });

  it("keeps every snapshot immutable: the database refuses to change or delete one", async () => {
    const snapshot = await db.prisma.submissionSnapshot.findFirstOrThrow({
      select: { id: true, sha256: true },
    });
    await expect(
      db.prisma.submissionSnapshot.update({ where: { id: snapshot.id }, data: { sha256: "0".repeat(64) } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.submissionSnapshot.delete({ where: { id: snapshot.id } })).rejects.toThrow(
      /immutable/,
    );
    const after = await db.prisma.submissionSnapshot.findUniqueOrThrow({
      where: { id: snapshot.id },
      select: { sha256: true },
    });
    expect(after.sha256).toBe(snapshot.sha256);
  });

  it("accepted every past agency report, with a snapshot whose checksum verifies", async () => {
    const submissions = await db.prisma.agencySubmission.findMany({
      where: { period: { plan: PLAN_182 } },
      select: {
        state: true,
        coverSummary: true,
        submittedAt: true,
        returnReason: true,
        organization: { select: { code: true } },
        period: { select: { year: true } },
        snapshots: { select: { sequence: true, content: true, sha256: true } },
      },
    });
    expect(submissions.every((s) => s.coverSummary.startsWith(DEMO_TAG))).toBe(true);
    expect(submissions.filter((s) => s.period.year < 2026).every((s) => s.state === "ACCEPTED")).toBe(true);
    for (const s of submissions) {
      expect(s.snapshots).toHaveLength(s.submittedAt ? 1 : 0);
      for (const snap of s.snapshots) {
        expect(createHash("sha256").update(canonicalJson(snap.content)).digest("hex")).toBe(snap.sha256);
        expect((snap.content as { updates: unknown[] }).updates.length).toBeGreaterThan(0);
      }
    }

    const open = new Map(
      submissions.filter((s) => s.period.year === 2026).map((s) => [s.organization.code, s] as const),
    );
    expect(open.get("STNMT")?.state).toBe("SUBMITTED");
    expect(open.get("SKHDT")?.state).toBe("DRAFT");
    expect(open.get("SNNPTNT")?.state).toBe("RETURNED");
    expect(open.get("SNNPTNT")?.returnReason).toMatch(/II\.4\.b\.16/);
    expect(open.has("UBND-RACHGIA")).toBe(false);
    expect(new Set([...open.values()].map((s) => s.state))).toEqual(
      new Set(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]),
    );
    const rachGia2026 = await db.prisma.progressUpdate.count({
      where: { organization: { code: "UBND-RACHGIA" }, period: { year: 2026, plan: PLAN_182 } },
    });
    expect(rachGia2026).toBe(0);
    const skhdtDraft = await db.prisma.progressUpdate.count({
      where: { organization: { code: "SKHDT" }, period: { year: 2026, plan: PLAN_182 } },
    });
    expect(skhdtDraft).toBeGreaterThan(0);
  });
});
