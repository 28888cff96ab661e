import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingClient, statementsOf } from "@/server/query-count";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient, codeOf } from "@/testing/integration";
import { saveUpdate } from "./save-update";
import type { SaveUpdateInput } from "./schema";
import { savedUpdateSelect, toUpdateView } from "./update-view";

let db: TestDatabase;
let periodId: string;
const ids: Record<string, string> = {};
const actors: Record<string, SessionActor> = {};

function input(overrides: Partial<SaveUpdateInput> = {}): SaveUpdateInput {
  return {
    periodId,
    taskId: ids["II.4.a"] as string,
    actionItemId: null,
    organizationId: ids.STNMT as string,
    expectedVersion: 0,
    status: "IN_PROGRESS",
    percent: 40,
    completedOn: null,
    results: "Đã cập nhật cơ sở dữ liệu đất đai cho 8/15 huyện, thành phố.",
    resultScope: "PERIOD",
    difficulties: "",
    proposals: "",
    citedDocuments: [
      {
        symbol: "Công văn số 123/STNMT-MT",
        issuedOn: "2031-03-05",
        issuer: "Sở TN&MT",
        summary: "Về việc cập nhật dữ liệu",
      },
    ],
    indicatorValues: [],
    ...overrides,
  };
}

beforeAll(async () => {
  db = await createTestPostgres("pt_updates");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  const plan = await db.prisma.plan.findFirstOrThrow({
    where: { symbol: "182/KH-UBND" },
    select: { id: true },
  });
  // A year of its own, so demo progress in other periods cannot interfere.
  const period = await db.prisma.reportingPeriod.create({
    data: {
      planId: plan.id,
      year: 2031,
      cutoffDate: new Date("2031-11-15T00:00:00Z"),
      agencyDeadline: new Date("2031-11-25T00:00:00Z"),
      reportDueDate: new Date("2031-12-05T00:00:00Z"),
    },
  });
  periodId = period.id;
  for (const t of await db.prisma.task.findMany({
    where: { planId: plan.id },
    select: { id: true, code: true },
  }))
    ids[t.code] = t.id;
  for (const o of await db.prisma.organization.findMany({ select: { id: true, code: true } }))
    ids[o.code] = o.id;
  actors.staff = await actorFor(db.prisma, "chuyenvien.stnmt@kiengiang.example");
  actors.approver = await actorFor(db.prisma, "lanhdao.stnmt@kiengiang.example");
  actors.otherStaff = await actorFor(db.prisma, "chuyenvien.skhdt@kiengiang.example");
  actors.compiler = await actorFor(db.prisma, "tonghop@kiengiang.example");
  actors.district = await actorFor(db.prisma, "chuyenvien.rachgia@kiengiang.example");
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("saving an update", () => {
  it("creates version 1, then each save based on the current version increments it", async () => {
    const first = await saveUpdate(db.prisma, actors.staff as SessionActor, input());
    expect(first).toMatchObject({ ok: true, update: { version: 1, percent: 40, status: "IN_PROGRESS" } });
    const second = await saveUpdate(
      db.prisma,
      actors.approver as SessionActor,
      input({ expectedVersion: 1, percent: 55 }),
    );
    expect(second).toMatchObject({
      ok: true,
      update: { version: 2, percent: 55, updatedByName: "Lê Minh Tài" },
    });
    if (!second.ok) throw new Error("unreachable");
    expect(second.update.citedDocuments).toEqual([
      {
        symbol: "Công văn số 123/STNMT-MT",
        issuedOn: "2031-03-05",
        issuer: "Sở TN&MT",
        summary: "Về việc cập nhật dữ liệu",
      },
    ]);
    const submission = await db.prisma.agencySubmission.findUniqueOrThrow({
      where: { periodId_organizationId: { periodId, organizationId: ids.STNMT as string } },
    });
    expect(submission.state).toBe("DRAFT");
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityType: "ProgressUpdate" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["update.create", "update.edit"]);
  });

  it("refuses a save based on an older version and returns what the other person saved", async () => {
    const stale = await saveUpdate(
      db.prisma,
      actors.staff as SessionActor,
      input({ expectedVersion: 1, results: "Nội dung cũ" }),
    );
    expect(stale).toMatchObject({ ok: false, conflict: { version: 2, percent: 55 } });
    const row = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: ids["II.4.a"] },
    });
    expect(row.results).toBe("Đã cập nhật cơ sở dữ liệu đất đai cho 8/15 huyện, thành phố.");
  });

  it("lets exactly one of many concurrent saves of one version win; no text is lost silently", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        saveUpdate(
          db.prisma,
          actors.staff as SessionActor,
          input({ expectedVersion: 2, results: `Phiên bản ${i}` }),
        ),
      ),
    );
    const winners = attempts.filter((a) => a.ok);
    expect(winners).toHaveLength(1);
    const row = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: ids["II.4.a"] },
    });
    expect(row.version).toBe(3);
    expect(winners[0]?.ok && winners[0].update.results).toBe(row.results);
  });

  it("sets percent from a completed status and requires nothing the schema did not check", async () => {
    const done = await saveUpdate(
      db.prisma,
      actors.staff as SessionActor,
      input({ taskId: ids["II.3"] as string, status: "COMPLETED", percent: 20, completedOn: "2031-10-01" }),
    );
    expect(done).toMatchObject({ ok: true, update: { percent: 100, completedOn: "2031-10-01" } });
  });

  it("records indicator values of the task's own indicators and refuses others", async () => {
    const indicator = await db.prisma.indicator.create({
      data: {
        taskId: ids["II.3"] as string,
        name: "Văn bản quy phạm được ban hành",
        unit: "văn bản",
        target: 5,
        targetYear: 2031,
      },
    });
    const withValue = await saveUpdate(
      db.prisma,
      actors.staff as SessionActor,
      input({
        taskId: ids["II.3"] as string,
        expectedVersion: 1,
        status: "IN_PROGRESS",
        percent: 60,
        indicatorValues: [{ indicatorId: indicator.id, value: 3, note: "" }],
      }),
    );
    expect(withValue).toMatchObject({
      ok: true,
      update: { indicatorValues: [{ indicatorId: indicator.id, value: 3 }] },
    });
    const foreign = await db.prisma.indicator.create({
      data: { taskId: ids["II.4.b"] as string, name: "Rừng trồng", unit: "ha" },
    });
    expect(
      await codeOf(
        saveUpdate(
          db.prisma,
          actors.staff as SessionActor,
          input({
            taskId: ids["II.3"] as string,
            expectedVersion: 2,
            indicatorValues: [{ indicatorId: foreign.id, value: 1, note: "" }],
          }),
        ),
      ),
    ).toBe("VALIDATION");
  });

  it("files a coordinator's contribution under its own agency", async () => {
    // II.4.a: Sở TN&MT leads; "các sở, ngành và địa phương" covers the city of Rạch Giá.
    const contribution = await saveUpdate(
      db.prisma,
      actors.district as SessionActor,
      input({
        organizationId: ids["UBND-RACHGIA"] as string,
        results: "Rạch Giá đã rà soát 12 điểm ô nhiễm.",
      }),
    );
    expect(contribution).toMatchObject({
      ok: true,
      update: { version: 1, organizationId: ids["UBND-RACHGIA"] },
    });
  });

  it("never lets one agency write another's update", async () => {
    expect(
      await codeOf(saveUpdate(db.prisma, actors.otherStaff as SessionActor, input({ expectedVersion: 3 }))),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(saveUpdate(db.prisma, actors.compiler as SessionActor, input({ expectedVersion: 3 }))),
    ).toBe("FORBIDDEN");
  });

  it("refuses an agency that is not assigned the task, and ids that do not belong together", async () => {
    // II.2.c names Ban Chỉ huy PCTT alone: Sở KH&ĐT has nothing to report on it.
    expect(
      await codeOf(
        saveUpdate(
          db.prisma,
          actors.otherStaff as SessionActor,
          input({ taskId: ids["II.2.c"] as string, organizationId: ids.SKHDT as string }),
        ),
      ),
    ).toBe("FORBIDDEN");
    const otherTaskItem = await db.prisma.actionItem.findFirstOrThrow({ where: { taskId: ids["II.4.b"] } });
    expect(
      await codeOf(
        saveUpdate(db.prisma, actors.staff as SessionActor, input({ actionItemId: otherTaskItem.id })),
      ),
    ).toBe("NOT_FOUND");
  });

  it("makes updates read-only once the agency has submitted", async () => {
    await db.prisma.agencySubmission.update({
      where: { periodId_organizationId: { periodId, organizationId: ids.STNMT as string } },
      data: { state: "SUBMITTED" },
    });
    expect(
      await codeOf(saveUpdate(db.prisma, actors.staff as SessionActor, input({ expectedVersion: 3 }))),
    ).toBe("FORBIDDEN");
    await db.prisma.agencySubmission.update({
      where: { periodId_organizationId: { periodId, organizationId: ids.STNMT as string } },
      data: { state: "RETURNED" },
    });
    expect(
      await saveUpdate(db.prisma, actors.staff as SessionActor, input({ expectedVersion: 3 })),
    ).toMatchObject({ ok: true });
  });

  it("sends a bounded number of statements, whatever the update holds", async () => {
    const counted = countingClient(db);
    try {
      const item = await db.prisma.actionItem.findFirstOrThrow({
        where: { taskId: ids["II.4.a"] },
        orderBy: { order: "desc" },
      });
      const save = (overrides: Partial<SaveUpdateInput>) =>
        statementsOf(counted, () =>
          saveUpdate(
            counted.prisma,
            actors.staff as SessionActor,
            input({ actionItemId: item.id, ...overrides }),
          ),
        );
      // Target (1), then BEGIN, lock, current, the write with its children and read-back, audit, COMMIT.
      const created = await save({ expectedVersion: 0 });
      expect(created.result.ok).toBe(true);
      expect(created.queries).toBeLessThanOrEqual(10);
      const textOnly = await save({ expectedVersion: 1, citedDocuments: [], results: "Chỉ sửa lời văn." });
      expect(textOnly.result.ok).toBe(true);
      // Two more to delete the cited document the previous version had (Prisma selects, then deletes), and
      // the read-back.
      expect(textOnly.queries).toBeLessThanOrEqual(10);
      // Only the update's own columns: target, BEGIN, lock, current, UPDATE … RETURNING, audit, COMMIT.
      const again = await save({ expectedVersion: 2, citedDocuments: [], results: "Sửa lần nữa." });
      expect(again.result.ok).toBe(true);
      expect(again.queries).toBeLessThanOrEqual(7);
    } finally {
      await counted.prisma.$disconnect();
    }
  });

  it("answers a save of the update's own columns with exactly what a fresh read shows", async () => {
    const key = { periodId, organizationId: ids.STNMT as string, taskId: ids["III.5"] as string };
    const first = await saveUpdate(
      db.prisma,
      actors.staff as SessionActor,
      input({ taskId: key.taskId, citedDocuments: [], results: "Bản đầu." }),
    );
    expect(first.ok).toBe(true);
    // Someone else saves next: the view must carry their name, not the previous saver's.
    const second = await saveUpdate(
      db.prisma,
      actors.approver as SessionActor,
      input({
        taskId: key.taskId,
        citedDocuments: [],
        expectedVersion: 1,
        status: "COMPLETED",
        results: "Xong.",
      }),
    );
    if (!second.ok) throw new Error("the second save conflicted");
    const fresh = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, organizationId: key.organizationId, taskId: key.taskId, actionItemId: null },
      select: savedUpdateSelect,
    });
    expect(second.update).toEqual(toUpdateView(fresh));
    expect(second.update.updatedByName).toBe(actors.approver?.name);
    expect(second.update.percent).toBe(100);
    expect(second.identity).toMatchObject({
      periodId: fresh.periodId,
      taskId: fresh.taskId,
      actionItemId: null,
      organizationId: fresh.organizationId,
      task: fresh.task,
      actionItem: null,
      organization: fresh.organization,
    });
  });
});

describe("an answer carried forward from the last period", () => {
  it("shows where it came from until the agency saves it, unchanged or not, with the results' scope", async () => {
    const task = await db.prisma.task.findFirstOrThrow({
      where: {
        planId: (await db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } })).planId,
        leadOrganizationId: ids.STNMT as string,
        code: { not: "II.4.a" },
      },
      select: { id: true },
      orderBy: { order: "asc" },
    });
    // Any earlier answer of the agency stands in for its last accepted one (carry-forward.ts copies it).
    const source = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { organizationId: ids.STNMT as string, periodId: { not: periodId } },
      select: { id: true, period: { select: { year: true } } },
    });
    const staff = actors.staff as SessionActor;
    await db.prisma.progressUpdate.create({
      data: {
        periodId,
        taskId: task.id,
        organizationId: ids.STNMT as string,
        status: "IN_PROGRESS",
        percent: 30,
        results: "Nội dung kỳ trước.",
        carriedFromId: source.id,
        authorId: staff.userId,
        updatedById: staff.userId,
      },
    });
    const carried = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: task.id, organizationId: ids.STNMT as string },
      select: savedUpdateSelect,
    });
    expect(toUpdateView(carried)).toMatchObject({
      carriedFrom: `năm ${source.period.year}`,
      resultScope: "PERIOD",
    });

    // Kept as it is ("Giữ nguyên cho kỳ này"), saying the results are cumulative.
    const kept = await saveUpdate(
      db.prisma,
      staff,
      input({
        taskId: task.id,
        expectedVersion: 1,
        percent: 30,
        results: "Nội dung kỳ trước.",
        resultScope: "CUMULATIVE",
        citedDocuments: [],
      }),
    );
    expect(kept).toMatchObject({
      ok: true,
      update: { version: 2, carriedFrom: null, resultScope: "CUMULATIVE" },
    });
    const row = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: task.id, organizationId: ids.STNMT as string },
      select: { carriedFromId: true, resultScope: true },
    });
    expect(row).toEqual({ carriedFromId: null, resultScope: "CUMULATIVE" });
  });
});
