/**
 * Shared by the integration tests of submissions, review, comments and notifications: a throwaway
 * PostgreSQL database with the plan and the demo accounts, a reporting period of its own, and helpers
 * that write agencies' updates the way the update editor stores them.
 */
import { AppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { expectedTasksOf, organizationSelect, periodSelect } from "./load-agency-report";

export interface World {
  db: TestDatabase;
  planId: string;
  periodId: string;
  org: Record<string, string>;
  actors: Record<
    "compiler" | "approver" | "staff" | "otherApprover" | "otherStaff" | "leader" | "viewer",
    SessionActor
  >;
}

export const EMAILS = {
  compiler: "tonghop@kiengiang.example",
  approver: "lanhdao.stnmt@kiengiang.example",
  staff: "chuyenvien.stnmt@kiengiang.example",
  otherApprover: "lanhdao.skhdt@kiengiang.example",
  otherStaff: "chuyenvien.skhdt@kiengiang.example",
  leader: "lanhdao@kiengiang.example",
  viewer: "xem@kiengiang.example",
} as const;

/** The AppError code a promise is refused with (undefined if it succeeds), and its reason. */
export async function refusal(promise: Promise<unknown>): Promise<{ code?: string; reason?: unknown }> {
  try {
    await promise;
    return {};
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, reason: error.details?.reason };
    throw error;
  }
}

/** A database of its own, a period (year 2032: demo periods cannot interfere) and the demo actors. */
export async function createWorld(prefix: string): Promise<World> {
  const db = await createTestPostgres(prefix);
  const { planId } = await setupDatabase(db, { demo: true });
  // The app's singleton (used by loadActor) reads the same database.
  process.env.DATABASE_URL = db.url;
  const period = await db.prisma.reportingPeriod.create({
    data: {
      planId,
      year: 2032,
      cutoffDate: new Date("2032-11-15T00:00:00Z"),
      agencyDeadline: new Date("2032-11-25T00:00:00Z"),
      reportDueDate: new Date("2032-12-05T00:00:00Z"),
    },
    select: { id: true },
  });
  const org: Record<string, string> = {};
  for (const o of await db.prisma.organization.findMany({ select: { id: true, code: true } }))
    org[o.code] = o.id;
  const actors = {} as World["actors"];
  for (const [key, email] of Object.entries(EMAILS)) {
    actors[key as keyof World["actors"]] = await actorFor(db.prisma, email);
  }
  return { db, planId, periodId: period.id, org, actors };
}

export async function destroyWorld(world: World | undefined): Promise<void> {
  await closeAppClient();
  await world?.db.destroy();
}

/** The tasks an organization is expected to report on in the world's period, in plan order. */
export async function tasksOf(world: World, orgCode: string) {
  const db = world.db.prisma;
  const [period, organization] = await Promise.all([
    db.reportingPeriod.findUniqueOrThrow({ where: { id: world.periodId }, select: periodSelect }),
    db.organization.findUniqueOrThrow({ where: { code: orgCode }, select: organizationSelect }),
  ]);
  return expectedTasksOf(db, period, organization);
}

/**
 * Writes an agency's update as the update editor would (with a cited document, an indicator value and
 * an evidence file's metadata when asked), creating the agency's draft submission like its save does.
 */
export async function writeUpdate(
  world: World,
  args: {
    orgCode: string;
    taskId: string;
    author: SessionActor;
    results?: string;
    actionItemId?: string | null;
    withEvidence?: boolean;
  },
): Promise<string> {
  const db = world.db.prisma;
  const organizationId = world.org[args.orgCode] as string;
  const update = await db.progressUpdate.create({
    data: {
      periodId: world.periodId,
      organizationId,
      taskId: args.taskId,
      actionItemId: args.actionItemId ?? null,
      subjectKey: args.actionItemId ?? "task",
      status: "IN_PROGRESS",
      percent: 40,
      results: args.results ?? "Đã cập nhật cơ sở dữ liệu đất đai cho 8/15 huyện, thành phố.",
      difficulties: "Thiếu kinh phí đo đạc.",
      proposals: "Đề nghị bố trí vốn năm 2033.",
      authorId: args.author.userId,
      updatedById: args.author.userId,
    },
    select: { id: true },
  });
  if (args.withEvidence) {
    const indicator = await db.indicator.create({
      data: {
        taskId: args.taskId,
        name: "Số huyện có CSDL đất đai",
        unit: "huyện",
        target: 15,
        targetYear: 2032,
      },
      select: { id: true },
    });
    await db.indicatorValue.create({
      data: { updateId: update.id, indicatorId: indicator.id, value: "8.5", note: "ước" },
    });
    await db.citedDocument.create({
      data: {
        updateId: update.id,
        order: 0,
        symbol: "Công văn số 123/STNMT-MT",
        issuedOn: new Date("2032-03-05T00:00:00Z"),
        issuer: "Sở TN&MT",
        summary: "Về việc cập nhật dữ liệu đất đai",
      },
    });
    await db.attachment.create({
      data: {
        updateId: update.id,
        uploadedById: args.author.userId,
        fileName: "bien-ban.pdf",
        mimeType: "application/pdf",
        size: 12345,
        sha256: "a".repeat(64),
        storageKey: `test/${update.id}.pdf`,
      },
    });
  }
  await db.agencySubmission.upsert({
    where: { periodId_organizationId: { periodId: world.periodId, organizationId } },
    create: { periodId: world.periodId, organizationId },
    update: { lastActivityAt: new Date() },
  });
  return update.id;
}
