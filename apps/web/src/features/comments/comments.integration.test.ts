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
import { createComment } from "./create-comment";
import { listComments } from "./data";
import { createCommentSchema } from "./schema";

let world: World;
let stnmtUpdate: string;
let skhdtUpdate: string;
let stnmtSubmission: string;
let taskId: string;

const comment = (kind: "update" | "submission" | "task", id: string, body: string) =>
  createCommentSchema.parse({ targetKind: kind, targetId: id, body });

/** Notifications of comments in this test's period (or on the task), per user. */
async function toldAbout(user: Actor, linkPart: string) {
  return world.db.prisma.notification.findMany({
    where: { userId: user.userId, kind: "comment.created", link: { contains: linkPart } },
    orderBy: { createdAt: "asc" },
  });
}

beforeAll(async () => {
  world = await createWorld("pt_comments");
  const [task] = await tasksOf(world, "STNMT");
  taskId = task?.id as string;
  stnmtUpdate = await writeUpdate(world, { orgCode: "STNMT", taskId, author: world.actors.staff });
  const [other] = await tasksOf(world, "SKHDT");
  skhdtUpdate = await writeUpdate(world, {
    orgCode: "SKHDT",
    taskId: other?.id as string,
    author: world.actors.otherStaff,
  });
  const stnmt = world.org.STNMT as string;
  const view = await loadAgencySubmission(world.db.prisma, world.actors.approver, world.periodId, stnmt);
  const sent = await submitAgencyReport(world.db.prisma, world.actors.approver, {
    periodId: world.periodId,
    organizationId: stnmt,
    coverSummary: "",
    coverBase: view.coverBase,
    reviewedDigest: view.reviewedDigest,
  });
  stnmtSubmission = sent.submissionId;
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("validation", () => {
  it("takes 1 to 5000 characters, trimmed, on a known kind of target", () => {
    const issues = (input: unknown) =>
      createCommentSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ targetKind: "update", targetId: "abc", body: "   " })).toEqual(["bodyRequired"]);
    expect(issues({ targetKind: "update", targetId: "abc", body: "x".repeat(5001) })).toEqual([
      "bodyTooLong",
    ]);
    expect(issues({ targetKind: "plan", targetId: "abc", body: "Hỏi" })).toEqual(["targetInvalid"]);
    expect(issues({ targetKind: "task", targetId: "a b", body: "Hỏi" })).toEqual(["invalidId"]);
    expect(createCommentSchema.parse({ targetKind: "task", targetId: "abc", body: "  Hỏi  " })).toEqual({
      target: { taskId: "abc" },
      body: "Hỏi",
    });
  });
});

describe("on a submitted report", () => {
  it("the compiler asks: saved, audited, and the agency's approvers and staff are told", async () => {
    const created = await createComment(
      world.db.prisma,
      world.actors.compiler,
      comment("submission", stnmtSubmission, "Đề nghị làm rõ số liệu tại nhiệm vụ II.4.a."),
      { ip: "203.0.113.5" },
    );
    expect(created.notified).toBe(2);
    const event = await world.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Comment", entityId: created.id },
    });
    expect(event).toMatchObject({
      action: "comment.create",
      actorId: world.actors.compiler.userId,
      after: { submissionId: stnmtSubmission, body: "Đề nghị làm rõ số liệu tại nhiệm vụ II.4.a." },
    });
    const toStaff = await toldAbout(world.actors.staff, world.periodId);
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]?.link).toBe(`/periods/${world.periodId}/submission?org=${world.org.STNMT}#comments`);
    expect(toStaff[0]?.title).toContain(world.actors.compiler.name);
    expect(await toldAbout(world.actors.compiler, world.periodId)).toHaveLength(0);
  });

  it("the agency answers: the focal agency's compilers are told", async () => {
    const created = await createComment(
      world.db.prisma,
      world.actors.approver,
      comment("submission", stnmtSubmission, "Số liệu đã được cập nhật theo Công văn số 123/STNMT-MT."),
    );
    const toCompiler = await toldAbout(world.actors.compiler, world.periodId);
    expect(toCompiler).toHaveLength(1);
    expect(toCompiler[0]?.link).toBe(`/periods/${world.periodId}/submissions/${world.org.STNMT}#comments`);
    // The staff member is told too: the compiler's question was to the agency, and the answer is the agency's.
    expect(created.notified).toBeGreaterThanOrEqual(1);
  });

  it("lists the thread oldest first, attributed, for those who may read it", async () => {
    const thread = await listComments(world.db.prisma, world.actors.staff, { submissionId: stnmtSubmission });
    expect(thread.canComment).toBe(true);
    expect(thread.comments.map((c) => [c.author.name, c.fromAgency])).toEqual([
      [world.actors.compiler.name, false],
      [world.actors.approver.name, true],
    ]);
    expect(thread.comments[0]?.authorOrganization).toBeTruthy();
  });

  it("refuses another agency: no comment, no reading (FORBIDDEN)", async () => {
    for (const actor of [world.actors.otherStaff, world.actors.otherApprover]) {
      expect(
        (
          await refusal(
            createComment(world.db.prisma, actor, comment("submission", stnmtSubmission, "Xem trộm?")),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect(
        (await refusal(listComments(world.db.prisma, actor, { submissionId: stnmtSubmission }))).code,
      ).toBe("FORBIDDEN");
    }
  });

  it("lets a viewer of the province neither comment nor read an unaccepted report", async () => {
    expect(
      (
        await refusal(
          createComment(world.db.prisma, world.actors.viewer, comment("submission", stnmtSubmission, "?")),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});

describe("on an update", () => {
  it("an agency's note on its own draft update tells nobody outside it (the compiler cannot read it)", async () => {
    const before = await toldAbout(world.actors.compiler, world.periodId);
    const created = await createComment(
      world.db.prisma,
      world.actors.otherApprover,
      comment("update", skhdtUpdate, "Bổ sung kết quả quý IV trước khi gửi."),
    );
    expect(created.notified).toBe(0);
    expect(await toldAbout(world.actors.compiler, world.periodId)).toHaveLength(before.length);
    // The compiler can neither read nor comment on the draft.
    expect(
      (await refusal(listComments(world.db.prisma, world.actors.compiler, { updateId: skhdtUpdate }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await refusal(
          createComment(world.db.prisma, world.actors.compiler, comment("update", skhdtUpdate, "?")),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // Nor the other agency.
    expect(
      (await refusal(createComment(world.db.prisma, world.actors.staff, comment("update", skhdtUpdate, "?"))))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("the compiler's question on a submitted update reaches the agency, linked to the update page", async () => {
    await createComment(
      world.db.prisma,
      world.actors.compiler,
      comment("update", stnmtUpdate, "Tỷ lệ 40% tính trên cơ sở nào?"),
    );
    const [told] = await world.db.prisma.notification.findMany({
      where: {
        userId: world.actors.staff.userId,
        kind: "comment.created",
        link: { contains: `/tasks/${taskId}` },
      },
    });
    expect(told?.link).toBe(`/periods/${world.periodId}/tasks/${taskId}?org=${world.org.STNMT}#comments`);
  });

  it("answers NOT_FOUND for an unknown target", async () => {
    expect(
      (await refusal(createComment(world.db.prisma, world.actors.staff, comment("update", "nope123", "?"))))
        .code,
    ).toBe("NOT_FOUND");
  });
});

describe("on a task", () => {
  it("any member but a viewer comments; the focal agency hears from the lead agency", async () => {
    const created = await createComment(
      world.db.prisma,
      world.actors.staff,
      comment("task", taskId, "Đề nghị điều chỉnh thời hạn nhiệm vụ."),
    );
    expect(created.id).toBeTruthy();
    expect(
      (await refusal(createComment(world.db.prisma, world.actors.viewer, comment("task", taskId, "Xem"))))
        .code,
    ).toBe("FORBIDDEN");
    const thread = await listComments(world.db.prisma, world.actors.viewer, { taskId });
    expect(thread.canComment).toBe(false);
    expect(thread.comments).toHaveLength(1);
  });
});
