import { defaultPeriodDates } from "@plan-tracker/core";
import { calendarDayToDate, dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import type { PrismaClient } from "@plan-tracker/db";
import { demoAccounts } from "./demo-accounts";
import {
  type BuiltUpdate,
  buildPeriod,
  type DemoPeople,
  type PeriodShape,
  type PlanShape,
} from "./demo-progress/build";
import { vnTime } from "./demo-progress/scenario";
import { SNAPSHOT_SCHEMA, type SnapshotContent, snapshotChecksum } from "./demo-progress/snapshot";
import { DEMO_FIRST_YEAR, DEMO_OPEN_YEAR } from "./demo-progress/types";

export interface DemoProgressResult {
  /** Years whose demo progress was written by this run. */
  seeded: number[];
  /** Years left as they were: they already had progress (a second run, or real use of the demo). */
  skipped: number[];
  updates: number;
  submissions: number;
}

type PeriodState = "OPEN" | "COMPILING" | "FINALIZED" | "CLOSED";

/** Past years are done with: reported, compiled and closed; last year's report is finalized. */
function demoState(year: number): PeriodState {
  if (year === DEMO_OPEN_YEAR) return "OPEN";
  return year === DEMO_OPEN_YEAR - 1 ? "FINALIZED" : "CLOSED";
}

/**
 * Demo progress for a plan (--demo only; the production seed writes no period and no progress): periods
 * 2021-2025 done with, 2026 open past its agency deadline, with clearly marked demo updates, agency
 * submissions and their snapshots. Idempotent: periods are created once (by plan and year) and a period
 * that already has progress or submissions is left untouched. Deterministic texts; a few bulk inserts.
 */
export async function seedDemoProgress(prisma: PrismaClient, planId: string): Promise<DemoProgressResult> {
  const [plan, organizations, people] = await Promise.all([
    loadPlan(prisma, planId),
    prisma.organization.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        shortName: true,
        kind: true,
        validFrom: true,
        validTo: true,
      },
    }),
    loadPeople(prisma),
  ]);
  const shape: PlanShape = {
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      code: t.code,
      kind: t.kind,
      leadOrganizationId: t.leadOrganizationId,
      leadScope: t.leadScope,
      coordinatorIds: t.coordinators.map((c) => c.organizationId),
      coordinatorScopes: t.genericCoordinators.map((g) => g.scope),
      actionItems: t.actionItems,
    })),
    organizations: organizations.map((o) => ({
      ...o,
      validFrom: o.validFrom ? dateToCalendarDay(o.validFrom) : null,
      validTo: o.validTo ? dateToCalendarDay(o.validTo) : null,
    })),
  };

  const periods = await ensurePeriods(prisma, plan);
  const [withUpdates, withSubmissions] = await Promise.all([
    prisma.progressUpdate.groupBy({
      by: ["periodId"],
      where: { periodId: { in: periods.map((p) => p.id) } },
    }),
    prisma.agencySubmission.groupBy({
      by: ["periodId"],
      where: { periodId: { in: periods.map((p) => p.id) } },
    }),
  ]);
  const used = new Set([...withUpdates, ...withSubmissions].map((g) => g.periodId));
  const todo = periods.filter((p) => !used.has(p.id));
  const built = todo.map((p) => buildPeriod(shape, p, people));
  const updates = built.flatMap((b) => b.updates);
  const submissions = built.flatMap((b) => b.submissions);
  if (updates.length || submissions.length)
    await writeProgress(prisma, plan.symbol, shape, periods, updates, submissions);
  return {
    seeded: todo.map((p) => p.year),
    skipped: periods.filter((p) => used.has(p.id)).map((p) => p.year),
    updates: updates.length,
    submissions: submissions.length,
  };
}

async function loadPlan(prisma: PrismaClient, planId: string) {
  return prisma.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      id: true,
      symbol: true,
      reportDueDay: true,
      reportDueMonth: true,
      agencyDeadlineOffsetDays: true,
      tasks: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          code: true,
          kind: true,
          leadOrganizationId: true,
          leadScope: true,
          coordinators: { select: { organizationId: true } },
          genericCoordinators: { select: { scope: true } },
          actionItems: { orderBy: { order: "asc" }, select: { id: true, code: true } },
        },
      },
    },
  });
}

/** The demo accounts who write (staff), sign (approvers) and receive (the compiler) the reports. */
async function loadPeople(prisma: PrismaClient): Promise<DemoPeople> {
  const users = await prisma.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    select: { id: true, email: true },
  });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const staffByOrg = new Map<string, string>();
  const approverByOrg = new Map<string, string>();
  let compilerId: string | undefined;
  for (const account of demoAccounts) {
    const id = idOf.get(account.email);
    if (!id) continue;
    if (account.role === "COMPILER" && account.organizationCode === "STNMT") compilerId = id;
    if (account.role === "STAFF") staffByOrg.set(account.organizationCode, id);
    if (account.role === "APPROVER") approverByOrg.set(account.organizationCode, id);
  }
  if (!compilerId)
    throw new Error("Chưa có tài khoản demo của chuyên viên tổng hợp: chạy seedDemoAccounts trước.");
  return { compilerId, staffByOrg, approverByOrg };
}

/** Creates the missing demo periods (never changes an existing one) and returns all of them. */
async function ensurePeriods(
  prisma: PrismaClient,
  plan: { id: string; reportDueDay: number; reportDueMonth: number; agencyDeadlineOffsetDays: number },
): Promise<PeriodShape[]> {
  const years = Array.from({ length: DEMO_OPEN_YEAR - DEMO_FIRST_YEAR + 1 }, (_, i) => DEMO_FIRST_YEAR + i);
  // One open period per plan: if another year is already open, the demo's current year waits in COMPILING.
  const otherOpen = await prisma.reportingPeriod.count({
    where: { planId: plan.id, state: "OPEN", year: { not: DEMO_OPEN_YEAR } },
  });
  await prisma.reportingPeriod.createMany({
    skipDuplicates: true,
    data: years.map((year) => {
      const dates = defaultPeriodDates(year, plan);
      const state = demoState(year) === "OPEN" && otherOpen ? "COMPILING" : demoState(year);
      return {
        planId: plan.id,
        year,
        cutoffDate: calendarDayToDate(dates.cutoffDate),
        agencyDeadline: calendarDayToDate(dates.agencyDeadline),
        reportDueDate: calendarDayToDate(dates.reportDueDate),
        state,
        openedAt: vnTime(`${year}-10-15T08:00`),
        closedAt: state === "CLOSED" ? vnTime(`${year}-12-18T16:30`) : null,
      };
    }),
  });
  const rows = await prisma.reportingPeriod.findMany({
    where: { planId: plan.id, year: { in: years } },
    orderBy: { year: "asc" },
    select: {
      id: true,
      year: true,
      cutoffDate: true,
      agencyDeadline: true,
      reportDueDate: true,
      openedAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    cutoffDate: dateToCalendarDay(r.cutoffDate),
    agencyDeadline: dateToCalendarDay(r.agencyDeadline),
    reportDueDate: dateToCalendarDay(r.reportDueDate),
    openedAt: r.openedAt,
  }));
}

const keyOf = (u: { periodId: string; organizationId: string; taskId: string; subjectKey: string }) =>
  `${u.periodId}|${u.organizationId}|${u.taskId}|${u.subjectKey}`;

/** Writes the built rows in one transaction: updates, their cited documents, submissions, snapshots. */
async function writeProgress(
  prisma: PrismaClient,
  planSymbol: string,
  plan: PlanShape,
  periods: readonly PeriodShape[],
  updates: readonly BuiltUpdate[],
  submissions: ReturnType<typeof buildPeriod>["submissions"],
): Promise<void> {
  const orgById = new Map(plan.organizations.map((o) => [o.id, o]));
  const yearOf = new Map(periods.map((p) => [p.id, p.year]));
  await prisma.$transaction(
    async (tx) => {
      const rows = await tx.progressUpdate.createManyAndReturn({
        data: updates.map((u) => ({
          periodId: u.periodId,
          taskId: u.taskId,
          actionItemId: u.actionItemId,
          subjectKey: u.actionItemId ?? "task",
          organizationId: u.organizationId,
          status: u.status,
          percent: u.percent,
          completedOn: u.completedOn ? calendarDayToDate(u.completedOn) : null,
          results: u.results,
          difficulties: u.difficulties ?? "",
          proposals: u.proposals ?? "",
          version: u.version,
          authorId: u.authorId,
          updatedById: u.authorId,
          createdAt: u.createdAt,
          updatedAt: u.updatedAt,
        })),
        select: { id: true, periodId: true, organizationId: true, taskId: true, subjectKey: true },
      });
      const idOf = new Map(rows.map((r) => [keyOf(r), r.id]));
      const withIds = updates.map((u) => {
        const id = idOf.get(keyOf({ ...u, subjectKey: u.actionItemId ?? "task" }));
        if (!id) throw new Error(`Cập nhật demo không được ghi: ${u.taskCode} ${u.actionItemCode ?? ""}`);
        return { ...u, id };
      });
      await tx.citedDocument.createMany({
        data: withIds.flatMap((u) =>
          (u.cited ?? []).map((c, order) => ({
            updateId: u.id,
            order: order + 1,
            symbol: c.symbol,
            issuedOn: calendarDayToDate(c.issuedOn),
            issuer: c.issuer,
            summary: c.summary,
          })),
        ),
      });

      const created = await tx.agencySubmission.createManyAndReturn({
        data: submissions.map((s) => ({
          periodId: s.periodId,
          organizationId: s.organizationId,
          state: s.state,
          coverSummary: s.coverSummary,
          submittedById: s.submittedById,
          submittedAt: s.submittedAt,
          reviewedById: s.reviewedById,
          reviewedAt: s.reviewedAt,
          returnReason: s.returnReason,
          lastActivityAt: s.lastActivityAt,
          createdAt: s.createdAt,
        })),
        select: { id: true, periodId: true, organizationId: true },
      });
      const submissionId = new Map(created.map((s) => [`${s.periodId}|${s.organizationId}`, s.id]));
      await tx.submissionSnapshot.createMany({
        data: submissions
          .filter((s) => s.snapshot && s.submittedAt && s.submittedById)
          .map((s) => {
            const org = orgById.get(s.organizationId);
            const content: SnapshotContent = {
              schema: SNAPSHOT_SCHEMA,
              plan: { symbol: planSymbol },
              period: { year: yearOf.get(s.periodId) ?? 0 },
              organization: { id: s.organizationId, code: org?.code ?? "", name: org?.name ?? "" },
              coverSummary: s.coverSummary,
              submittedAt: (s.submittedAt as Date).toISOString(),
              updates: withIds
                .filter((u) => u.periodId === s.periodId && u.organizationId === s.organizationId)
                .map((u) => ({
                  id: u.id,
                  taskCode: u.taskCode,
                  actionItemCode: u.actionItemCode,
                  role: u.role,
                  status: u.status,
                  percent: u.percent,
                  completedOn: u.completedOn ?? null,
                  results: u.results,
                  difficulties: u.difficulties ?? "",
                  proposals: u.proposals ?? "",
                  version: u.version,
                  citedDocuments: (u.cited ?? []).map((c) => ({
                    symbol: c.symbol,
                    issuedOn: c.issuedOn,
                    issuer: c.issuer,
                    summary: c.summary,
                  })),
                })),
            };
            return {
              submissionId: submissionId.get(`${s.periodId}|${s.organizationId}`) as string,
              sequence: 1,
              submittedById: s.submittedById as string,
              submittedAt: s.submittedAt as Date,
              content,
              sha256: snapshotChecksum(content),
            };
          }),
      });
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
