import { AppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { periodProblemOf } from "@plan-tracker/periods/errors";
import { openPeriod } from "@plan-tracker/periods/open-period";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { changePeriodState } from "./change-period-state";
import { currentPeriod, getPlanPeriods } from "./data";

let db: TestDatabase;
let planId: string;
const actors: Record<string, SessionActor> = {};
const now = new Date("2026-11-28T03:00:00Z");
const context = { ip: "203.0.113.9", userAgent: "vitest", now };

/** The refusal's code and reason ("CONFLICT duplicatePeriod"), or "ok". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problem = periodProblemOf(error);
    return problem ? `${error.code} ${problem.reason}` : error.code;
  }
}

const idOf = async (year: number) =>
  (
    await db.prisma.reportingPeriod.findUniqueOrThrow({
      where: { planId_cycle_year_index: { planId, cycle: "ANNUAL", year, index: 1 } },
    })
  ).id;
const stateOf = async (year: number) =>
  (
    await db.prisma.reportingPeriod.findUnique({
      where: { planId_cycle_year_index: { planId, cycle: "ANNUAL", year, index: 1 } },
    })
  )?.state ?? null;
const auditOf = (entityId: string) =>
  db.prisma.auditEvent.findMany({
    where: { entityType: "ReportingPeriod", entityId },
    orderBy: { id: "asc" },
  });

const dates2027 = { cutoffDate: "2027-11-15", agencyDeadline: "2027-11-25", reportDueDate: "2027-12-05" };

beforeAll(async () => {
  db = await createTestPostgres("pt_periods");
  ({ planId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
  for (const [key, email] of Object.entries({
    compiler: "tonghop@kiengiang.example",
    admin: "admin@kiengiang.example",
    leader: "lanhdao@kiengiang.example",
    focalApprover: "lanhdao.stnmt@kiengiang.example",
    focalStaff: "chuyenvien.stnmt@kiengiang.example",
    otherStaff: "chuyenvien.skhdt@kiengiang.example",
    viewer: "xem@kiengiang.example",
  }))
    actors[key] = await actorFor(db.prisma, email);
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("the demo plan's periods", () => {
  it("has 2026 open and it is the current period", async () => {
    expect(await stateOf(2026)).toBe("OPEN");
    const current = await currentPeriod(planId, db.prisma);
    expect(current).toMatchObject({ year: 2026, state: "OPEN" });
    expect(current?.reportDueDate).toEqual(new Date("2026-12-05T00:00:00Z"));
    const page = await getPlanPeriods(planId, db.prisma);
    expect(page?.periods.map((p) => p.year)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    const p2026 = page?.periods[0];
    // Demo 2026: STNMT, STTTT, BCHQS, Phú Quốc, Giồng Riềng sent; SCT, STC, Hà Tiên, Châu Thành accepted.
    expect(p2026).toMatchObject({ submittedCount: 9, acceptedCount: 4 });
  });
});

describe("opening a period", () => {
  it("refuses everyone but the focal agency's compiler (and administrators, by the policy)", async () => {
    for (const who of ["leader", "focalApprover", "focalStaff", "otherStaff", "viewer"]) {
      expect(
        await outcome(
          openPeriod(
            db.prisma,
            { actor: actors[who] as SessionActor },
            { planId, year: 2027, ...dates2027 },
            context,
          ),
        ),
        who,
      ).toBe("FORBIDDEN");
    }
    expect(await stateOf(2027)).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { entityType: "ReportingPeriod", planId } })).toBe(0);
  });

  it("refuses a second open period while 2026 is open", async () => {
    expect(
      await outcome(
        openPeriod(
          db.prisma,
          { actor: actors.compiler as SessionActor },
          { planId, year: 2027, ...dates2027 },
          context,
        ),
      ),
    ).toBe("CONFLICT anotherPeriodOpen");
    expect(await stateOf(2027)).toBeNull();
  });

  it("refuses a year that already has a period, before anything else", async () => {
    const dates = { cutoffDate: "2025-11-15", agencyDeadline: "2025-11-25", reportDueDate: "2025-12-05" };
    expect(
      await outcome(
        openPeriod(
          db.prisma,
          { actor: actors.compiler as SessionActor },
          { planId, year: 2025, ...dates },
          context,
        ),
      ),
    ).toBe("CONFLICT duplicatePeriod");
  });

  it("validates the year against the plan and the dates' order, on the server", async () => {
    const compiler = actors.compiler as SessionActor;
    const open = (input: Partial<typeof dates2027> & { year: number }) =>
      outcome(openPeriod(db.prisma, { actor: compiler }, { planId, ...dates2027, ...input }, context));
    // The plan was issued in 2020; next year is 2027.
    expect(
      await open({
        year: 2019,
        cutoffDate: "2019-11-15",
        agencyDeadline: "2019-11-25",
        reportDueDate: "2019-12-05",
      }),
    ).toBe("VALIDATION yearOutOfRange");
    expect(
      await open({
        year: 2028,
        cutoffDate: "2028-11-15",
        agencyDeadline: "2028-11-25",
        reportDueDate: "2028-12-05",
      }),
    ).toBe("VALIDATION yearOutOfRange");
    expect(await open({ year: 2027, cutoffDate: "2027-11-26" })).toBe("VALIDATION cutoffAfterDeadline");
    expect(await open({ year: 2027, reportDueDate: "2027-11-24" })).toBe("VALIDATION deadlineAfterDue");
    expect(await open({ year: 2027, reportDueDate: "2029-12-05" })).toBe("VALIDATION dateOutOfYear");
  });
});

describe("changing a period's state", () => {
  it("moves 2026 to compiling, with an audit event in the same transaction", async () => {
    const id = await idOf(2026);
    const changed = await changePeriodState(
      db.prisma,
      actors.compiler as SessionActor,
      { periodId: id, from: "OPEN", to: "COMPILING" },
      context,
    );
    expect(changed).toMatchObject({ year: 2026, state: "COMPILING" });
    const [event] = await auditOf(id);
    expect(event).toMatchObject({
      action: "period.startCompiling",
      actorId: actors.compiler?.userId,
      actorOrgId: actors.compiler?.memberships[0]?.organizationId,
      planId,
      ip: "203.0.113.9",
      userAgent: "vitest",
      before: expect.objectContaining({ year: 2026, state: "OPEN", agencyDeadline: "2026-11-25" }),
      after: expect.objectContaining({ year: 2026, state: "COMPILING" }),
    });
    // With no period open, the current one is the latest year.
    expect((await currentPeriod(planId, db.prisma))?.year).toBe(2026);
  });

  it("refuses a change based on a stale page, and moves that are not in the cycle", async () => {
    const compiler = actors.compiler as SessionActor;
    const id2026 = await idOf(2026);
    expect(
      await outcome(
        changePeriodState(db.prisma, compiler, { periodId: id2026, from: "OPEN", to: "COMPILING" }),
      ),
    ).toBe("CONFLICT stale");
    const id2021 = await idOf(2021);
    expect(
      await outcome(changePeriodState(db.prisma, compiler, { periodId: id2021, from: "CLOSED", to: "OPEN" })),
    ).toBe("CONFLICT transitionNotAllowed");
    expect(
      await outcome(
        changePeriodState(db.prisma, compiler, { periodId: id2026, from: "COMPILING", to: "CLOSED" }),
      ),
    ).toBe("CONFLICT transitionNotAllowed");
    expect(
      await outcome(
        changePeriodState(db.prisma, compiler, {
          periodId: "cnosuchperiod000000000000",
          from: "OPEN",
          to: "COMPILING",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await auditOf(id2021)).toHaveLength(0);
  });

  it("refuses leaders, approvers and staff", async () => {
    const id = await idOf(2025);
    for (const who of ["leader", "focalApprover", "focalStaff", "otherStaff", "viewer"]) {
      expect(
        await outcome(
          changePeriodState(db.prisma, actors[who] as SessionActor, {
            periodId: id,
            from: "FINALIZED",
            to: "CLOSED",
          }),
        ),
        who,
      ).toBe("FORBIDDEN");
    }
    expect(await stateOf(2025)).toBe("FINALIZED");
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("closes a finalized period and records when", async () => {
    const id = await idOf(2025);
    await changePeriodState(
      db.prisma,
      actors.compiler as SessionActor,
      { periodId: id, from: "FINALIZED", to: "CLOSED" },
      context,
    );
    const row = await db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "CLOSED", closedAt: now });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["period.close"]);
  });
});

describe("opening once no period is open", () => {
  it("opens 2027 with the dates as calendar days, audited; a concurrent duplicate is refused", async () => {
    const compiler = actors.compiler as SessionActor;
    const input = { planId, year: 2027, ...dates2027 };
    const results = await Promise.all([
      outcome(openPeriod(db.prisma, { actor: compiler }, input, context)),
      outcome(openPeriod(db.prisma, { actor: compiler }, input, context)),
    ]);
    expect(results.sort()).toEqual(["CONFLICT duplicatePeriod", "ok"]);
    const row = await db.prisma.reportingPeriod.findUniqueOrThrow({
      where: { planId_cycle_year_index: { planId, cycle: "ANNUAL", year: 2027, index: 1 } },
    });
    expect(row).toMatchObject({
      state: "OPEN",
      cutoffDate: new Date("2027-11-15T00:00:00Z"),
      agencyDeadline: new Date("2027-11-25T00:00:00Z"),
      reportDueDate: new Date("2027-12-05T00:00:00Z"),
      openedAt: now,
    });
    const events = await auditOf(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "period.open",
      actorId: compiler.userId,
      planId,
      after: { year: 2027, state: "OPEN", ...dates2027 },
    });
    expect((await currentPeriod(planId, db.prisma))?.year).toBe(2027);
  });

  it("will not reopen 2026 for late agencies while 2027 is open", async () => {
    const id = await idOf(2026);
    expect(
      await outcome(
        changePeriodState(db.prisma, actors.compiler as SessionActor, {
          periodId: id,
          from: "COMPILING",
          to: "OPEN",
        }),
      ),
    ).toBe("CONFLICT anotherPeriodOpen");
    expect(await stateOf(2026)).toBe("COMPILING");
  });

  it("reopens 2026 once 2027 is compiling", async () => {
    const compiler = actors.compiler as SessionActor;
    await changePeriodState(
      db.prisma,
      compiler,
      { periodId: await idOf(2027), from: "OPEN", to: "COMPILING" },
      context,
    );
    const id = await idOf(2026);
    await changePeriodState(db.prisma, compiler, { periodId: id, from: "COMPILING", to: "OPEN" }, context);
    expect(await stateOf(2026)).toBe("OPEN");
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["period.startCompiling", "period.reopen"]);
    expect((await currentPeriod(planId, db.prisma))?.year).toBe(2026);
  });

  it("lets an administrator act, as the policy's period.manage says", async () => {
    const id = await idOf(2027);
    await changePeriodState(
      db.prisma,
      actors.admin as SessionActor,
      { periodId: id, from: "COMPILING", to: "FINALIZED" },
      context,
    );
    expect(await stateOf(2027)).toBe("FINALIZED");
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "period.finalize",
      actorId: actors.admin?.userId,
    });
  });
});
