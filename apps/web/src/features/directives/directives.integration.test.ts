import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, destroyWorld, refusal, type World } from "@/features/submissions/testing";
import { answerDirective, closeDirective } from "./answer-directive";
import { createDirective } from "./create-directive";
import { directivesOfTask, openDirectivesOf } from "./data";
import { createDirectiveSchema } from "./schema";

let world: World;
let taskId: string;
let stnmt: string;
const ctx = { ip: "127.0.0.1", userAgent: "vitest" };
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  world = await createWorld("pt_directives");
  stnmt = world.org.STNMT as string;
  const task = await world.db.prisma.task.findFirstOrThrow({
    where: { planId: world.planId, leadOrganizationId: stnmt },
    select: { id: true },
  });
  taskId = task.id;
});

afterAll(async () => {
  await destroyWorld(world);
});

const input = (over: Record<string, unknown> = {}) =>
  createDirectiveSchema.parse({
    planId: world.planId,
    taskId,
    body: "Đề nghị Sở TN&MT báo cáo tiến độ quan trắc trước ngày 15/12.",
    dueDate: "2026-12-15",
    ...over,
  });

describe("directives", () => {
  it("only a leader writes one; it goes to the task's lead, whose approvers and staff are notified", async () => {
    expect(
      (await refusal(createDirective(world.db.prisma, world.actors.compiler, input(), ctx, now))).code,
    ).toBe("FORBIDDEN");
    const { id } = await createDirective(world.db.prisma, world.actors.leader, input(), ctx, now);
    const row = await world.db.prisma.directive.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      organizationId: stnmt,
      taskId,
      state: "OPEN",
      authorId: world.actors.leader.userId,
    });
    const notified = await world.db.prisma.notification.findMany({
      where: { kind: "directive.created" },
      select: { userId: true },
    });
    const ids = notified.map((n) => n.userId);
    expect(ids).toContain(world.actors.staff.userId);
    expect(ids).toContain(world.actors.approver.userId);
    expect(ids).not.toContain(world.actors.otherStaff.userId);
    expect(
      await world.db.prisma.auditEvent.count({ where: { action: "directive.create", entityId: id } }),
    ).toBe(1);
    expect((await openDirectivesOf(world.db.prisma, [stnmt])).map((d) => d.id)).toContain(id);
  });

  it("refuses a due date in the past and a task of another plan", async () => {
    expect(
      (
        await refusal(
          createDirective(world.db.prisma, world.actors.leader, input({ dueDate: "2026-01-01" }), ctx, now),
        )
      ).code,
    ).toBe("VALIDATION");
    expect(
      (
        await refusal(
          createDirective(world.db.prisma, world.actors.leader, input({ taskId: "nope" }), ctx, now),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(createDirectiveSchema.safeParse({ planId: world.planId, body: "Nội dung đủ dài" }).success).toBe(
      false,
    );
  });

  it("the agency answers once, another agency cannot; a leader closes it and it leaves the agency's desk", async () => {
    const [directive] = await directivesOfTask(world.db.prisma, taskId);
    if (!directive) throw new Error("no directive");
    const answer = { directiveId: directive.id, response: "Sở đã giao Trung tâm Quan trắc thực hiện." };
    expect((await refusal(answerDirective(world.db.prisma, world.actors.otherStaff, answer, ctx))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(answerDirective(world.db.prisma, world.actors.leader, answer, ctx))).code).toBe(
      "FORBIDDEN",
    );
    await answerDirective(world.db.prisma, world.actors.staff, answer, ctx);
    expect((await refusal(answerDirective(world.db.prisma, world.actors.approver, answer, ctx))).code).toBe(
      "CONFLICT",
    );
    const answered = await world.db.prisma.directive.findUniqueOrThrow({ where: { id: directive.id } });
    expect(answered).toMatchObject({ state: "ANSWERED", respondedById: world.actors.staff.userId });
    expect(
      await world.db.prisma.notification.count({
        where: { kind: "directive.answered", userId: world.actors.leader.userId },
      }),
    ).toBe(1);

    expect((await refusal(closeDirective(world.db.prisma, world.actors.staff, directive.id, ctx))).code).toBe(
      "FORBIDDEN",
    );
    await closeDirective(world.db.prisma, world.actors.leader, directive.id, ctx);
    expect(
      (await refusal(closeDirective(world.db.prisma, world.actors.leader, directive.id, ctx))).code,
    ).toBe("CONFLICT");
    expect((await openDirectivesOf(world.db.prisma, [stnmt])).map((d) => d.id)).not.toContain(directive.id);
    expect(
      await world.db.prisma.auditEvent.count({
        where: { entityId: directive.id, action: { in: ["directive.answer", "directive.close"] } },
      }),
    ).toBe(2);
  });
});
