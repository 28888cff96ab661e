import "server-only";
import { type DisplayCategory, toIsoDate } from "@plan-tracker/core";
import { type DashboardTask, standings, topSectionOf } from "@plan-tracker/core/dashboard";
import { compareSectionCodes } from "@plan-tracker/core/plan/section-code";
import {
  periodKeyOf,
  periodName,
  periodNameInSentence,
  type ReportingCycle,
} from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { planTasks, taskYearReports } from "@/features/dashboard/queries";

export interface PublicReport {
  /** The period's name in a sentence: "năm 2026", "tháng 11/2026". */
  period: string;
  symbol: string;
  title: string;
  state: "FINAL" | "SENT";
  /** ISO day it was finalized (or sent). */
  issuedOn: string | null;
  summary: string;
}

/**
 * What the public transparency page shows of a plan, or null when the plan is not public (the page
 * answers 404). Only the plan's text, its tasks with their lead agency, and per year the official
 * category and percent from updates the focal agency has ACCEPTED, plus finalized reports' summaries:
 * never drafts, unaccepted updates, comments or evidence. Plain JSON (it is cached). Six queries.
 */
export async function loadPublicPlan(db: PrismaClient, planId: string, now: Date) {
  const plan = await db.plan.findFirst({
    where: { id: planId, isPublic: true },
    select: {
      id: true,
      symbol: true,
      title: true,
      issuedOn: true,
      issuer: { select: { name: true } },
      periods: {
        orderBy: [{ cutoffDate: "asc" }, { year: "asc" }],
        select: { id: true, year: true, cycle: true, index: true, state: true, cutoffDate: true },
      },
    },
  });
  if (!plan) return null;
  const [sections, tasks, organizations, reports, finalized] = await Promise.all([
    db.section.findMany({
      where: { planId },
      select: { id: true, parentId: true, code: true, heading: true },
    }),
    planTasks(db, planId),
    db.organization.findMany({ select: { id: true, shortName: true } }),
    taskYearReports(db, planId, "accepted"),
    db.$queryRaw<
      {
        year: number;
        cycle: ReportingCycle;
        index: number;
        symbol: string;
        number: string;
        title: string;
        state: "FINAL" | "SENT";
        at: Date | null;
        summary: string | null;
      }[]
    >`
      SELECT p."year", p."cycle"::text AS "cycle", p."index", r."symbol", r."number", r."title", r."state"::text AS "state",
        COALESCE(r."sentAt", r."finalizedAt") AS "at",
        COALESCE(
          (SELECT v."model"->'introduction'->>'text' FROM "ReportVersion" v
            WHERE v."reportId" = r."id" ORDER BY v."number" DESC LIMIT 1),
          r."narrative"->'blocks'->'introduction'->>'text') AS "summary"
      FROM "ConsolidatedReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      WHERE p."planId" = ${planId} AND r."state" IN ('FINAL', 'SENT')
      ORDER BY p."cutoffDate" DESC`,
  ]);
  const nameOf = new Map(organizations.map((o) => [o.id, o.shortName]));
  const topOf = topSectionOf(sections);
  const dashTasks: DashboardTask[] = tasks.map((t) => ({
    id: t.id,
    code: t.code,
    kind: t.kind,
    dueDate: t.dueDate,
    sectionId: t.sectionId,
    leadOrganizationId: t.leadOrganizationId,
  }));
  const periods = plan.periods.map((p) => ({ id: p.id, name: periodName(periodKeyOf(p)) }));
  const byPeriod = new Map<string, Map<string, { category: DisplayCategory; percent: number | null }>>();
  for (const period of plan.periods) {
    const asOf = period.state === "OPEN" || period.cutoffDate > now ? now : period.cutoffDate;
    const rows = standings(
      dashTasks,
      reports.filter((r) => r.periodId === period.id),
      asOf,
    );
    byPeriod.set(
      period.id,
      new Map(rows.map((r) => [r.taskId, { category: r.category, percent: r.percent }])),
    );
  }
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  const groups = sections
    .filter((s) => s.parentId === null)
    .sort((a, b) => compareSectionCodes(a.code, b.code))
    .map((section) => ({
      code: section.code,
      heading: section.heading,
      tasks: tasks
        .filter((t) => topOf(t.sectionId) === section.id)
        .map((t) => ({
          id: t.id,
          code: t.code,
          title: t.heading ?? t.content,
          sectionCode: sectionOf.get(t.sectionId)?.code ?? "",
          lead: t.leadOrganizationId ? (nameOf.get(t.leadOrganizationId) ?? "") : (t.leadScopePhrase ?? ""),
          periods: periods.map(
            (p) => byPeriod.get(p.id)?.get(t.id) ?? { category: "NOT_REPORTED" as const, percent: null },
          ),
        })),
    }))
    .filter((g) => g.tasks.length > 0);
  return {
    plan: {
      id: plan.id,
      symbol: plan.symbol,
      title: plan.title,
      issuer: plan.issuer.name,
      issuedOn: toIsoDate(plan.issuedOn),
    },
    periods,
    groups,
    reports: finalized.map(
      (r): PublicReport => ({
        period: periodNameInSentence(periodKeyOf(r)),
        symbol: r.symbol || r.number,
        title: r.title,
        state: r.state,
        issuedOn: r.at ? toIsoDate(r.at) : null,
        summary: r.summary ?? "",
      }),
    ),
  };
}

export type PublicPlan = NonNullable<Awaited<ReturnType<typeof loadPublicPlan>>>;
