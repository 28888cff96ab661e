import type { Actor } from "@plan-tracker/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAgencySubmission } from "@/features/submissions/data";
import { submitAgencyReport } from "@/features/submissions/submit-agency-report";
import {
  createWorld,
  destroyWorld,
  refusal,
  tasksOf,
  type World,
  writeUpdate,
} from "@/features/submissions/testing";
import { listPeriodSubmissions, loadSubmissionForReview } from "./data";
import { reviewSubmission } from "./review-submission";
import { returnSubmissionSchema } from "./schema";

let world: World;
let stnmt: string;
let updateId: string;

async function submit(actor: Actor) {
  const view = await loadAgencySubmission(world.db.prisma, actor, world.periodId, stnmt);
  return submitAgencyReport(world.db.prisma, actor, {
    periodId: world.periodId,
    organizationId: stnmt,
    coverSummary: view.submission?.coverSummary ?? "",
    coverBase: view.coverBase,
    reviewedDigest: view.reviewedDigest,
  });
}

const REASON = "Đề nghị bổ sung số liệu quan trắc môi trường năm 2032 và văn bản kèm theo.";
const returnInput = (sequence: number, reason = REASON) => ({
  periodId: world.periodId,
  organizationId: stnmt,
  sequence,
  reason,
});

beforeAll(async () => {
  world = await createWorld("pt_review");
  stnmt = world.org.STNMT as string;
  const [task] = await tasksOf(world, "STNMT");
  if (!task) throw new Error("STNMT should report on a task");
  updateId = await writeUpdate(world, { orgCode: "STNMT", taskId: task.id, author: world.actors.staff });
  const [other] = await tasksOf(world, "SKHDT");
  await writeUpdate(world, {
    orgCode: "SKHDT",
    taskId: other?.id as string,
    author: world.actors.otherStaff,
  });
  await submit(world.actors.approver);
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("the compiler's list", () => {
  it("shows every agency expected to report, with its report's state; drafts are not readable", async () => {
    const view = await listPeriodSubmissions(world.db.prisma, world.actors.compiler, world.periodId);
    const byCode = new Map(view.rows.map((r) => [r.organization.code, r]));
    expect(byCode.get("STNMT")).toMatchObject({ state: "SUBMITTED", readable: true });
    expect(byCode.get("STNMT")?.leads).toBeGreaterThan(0);
    expect(byCode.get("STNMT")?.submittedAt).toBeInstanceOf(Date);
    expect(byCode.get("SKHDT")).toMatchObject({ state: "DRAFT", readable: false });
    expect(byCode.get("SKHDT")?.lastActivityAt).toBeInstanceOf(Date);
    // Agencies that have not begun are listed too, so the compiler sees who is missing.
    expect(view.rows.some((r) => r.state === null)).toBe(true);
    expect(view.counts.SUBMITTED).toBe(1);
    expect(view.counts.total).toBe(view.rows.length);
    // Awaiting review first.
    expect(view.rows[0]?.organization.code).toBe("STNMT");
  });

  it("is for those who watch the plan, not for agencies", async () => {
    for (const actor of [world.actors.staff, world.actors.otherApprover, world.actors.viewer]) {
      expect((await refusal(listPeriodSubmissions(world.db.prisma, actor, world.periodId))).code).toBe(
        "FORBIDDEN",
      );
    }
    await expect(
      listPeriodSubmissions(world.db.prisma, world.actors.leader, world.periodId),
    ).resolves.toBeTruthy();
  });
});

describe("returning", () => {
  it("requires a reason of 10 to 2000 characters", () => {
    const issues = (reason: unknown) =>
      returnSubmissionSchema.safeParse({ ...returnInput(1), reason }).error?.issues.map((i) => i.message)[0];
    expect(issues(undefined)).toBe("reasonRequired");
    expect(issues("   ")).toBe("reasonRequired");
    expect(issues("Thiếu.")).toBe("reasonTooShort");
    expect(issues("x".repeat(2001))).toBe("reasonTooLong");
    expect(returnSubmissionSchema.safeParse(returnInput(1, `  ${"ệ".repeat(2000)}  `)).success).toBe(true);
  });

  it("refuses anyone but the focal agency's compiler (FORBIDDEN)", async () => {
    for (const actor of [
      world.actors.otherStaff,
      world.actors.otherApprover,
      world.actors.approver,
      world.actors.leader,
    ]) {
      const input = returnSubmissionSchema.parse(returnInput(1));
      expect(
        (await refusal(reviewSubmission(world.db.prisma, actor, { decision: "return", input }))).code,
      ).toBe("FORBIDDEN");
      expect(
        (
          await refusal(
            reviewSubmission(world.db.prisma, actor, { decision: "accept", input: returnInput(1) }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
  });

  it("returns with the reason, audits it and tells the agency's approvers and staff", async () => {
    const input = returnSubmissionSchema.parse(returnInput(1));
    const result = await reviewSubmission(world.db.prisma, world.actors.compiler, {
      decision: "return",
      input,
    });
    expect(result).toMatchObject({ state: "RETURNED", sequence: 1 });
    const row = await world.db.prisma.agencySubmission.findUniqueOrThrow({
      where: { id: result.submissionId },
    });
    expect(row).toMatchObject({
      state: "RETURNED",
      returnReason: REASON,
      reviewedById: world.actors.compiler.userId,
    });

    const event = await world.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: result.submissionId, action: "submission.return" },
    });
    expect(event).toMatchObject({
      actorId: world.actors.compiler.userId,
      before: { state: "SUBMITTED" },
      after: { state: "RETURNED", sequence: 1, returnReason: REASON },
    });
    const told = await world.db.prisma.notification.findMany({
      where: { kind: "submission.returned", link: { contains: world.periodId } },
      select: { userId: true, body: true, link: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [world.actors.approver.userId, world.actors.staff.userId].sort(),
    );
    expect(told[0]?.body).toContain(REASON);
    expect(told[0]?.link).toBe(`/periods/${world.periodId}/submission?org=${stnmt}`);
  });

  it("shows the agency the reason, lets it revise, and keeps the returned snapshot readable by the compiler", async () => {
    const agency = await loadAgencySubmission(world.db.prisma, world.actors.staff, world.periodId, stnmt);
    expect(agency.state).toBe("RETURNED");
    expect(agency.submission?.returnReason).toBe(REASON);
    expect(agency.canEdit).toBe(true);
    expect(agency.showingSnapshot).toBeNull();
    const compiler = await loadSubmissionForReview(
      world.db.prisma,
      world.actors.compiler,
      world.periodId,
      stnmt,
    );
    expect(compiler.shown?.summary.sequence).toBe(1);
    expect(compiler.canReview).toBe(false);
  });

  it("refuses a second decision on a returned report", async () => {
    const input = returnSubmissionSchema.parse(returnInput(1));
    expect(
      await refusal(reviewSubmission(world.db.prisma, world.actors.compiler, { decision: "return", input })),
    ).toEqual({
      code: "CONFLICT",
      reason: "notAwaitingReview",
    });
  });
});

describe("resubmitting and accepting", () => {
  it("resubmits after a revision as snapshot 2, clearing the return", async () => {
    await world.db.prisma.progressUpdate.update({
      where: { id: updateId },
      data: { results: "Đã bổ sung số liệu quan trắc năm 2032.", version: { increment: 1 } },
    });
    const result = await submit(world.actors.approver);
    expect(result).toMatchObject({ status: "submitted", sequence: 2 });
    const row = await world.db.prisma.agencySubmission.findUniqueOrThrow({
      where: { id: result.submissionId },
      include: { snapshots: { orderBy: { sequence: "asc" } } },
    });
    expect(row).toMatchObject({ state: "SUBMITTED", returnReason: null, reviewedById: null });
    expect(row.snapshots.map((s) => s.sequence)).toEqual([1, 2]);
    expect(row.snapshots[0]?.sha256).not.toBe(row.snapshots[1]?.sha256);
    const told = await world.db.prisma.notification.findFirstOrThrow({
      where: {
        userId: world.actors.compiler.userId,
        kind: "submission.submitted",
        link: { contains: world.periodId },
      },
      orderBy: { createdAt: "desc" },
    });
    expect(told.title).toContain("(lần 2)");
  });

  it("refuses to accept a snapshot other than the latest", async () => {
    expect(
      await refusal(
        reviewSubmission(world.db.prisma, world.actors.compiler, {
          decision: "accept",
          input: returnInput(1),
        }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "newerSnapshot" });
  });

  it("accepts, and the timeline tells the whole story", async () => {
    const result = await reviewSubmission(world.db.prisma, world.actors.compiler, {
      decision: "accept",
      input: { periodId: world.periodId, organizationId: stnmt, sequence: 2 },
    });
    expect(result.state).toBe("ACCEPTED");
    const view = await loadSubmissionForReview(world.db.prisma, world.actors.compiler, world.periodId, stnmt);
    expect(view.submission.state).toBe("ACCEPTED");
    expect(view.canReview).toBe(false);
    expect(view.timeline.map((e) => [e.kind, e.sequence, e.actorName])).toEqual([
      ["SUBMITTED", 1, world.actors.approver.name],
      ["RETURNED", 1, world.actors.compiler.name],
      ["SUBMITTED", 2, world.actors.approver.name],
      ["ACCEPTED", 2, world.actors.compiler.name],
    ]);
    expect(view.timeline[1]?.reason).toBe(REASON);
    const older = await loadSubmissionForReview(
      world.db.prisma,
      world.actors.compiler,
      world.periodId,
      stnmt,
      1,
    );
    expect(older.shown).toMatchObject({ latest: false, intact: true, summary: { sequence: 1 } });
    const told = await world.db.prisma.notification.count({
      where: { kind: "submission.accepted", link: { contains: world.periodId } },
    });
    expect(told).toBe(2);
  });

  it("refuses a second acceptance, and the agency cannot submit or edit any more", async () => {
    expect(
      await refusal(
        reviewSubmission(world.db.prisma, world.actors.compiler, {
          decision: "accept",
          input: { periodId: world.periodId, organizationId: stnmt, sequence: 2 },
        }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "notAwaitingReview" });
    const agency = await loadAgencySubmission(world.db.prisma, world.actors.approver, world.periodId, stnmt);
    expect(agency).toMatchObject({ state: "ACCEPTED", canEdit: false, canSubmit: false });
  });
});

describe("one agency never reads another's report", () => {
  it("refuses another agency's staff the sent report, every version", async () => {
    for (const sequence of [undefined, 1, 2]) {
      expect(
        (
          await refusal(
            loadSubmissionForReview(
              world.db.prisma,
              world.actors.otherStaff,
              world.periodId,
              stnmt,
              sequence,
            ),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
  });

  it("refuses the compiler an agency's draft", async () => {
    expect(
      (
        await refusal(
          loadSubmissionForReview(
            world.db.prisma,
            world.actors.compiler,
            world.periodId,
            world.org.SKHDT as string,
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await refusal(
          reviewSubmission(world.db.prisma, world.actors.compiler, {
            decision: "accept",
            input: { periodId: world.periodId, organizationId: world.org.SKHDT as string, sequence: 1 },
          }),
        )
      ).reason,
    ).toBe("notAwaitingReview");
  });
});
