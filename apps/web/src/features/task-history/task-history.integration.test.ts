import { percentForStatus } from "@plan-tracker/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, destroyWorld, tasksOf, type World, writeUpdate } from "@/features/submissions/testing";
import { countingClient } from "@/server/query-count";
import { type HistoryTask, loadTaskHistory } from "./data";
import { loadTaskProgress } from "./progress";

let world: World;
let task: HistoryTask;
let draftId: string;

beforeAll(async () => {
  world = await createWorld("pt_history");
  const [first] = await tasksOf(world, "STNMT");
  if (!first) throw new Error("STNMT reports on no task");
  const row = await world.db.prisma.task.findUniqueOrThrow({
    where: { id: first.id },
    select: {
      id: true,
      planId: true,
      leadOrganizationId: true,
      plan: { select: { focalOrganizationId: true } },
    },
  });
  task = { ...row, focalOrganizationId: row.plan.focalOrganizationId };
  // A draft of the world's own period (2032): STNMT's, not submitted.
  draftId = await writeUpdate(world, {
    orgCode: "STNMT",
    taskId: task.id,
    author: world.actors.staff,
    withEvidence: true,
  });
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("a task's history", () => {
  it("shows every year, newest first, with the submitted updates of the demo years", async () => {
    const history = await loadTaskHistory(world.db.prisma, world.actors.leader, task);
    expect(history.map((h) => h.period.year)).toEqual([2032, 2026, 2025, 2024, 2023, 2022, 2021]);
    const past = history.find((h) => h.period.year === 2023);
    expect(past?.updates.length).toBeGreaterThan(0);
    expect(past?.submissions.length).toBeGreaterThan(0);
  });

  it("keeps an agency's draft from the leader and from other agencies, not from the agency", async () => {
    const ids = async (actor: World["actors"][keyof World["actors"]]) =>
      (await loadTaskHistory(world.db.prisma, actor, task)).flatMap((h) => h.updates.map((u) => u.id));
    expect(await ids(world.actors.leader)).not.toContain(draftId);
    expect(await ids(world.actors.otherStaff)).not.toContain(draftId);
    const own = (await loadTaskHistory(world.db.prisma, world.actors.staff, task)).find(
      (h) => h.period.year === 2032,
    );
    expect(own?.updates.map((u) => u.id)).toContain(draftId);
    expect(own?.updates.find((u) => u.id === draftId)?.attachments.length).toBe(1);
  });

  it("issues the same number of statements however long the history", async () => {
    const counting = countingClient(world.db);
    try {
      await loadTaskHistory(counting.prisma, world.actors.leader, task);
      const first = counting.statements();
      for (const year of [2033, 2034, 2035]) {
        const period = await world.db.prisma.reportingPeriod.create({
          data: {
            planId: task.planId,
            year,
            state: "CLOSED",
            cutoffDate: new Date(`${year}-11-15T00:00:00Z`),
            agencyDeadline: new Date(`${year}-11-25T00:00:00Z`),
            reportDueDate: new Date(`${year}-12-05T00:00:00Z`),
          },
        });
        await world.db.prisma.progressUpdate.create({
          data: {
            periodId: period.id,
            taskId: task.id,
            organizationId: task.leadOrganizationId as string,
            status: "IN_PROGRESS",
            percent: 10,
            authorId: world.actors.staff.userId,
            updatedById: world.actors.staff.userId,
          },
        });
      }
      await loadTaskHistory(counting.prisma, world.actors.leader, task);
      expect(counting.statements() - first).toBe(first);
      expect(first).toBeLessThanOrEqual(12);
      console.info(`loadTaskHistory SQL statements: ${first}`);
    } finally {
      await counting.prisma.$disconnect();
    }
  });
});

describe("a task's progress over the periods", () => {
  it("is, period by period, what the lead's sent answer says, and leaves drafts out", async () => {
    const history = await loadTaskHistory(world.db.prisma, world.actors.leader, task);
    const now = new Date("2026-11-28T03:00:00Z");
    const points = await loadTaskProgress(
      world.db.prisma,
      task.id,
      history.map((h) => h.period),
      now,
    );
    // Oldest first, one point per period (the statements test above adds years after 2032).
    expect(points.map((p) => p.periodId)).toEqual(history.map((h) => h.period.id).reverse());
    expect(points.slice(0, 7).map((p) => p.name)).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026, 2032].map((y) => `Năm ${y}`),
    );
    // 2032 holds only STNMT's draft: nothing reported.
    expect(points.find((p) => p.name === "Năm 2032")).toMatchObject({
      reported: false,
      percent: null,
      category: "NOT_REPORTED",
    });
    // The slow, obvious way: the named lead's task-level update in a report it sent.
    if (!task.leadOrganizationId) throw new Error("the task has a named lead");
    for (const point of points) {
      const update = await world.db.prisma.progressUpdate.findFirst({
        where: {
          periodId: point.periodId,
          taskId: task.id,
          organizationId: task.leadOrganizationId,
          subjectKey: "task",
          period: {
            submissions: {
              some: { organizationId: task.leadOrganizationId, state: { in: ["SUBMITTED", "ACCEPTED"] } },
            },
          },
        },
        select: { status: true, percent: true },
      });
      expect(point.reported).toBe(update !== null);
      expect(point.percent).toBe(update ? percentForStatus(update.status, update.percent) : null);
    }
    expect(points.filter((p) => p.reported).length).toBeGreaterThan(0);
  });
});
