import { AppError, toAppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { changePlanStatus } from "./change-plan-status";
import { changePlanStatusSchema } from "./schema";

let db: TestDatabase;
let planId: string;
let otherPlanId: string;
const actors: Record<string, SessionActor> = {};

const input = (fields: Record<string, string>) =>
  changePlanStatusSchema.parse({ planId, replacedById: "", replacedByText: "", endedOn: "", ...fields });

/** The refusal's code and reason ("VALIDATION endedOnRequired"), or "ok". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") throw error;
    const reason = appError.details?.reason;
    return typeof reason === "string" ? `${appError.code} ${reason}` : appError.code;
  }
}

beforeAll(async () => {
  db = await createTestPostgres("pt_plan_lifecycle");
  ({ planId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
  otherPlanId = (await db.prisma.plan.findFirstOrThrow({ where: { symbol: "68/KH-UBND" } })).id;
  for (const [key, email] of Object.entries({
    compiler: "tonghop@kiengiang.example",
    otherCompiler: "tonghop.skhdt@kiengiang.example",
    admin: "admin@kiengiang.example",
    leader: "lanhdao@kiengiang.example",
    staff: "chuyenvien.stnmt@kiengiang.example",
  }))
    actors[key] = await actorFor(db.prisma, email);
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

const openUpdate = () =>
  db.prisma.progressUpdate.findFirstOrThrow({
    where: { period: { planId, state: "OPEN" } },
    select: { id: true, results: true, version: true },
  });

describe("a plan's lifecycle", () => {
  it("is changed by the focal agency's compiler or an administrator only", async () => {
    const expire = input({ from: "ACTIVE", status: "EXPIRED", endedOn: "31/12/2026" });
    for (const who of ["otherCompiler", "leader", "staff"])
      expect(await outcome(changePlanStatus(db.prisma, actors[who] as SessionActor, expire)), who).toBe(
        "FORBIDDEN",
      );
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("ACTIVE");
  });

  it("refuses a change that does not say when, or what replaced the plan", async () => {
    const compiler = actors.compiler as SessionActor;
    expect(
      await outcome(changePlanStatus(db.prisma, compiler, input({ from: "ACTIVE", status: "EXPIRED" }))),
    ).toBe("VALIDATION endedOnRequired");
    expect(
      await outcome(
        changePlanStatus(
          db.prisma,
          compiler,
          input({ from: "ACTIVE", status: "EXPIRED", endedOn: "01/01/2019" }),
        ),
      ),
    ).toBe("VALIDATION endedBeforeIssued");
    expect(
      await outcome(
        changePlanStatus(
          db.prisma,
          compiler,
          input({ from: "ACTIVE", status: "REPLACED", endedOn: "01/12/2026" }),
        ),
      ),
    ).toBe("VALIDATION replacementRequired");
    expect(
      await outcome(
        changePlanStatus(
          db.prisma,
          compiler,
          input({ from: "ACTIVE", status: "REPLACED", endedOn: "01/12/2026", replacedById: planId }),
        ),
      ),
    ).toBe("VALIDATION replacedBySelf");
    expect(
      await outcome(
        changePlanStatus(
          db.prisma,
          compiler,
          input({ from: "EXPIRED", status: "EXPIRED", endedOn: "01/12/2026" }),
        ),
      ),
    ).toBe("CONFLICT stale");
  });

  it("puts the plan out of force, audited; the database then refuses every write to it, and nothing is lost", async () => {
    const before = await openUpdate();
    await changePlanStatus(
      db.prisma,
      actors.compiler as SessionActor,
      input({
        from: "ACTIVE",
        status: "REPLACED",
        endedOn: "2026-12-01",
        replacedById: otherPlanId,
        replacedByText: "Kế hoạch số 68/KH-UBND ngày 12/3/2024",
      }),
      { ip: "203.0.113.5", userAgent: "vitest" },
    );
    const plan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ status: "REPLACED", replacedById: otherPlanId });
    expect(plan.endedOn?.toISOString().slice(0, 10)).toBe("2026-12-01");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "plan.changeStatus", planId },
    });
    expect(audit.before).toMatchObject({ status: "ACTIVE", endedOn: null });
    expect(audit.after).toMatchObject({
      status: "REPLACED",
      endedOn: "2026-12-01",
      replacedById: otherPlanId,
    });

    // Every writer meets the same refusal, with its own error code and Vietnamese message.
    const writes = [
      db.prisma.progressUpdate.update({
        where: { id: before.id },
        data: { results: "sửa sau khi hết hiệu lực" },
      }),
      db.prisma.agencySubmission.updateMany({ where: { period: { planId } }, data: { state: "SUBMITTED" } }),
      db.prisma.reportingPeriod.create({
        data: {
          planId,
          year: 2027,
          cutoffDate: new Date("2027-11-15T00:00:00Z"),
          agencyDeadline: new Date("2027-11-25T00:00:00Z"),
          reportDueDate: new Date("2027-12-05T00:00:00Z"),
        },
      }),
    ];
    for (const write of writes) {
      const refused = await write.then(
        () => null,
        (error: unknown) => toAppError(error),
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused?.code).toBe("PLAN_NOT_IN_FORCE");
    }
    expect(await openUpdate()).toEqual(before);
    // The plan it names is untouched and writable.
    await db.prisma.reportingPeriod.updateMany({
      where: { planId: otherPlanId },
      data: { updatedAt: new Date() },
    });
  });

  it("comes back in force (a mistake corrected) with its history as it was, writable again", async () => {
    const before = await openUpdate();
    await changePlanStatus(
      db.prisma,
      actors.admin as SessionActor,
      input({ from: "REPLACED", status: "ACTIVE" }),
    );
    const plan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ status: "ACTIVE", endedOn: null, replacedById: null, replacedByText: "" });
    expect(await openUpdate()).toEqual(before);
    await db.prisma.progressUpdate.update({ where: { id: before.id }, data: { version: { increment: 1 } } });
  });
});
