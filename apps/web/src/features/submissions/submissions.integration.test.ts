import { type Actor, userSearchKey } from "@plan-tracker/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSubmissionForReview } from "@/features/submission-review/data";
import { actorFor } from "@/testing/integration";
import { loadAgencySubmission } from "./data";
import { saveCoverSummary } from "./save-cover-summary";
import { asSubmissionContent, contentChecksum, coverDigest, verifySnapshot } from "./snapshot";
import { submitAgencyReport } from "./submit-agency-report";
import { createWorld, destroyWorld, refusal, tasksOf, type World, writeUpdate } from "./testing";

let world: World;
let stnmtTasks: Awaited<ReturnType<typeof tasksOf>>;
let firstUpdateId: string;

/** Snapshots of STNMT in the test's own period (the demo seed has others). */
const inPeriod = () => ({ submission: { periodId: world.periodId, organizationId: world.org.STNMT } });
const snapshotCount = () => world.db.prisma.submissionSnapshot.count({ where: inPeriod() });

/** The submit form as the approver's page would fill it. */
async function submitForm(actor: Actor, orgCode: string, coverSummary?: string) {
  const view = await loadAgencySubmission(
    world.db.prisma,
    actor,
    world.periodId,
    world.org[orgCode] as string,
  );
  return {
    periodId: world.periodId,
    organizationId: world.org[orgCode] as string,
    coverSummary: coverSummary ?? view.submission?.coverSummary ?? "",
    coverBase: view.coverBase,
    reviewedDigest: view.reviewedDigest,
  };
}

beforeAll(async () => {
  world = await createWorld("pt_submissions");
  stnmtTasks = await tasksOf(world, "STNMT");
  const [first, second] = stnmtTasks;
  if (!first || !second) throw new Error("STNMT should report on at least two tasks");
  firstUpdateId = await writeUpdate(world, {
    orgCode: "STNMT",
    taskId: first.id,
    author: world.actors.staff,
    withEvidence: true,
  });
  await writeUpdate(world, { orgCode: "STNMT", taskId: second.id, author: world.actors.staff });
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("the agency's report page", () => {
  it("lists the agency's updates and flags the expected tasks without one", async () => {
    const view = await loadAgencySubmission(
      world.db.prisma,
      world.actors.staff,
      world.periodId,
      world.org.STNMT as string,
    );
    expect(view.state).toBe("DRAFT");
    expect(view.content.updates).toHaveLength(2);
    expect(view.content.missingTasks).toHaveLength(stnmtTasks.length - 2);
    expect(view.content.missingTasks.map((t) => t.taskId)).not.toContain(stnmtTasks[0]?.id);
    const first = view.content.updates.find((u) => u.id === firstUpdateId);
    expect(first).toMatchObject({
      updatedBy: { name: world.actors.staff.name },
      citedDocuments: [{ symbol: "Công văn số 123/STNMT-MT", issuedOn: "2032-03-05" }],
      indicatorValues: [{ value: "8.5", unit: "huyện", note: "ước" }],
      attachments: [{ fileName: "bien-ban.pdf", mimeType: "application/pdf", size: 12345 }],
    });
    // Staff write, but where the agency has an approver, only the approver submits.
    expect(view.agencyHasApprover).toBe(true);
    expect(view.canEdit).toBe(true);
    expect(view.canSubmit).toBe(false);
    const approverView = await loadAgencySubmission(
      world.db.prisma,
      world.actors.approver,
      world.periodId,
      world.org.STNMT as string,
    );
    expect(approverView.canSubmit).toBe(true);
  });

  it("saves the cover summary as a draft and refuses a save over someone else's change", async () => {
    const base = coverDigest("");
    const input = { periodId: world.periodId, organizationId: world.org.STNMT as string, coverBase: base };
    const saved = await saveCoverSummary(world.db.prisma, world.actors.staff, {
      ...input,
      coverSummary: "Năm 2032, Sở đã triển khai các nhiệm vụ được giao.",
    });
    expect(saved.changed).toBe(true);
    expect(saved.coverBase).toBe(coverDigest("Năm 2032, Sở đã triển khai các nhiệm vụ được giao."));
    // The approver's form was loaded before that save: the staff's text is not overwritten.
    expect(
      await refusal(
        saveCoverSummary(world.db.prisma, world.actors.approver, { ...input, coverSummary: "Bản khác." }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "coverChanged" });
    const events = await world.db.prisma.auditEvent.findMany({
      where: { entityType: "AgencySubmission", entityId: saved.submissionId, action: "submission.saveCover" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: world.actors.staff.userId, after: { state: "DRAFT" } });
  });
});

describe("submitting", () => {
  it("refuses the staff of an agency that has an approver", async () => {
    const form = await submitForm(world.actors.staff, "STNMT");
    expect(await refusal(submitAgencyReport(world.db.prisma, world.actors.staff, form))).toEqual({
      code: "FORBIDDEN",
      reason: undefined,
    });
  });

  it("refuses when an update changed since the approver's page was loaded", async () => {
    const form = await submitForm(world.actors.approver, "STNMT");
    await world.db.prisma.progressUpdate.update({
      where: { id: firstUpdateId },
      data: { results: "Đã cập nhật cơ sở dữ liệu đất đai cho 9/15 huyện.", version: { increment: 1 } },
    });
    expect(await refusal(submitAgencyReport(world.db.prisma, world.actors.approver, form))).toEqual({
      code: "CONFLICT",
      reason: "contentChanged",
    });
    expect(await snapshotCount()).toBe(0);
  });

  it("freezes an immutable, checksummed snapshot, records who and when, and tells the compilers", async () => {
    const form = await submitForm(
      world.actors.approver,
      "STNMT",
      "Tóm tắt: hoàn thành 2 nhiệm vụ trọng tâm.",
    );
    const before = Date.now();
    const result = await submitAgencyReport(world.db.prisma, world.actors.approver, form, {
      ip: "203.0.113.9",
      userAgent: "vitest",
    });
    expect(result).toMatchObject({ status: "submitted", sequence: 1 });

    const submission = await world.db.prisma.agencySubmission.findUniqueOrThrow({
      where: { id: result.submissionId },
      include: { snapshots: true },
    });
    expect(submission).toMatchObject({
      state: "SUBMITTED",
      coverSummary: "Tóm tắt: hoàn thành 2 nhiệm vụ trọng tâm.",
      submittedById: world.actors.approver.userId,
    });
    expect(submission.submittedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(submission.snapshots).toHaveLength(1);
    const snapshot = submission.snapshots[0];
    if (!snapshot) throw new Error("no snapshot");
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.sha256).toBe(result.sha256);
    // Read back from jsonb (keys reordered), the canonical JSON still gives the same checksum.
    expect(verifySnapshot(snapshot)).toBe(true);
    const content = asSubmissionContent(snapshot.content);
    expect(content.coverSummary).toBe("Tóm tắt: hoàn thành 2 nhiệm vụ trọng tâm.");
    expect(content.updates).toHaveLength(2);
    expect(content.updates.find((u) => u.id === firstUpdateId)?.results).toBe(
      "Đã cập nhật cơ sở dữ liệu đất đai cho 9/15 huyện.",
    );

    const events = await world.db.prisma.auditEvent.findMany({
      where: { entityType: "AgencySubmission", entityId: submission.id, action: "submission.submit" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: world.actors.approver.userId,
      actorOrgId: world.org.STNMT,
      ip: "203.0.113.9",
      before: { state: "DRAFT" },
      after: { state: "SUBMITTED", sequence: 1, sha256: snapshot.sha256, updates: 2 },
    });

    const toCompiler = await world.db.prisma.notification.findMany({
      where: {
        userId: world.actors.compiler.userId,
        kind: "submission.submitted",
        link: { contains: world.periodId },
      },
    });
    expect(toCompiler).toHaveLength(1);
    expect(toCompiler[0]?.title).toContain("Sở Tài nguyên và Môi trường");
    expect(toCompiler[0]?.link).toBe(`/periods/${world.periodId}/submissions/${world.org.STNMT}`);
  });

  it("keeps the snapshot as sent when live data changes afterwards, and locks the draft", async () => {
    const snapshot = await world.db.prisma.submissionSnapshot.findFirstOrThrow({ where: inPeriod() });
    await world.db.prisma.progressUpdate.update({
      where: { id: firstUpdateId },
      data: { results: "Sửa sau khi gửi" },
    });
    const again = await world.db.prisma.submissionSnapshot.findFirstOrThrow({ where: inPeriod() });
    expect(again.content).toEqual(snapshot.content);
    expect(contentChecksum(again.content)).toBe(snapshot.sha256);
    await world.db.prisma.progressUpdate.update({
      where: { id: firstUpdateId },
      data: { results: "Đã cập nhật cơ sở dữ liệu đất đai cho 9/15 huyện." },
    });

    expect(
      await refusal(
        saveCoverSummary(world.db.prisma, world.actors.staff, {
          periodId: world.periodId,
          organizationId: world.org.STNMT as string,
          coverSummary: "Sửa sau khi gửi",
          coverBase: coverDigest("Tóm tắt: hoàn thành 2 nhiệm vụ trọng tâm."),
        }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "notEditable" });

    // The page shows what was sent, read-only.
    const view = await loadAgencySubmission(
      world.db.prisma,
      world.actors.staff,
      world.periodId,
      world.org.STNMT as string,
    );
    expect(view.showingSnapshot).toEqual({ sequence: 1, intact: true });
    expect(view.canEdit).toBe(false);
    expect(view.timeline.map((e) => [e.kind, e.actorName, e.sequence])).toEqual([
      ["SUBMITTED", world.actors.approver.name, 1],
    ]);
  });

  it("answers a second submit of the same report without a new snapshot", async () => {
    const view = await loadAgencySubmission(
      world.db.prisma,
      world.actors.approver,
      world.periodId,
      world.org.STNMT as string,
    );
    const form = {
      periodId: world.periodId,
      organizationId: world.org.STNMT as string,
      coverSummary: view.content.coverSummary,
      coverBase: view.coverBase,
      reviewedDigest: view.reviewedDigest,
    };
    const result = await submitAgencyReport(world.db.prisma, world.actors.approver, form);
    expect(result).toMatchObject({ status: "unchanged", sequence: 1 });
    expect(await snapshotCount()).toBe(1);
    expect(
      await world.db.prisma.auditEvent.count({
        where: { action: "submission.submit", entityId: view.submission?.id },
      }),
    ).toBe(1);
    // Something else under the same name is refused with a reason.
    expect(
      await refusal(
        submitAgencyReport(world.db.prisma, world.actors.approver, { ...form, coverSummary: "Khác" }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "alreadySubmitted" });
  });

  it("refuses an agency with nothing to send", async () => {
    const approver = await actorFor(world.db.prisma, "lanhdao.snnptnt@kiengiang.example");
    const form = await submitForm(approver, "SNNPTNT");
    expect(await refusal(submitAgencyReport(world.db.prisma, approver, form))).toEqual({
      code: "CONFLICT",
      reason: "nothingToSubmit",
    });
    // The refused attempt left no trace: no row was created for it.
    expect(
      await world.db.prisma.agencySubmission.count({
        where: { periodId: world.periodId, organizationId: world.org.SNNPTNT },
      }),
    ).toBe(0);
  });

  it("lets staff submit where the agency has no approver", async () => {
    const user = await world.db.prisma.user.create({
      data: {
        email: "chuyenvien.sxd@kiengiang.example",
        name: "Cao Văn Dựng",
        searchKey: userSearchKey({ email: "chuyenvien.sxd@kiengiang.example", name: "Cao Văn Dựng" }),
        memberships: { create: { organizationId: world.org.SXD as string, role: "STAFF" } },
      },
    });
    const staff = await actorFor(world.db.prisma, user.email);
    const [task] = await tasksOf(world, "SXD");
    if (!task) throw new Error("SXD should report on a task");
    await writeUpdate(world, { orgCode: "SXD", taskId: task.id, author: staff });
    const view = await loadAgencySubmission(world.db.prisma, staff, world.periodId, world.org.SXD as string);
    expect(view.agencyHasApprover).toBe(false);
    expect(view.canSubmit).toBe(true);
    const result = await submitAgencyReport(world.db.prisma, staff, await submitForm(staff, "SXD"));
    expect(result).toMatchObject({ status: "submitted", sequence: 1 });
  });
});

describe("one agency never touches another's report", () => {
  it("refuses another agency's staff and approver every action and every read (FORBIDDEN)", async () => {
    await writeUpdate(world, {
      orgCode: "SKHDT",
      taskId: (await tasksOf(world, "SKHDT"))[0]?.id as string,
      author: world.actors.otherStaff,
    });
    const stnmt = world.org.STNMT as string;
    for (const outsider of [world.actors.otherStaff, world.actors.otherApprover]) {
      const form = {
        periodId: world.periodId,
        organizationId: stnmt,
        coverSummary: "x",
        coverBase: coverDigest(""),
        reviewedDigest: "0".repeat(64),
      };
      expect((await refusal(submitAgencyReport(world.db.prisma, outsider, form))).code).toBe("FORBIDDEN");
      expect((await refusal(saveCoverSummary(world.db.prisma, outsider, form))).code).toBe("FORBIDDEN");
      expect(
        (await refusal(loadAgencySubmission(world.db.prisma, outsider, world.periodId, stnmt))).code,
      ).toBe("FORBIDDEN");
      // Not even the snapshot that was sent.
      expect(
        (await refusal(loadSubmissionForReview(world.db.prisma, outsider, world.periodId, stnmt))).code,
      ).toBe("FORBIDDEN");
    }
  });

  it("keeps a draft from the compiler, who reads only what was sent", async () => {
    const skhdt = world.org.SKHDT as string;
    expect(
      (await refusal(loadSubmissionForReview(world.db.prisma, world.actors.compiler, world.periodId, skhdt)))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusal(loadAgencySubmission(world.db.prisma, world.actors.compiler, world.periodId, skhdt)))
        .code,
    ).toBe("FORBIDDEN");
    const sent = await loadSubmissionForReview(
      world.db.prisma,
      world.actors.compiler,
      world.periodId,
      world.org.STNMT as string,
    );
    expect(sent.shown?.intact).toBe(true);
    expect(sent.canReview).toBe(true);
  });
});
