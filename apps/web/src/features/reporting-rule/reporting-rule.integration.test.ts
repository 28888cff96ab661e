import { toAppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { changeReportingRule } from "./change-reporting-rule";
import { reportingRuleSchema } from "./schema";

let db: TestDatabase;
let planId: string;
const actors: Record<string, SessionActor> = {};

const input = (fields: Record<string, unknown>) =>
  reportingRuleSchema.parse({
    planId,
    from: "ANNUAL|5|12|10",
    cycles: ["SEMIANNUAL", "ANNUAL"],
    reportDueDay: "15",
    reportDueMonth: "12",
    agencyDeadlineOffsetDays: "7",
    ...fields,
  });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "INTERNAL") throw error;
    return typeof e.details?.reason === "string" ? `${e.code} ${e.details.reason}` : e.code;
  }
}

beforeAll(async () => {
  db = await createTestPostgres("pt_reporting_rule");
  ({ planId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
  for (const [key, email] of Object.entries({
    compiler: "tonghop@kiengiang.example",
    otherCompiler: "tonghop.skhdt@kiengiang.example",
    staff: "chuyenvien.stnmt@kiengiang.example",
  }))
    actors[key] = await actorFor(db.prisma, email);
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("a plan's reporting rule", () => {
  it("is validated: at least one cycle, a real day and month, cycles in their order", () => {
    expect(reportingRuleSchema.safeParse({ ...input({}), cycles: [] }).success).toBe(false);
    expect(() => input({ reportDueDay: "32" })).toThrow();
    expect(() => input({ reportDueMonth: "0" })).toThrow();
    expect(input({ cycles: ["ANNUAL", "MONTHLY"] }).cycles).toEqual(["MONTHLY", "ANNUAL"]);
  });

  it("is changed by the focal agency's compiler only, audited; a stale page is refused", async () => {
    expect(
      await outcome(changeReportingRule(db.prisma, actors.otherCompiler as SessionActor, input({}))),
    ).toBe("FORBIDDEN");
    expect(await outcome(changeReportingRule(db.prisma, actors.staff as SessionActor, input({})))).toBe(
      "FORBIDDEN",
    );
    expect(
      await outcome(
        changeReportingRule(db.prisma, actors.compiler as SessionActor, input({ from: "ANNUAL|1|1|1" })),
      ),
    ).toBe("CONFLICT stale");
    expect(await outcome(changeReportingRule(db.prisma, actors.compiler as SessionActor, input({})))).toBe(
      "ok",
    );
    const plan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({
      reportingCycles: ["SEMIANNUAL", "ANNUAL"],
      reportDueDay: 15,
      reportDueMonth: 12,
      agencyDeadlineOffsetDays: 7,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "plan.changeReportingRule" },
    });
    expect(audit.before).toMatchObject({ reportingCycles: ["ANNUAL"], reportDueDay: 5 });
    expect(audit.after).toMatchObject({ reportingCycles: ["SEMIANNUAL", "ANNUAL"], reportDueDay: 15 });
    // The 2026 period keeps the dates it was opened with.
    const open = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { planId, state: "OPEN" } });
    expect(open.reportDueDate.toISOString().slice(0, 10)).toBe("2026-12-05");
  });

  it("is read-only on a plan out of force", async () => {
    await db.prisma.plan.update({ where: { id: planId }, data: { status: "EXPIRED", endedOn: new Date() } });
    expect(
      await outcome(
        changeReportingRule(
          db.prisma,
          actors.compiler as SessionActor,
          input({ from: "SEMIANNUAL,ANNUAL|15|12|7" }),
        ),
      ),
    ).toBe("PLAN_NOT_IN_FORCE");
  });
});
