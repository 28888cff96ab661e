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
import { remindAgencies } from "./remind";

let world: World;

beforeAll(async () => {
  world = await createWorld("pt_remind");
  // Sở TN&MT sends its report; every other expected agency has not.
  const stnmt = world.org.STNMT as string;
  const [task] = await tasksOf(world, "STNMT");
  await writeUpdate(world, { orgCode: "STNMT", taskId: task?.id as string, author: world.actors.staff });
  const view = await loadAgencySubmission(world.db.prisma, world.actors.approver, world.periodId, stnmt);
  await submitAgencyReport(world.db.prisma, world.actors.approver, {
    periodId: world.periodId,
    organizationId: stnmt,
    coverSummary: "",
    coverBase: view.coverBase,
    reviewedDigest: view.reviewedDigest,
  });
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("reminding agencies", () => {
  const now = new Date("2032-11-26T02:00:00Z"); // the day after the agency deadline

  it("is the focal agency's compilers' to do", async () => {
    for (const actor of [world.actors.staff, world.actors.leader, world.actors.otherApprover]) {
      expect(
        await refusal(
          remindAgencies(world.db.prisma, actor, { periodId: world.periodId, organizationId: null }),
        ),
      ).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("reminds one agency's approvers and staff in the app and by email, once a day", async () => {
    const skhdt = world.org.SKHDT as string;
    const first = await remindAgencies(
      world.db.prisma,
      world.actors.compiler,
      { periodId: world.periodId, organizationId: skhdt },
      { now },
    );
    expect(first.reminded).toEqual(["Sở Kế hoạch và Đầu tư"]);
    const members = await world.db.prisma.membership.findMany({
      where: { organizationId: skhdt, role: { in: ["APPROVER", "STAFF"] } },
      select: { user: { select: { id: true, email: true } } },
    });
    expect(first.notifications).toBe(members.length);
    expect(first.emails).toBe(members.length);
    const emails = await world.db.prisma.outboxEmail.findMany({
      where: { dedupeKey: { startsWith: "nudge:" } },
    });
    expect(emails.map((e) => e.to).sort()).toEqual(members.map((m) => m.user.email).sort());
    expect(emails[0]?.subject).toContain("[Quá hạn]");
    expect(emails[0]?.text).toContain("Sở Kế hoạch và Đầu tư");
    const notes = await world.db.prisma.notification.findMany({ where: { kind: "reminder.agency" } });
    expect(notes.every((n) => n.link === `/periods/${world.periodId}/submission?org=${skhdt}`)).toBe(true);

    const again = await remindAgencies(
      world.db.prisma,
      world.actors.compiler,
      { periodId: world.periodId, organizationId: skhdt },
      { now },
    );
    expect(again).toMatchObject({
      reminded: [],
      alreadyToday: ["Sở Kế hoạch và Đầu tư"],
      notifications: 0,
      emails: 0,
    });
  });

  it("reminds every agency not sent, never one that has sent, and records who did it", async () => {
    const all = await remindAgencies(
      world.db.prisma,
      world.actors.compiler,
      { periodId: world.periodId, organizationId: null },
      { now },
    );
    expect(all.reminded).not.toContain("Sở Tài nguyên và Môi trường");
    expect(all.alreadyToday).toEqual(["Sở Kế hoạch và Đầu tư"]);
    expect(
      await refusal(
        remindAgencies(
          world.db.prisma,
          world.actors.compiler,
          { periodId: world.periodId, organizationId: world.org.STNMT as string },
          { now },
        ),
      ),
    ).toEqual({ code: "CONFLICT", reason: "nothingToRemind" });
    const audit = await world.db.prisma.auditEvent.findMany({ where: { action: "submission.remind" } });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actorId === world.actors.compiler.userId)).toBe(true);
  });
});
