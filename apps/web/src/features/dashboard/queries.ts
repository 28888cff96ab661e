import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import "server-only";
import type { PlanStatus } from "@plan-tracker/core";
import { Prisma, type PrismaClient } from "@plan-tracker/db";

/**
 * The dashboard's aggregate SQL. Every query is bounded by the plan's size (tasks, sections, agencies),
 * never by the number of updates: updates are aggregated in the database.
 *
 * Visibility: leaders see an agency's updates only once the agency has submitted them (the policy's
 * update.read); a draft or returned report never counts here.
 */
const VISIBLE = Prisma.sql`s."state" IN ('SUBMITTED', 'ACCEPTED')`;
/** The public page shows only what the focal agency has accepted. */
const ACCEPTED = Prisma.sql`s."state" = 'ACCEPTED'`;

/** Per (task, period), counted by status; the same columns for one plan and for several periods. */
const AGGREGATES = Prisma.sql`
      count(*)::int AS "reports",
      (count(*) FILTER (WHERE u."status" = 'COMPLETED'))::int AS "completed",
      (count(*) FILTER (WHERE u."status" = 'BLOCKED'))::int AS "blocked",
      (count(*) FILTER (WHERE u."status" = 'DONE_THIS_YEAR'))::int AS "doneThisYear",
      (count(*) FILTER (WHERE u."status" = 'NOT_STARTED'))::int AS "notStarted",
      avg(CASE
        WHEN u."status" IN ('COMPLETED', 'DONE_THIS_YEAR') THEN 100
        WHEN u."status" = 'NOT_STARTED' THEN 0
        ELSE LEAST(100, GREATEST(0, u."percent")) END)::float8 AS "percent",
      max(u."completedOn") FILTER (WHERE u."status" = 'COMPLETED') AS "completedOn"`;

export interface TaskYearRow {
  taskId: string;
  periodId: string;
  year: number;
  reports: number;
  completed: number;
  blocked: number;
  doneThisYear: number;
  notStarted: number;
  percent: number | null;
  completedOn: Date | null;
}

/**
 * Per task and period, what its answer says: the named lead's task-level update, or for a generic lead
 * every reporting agency's, counted by status. One row per (task, period) with a report.
 */
export function taskYearReports(
  db: PrismaClient,
  planId: string,
  only: "submitted" | "accepted" = "submitted",
): Promise<TaskYearRow[]> {
  return taskReports(db, Prisma.sql`p."planId" = ${planId}`, only === "accepted" ? ACCEPTED : VISIBLE);
}

/** One task's answers in every period of its plan, by the same definition as the plan's (`taskReports`). */
export function taskPeriodReports(db: PrismaClient, taskId: string): Promise<TaskYearRow[]> {
  return taskReports(db, Prisma.sql`u."taskId" = ${taskId}`, VISIBLE);
}

/**
 * The same per-task answers for several periods at once (the portfolio: each plan's shown period). It
 * starts from the periods' visible agency reports and reads each one's task-level updates by index (the
 * LATERAL subquery, kept apart by OFFSET 0): with 50 periods in the list PostgreSQL otherwise estimated a
 * sixth of all updates and scanned the whole table (about 45 ms on the bench data set, against 12 ms).
 */
export function periodTaskReports(db: PrismaClient, periodIds: readonly string[]): Promise<TaskYearRow[]> {
  return db.$queryRaw<TaskYearRow[]>`
    SELECT u."taskId", p."year", p."id" AS "periodId", ${AGGREGATES}
    FROM "AgencySubmission" s
    JOIN "ReportingPeriod" p ON p."id" = s."periodId"
    CROSS JOIN LATERAL (
      SELECT u."taskId", u."organizationId", u."status", u."percent", u."completedOn"
      FROM "ProgressUpdate" u
      WHERE u."periodId" = s."periodId" AND u."organizationId" = s."organizationId" AND u."subjectKey" = 'task'
      OFFSET 0
    ) u
    JOIN "Task" t ON t."id" = u."taskId"
    WHERE s."periodId" = ANY(${[...periodIds]}::text[]) AND ${VISIBLE}
      AND (t."leadOrganizationId" IS NULL OR t."leadOrganizationId" = u."organizationId")
    GROUP BY u."taskId", p."id", p."year"`;
}

function taskReports(db: PrismaClient, where: Prisma.Sql, visible: Prisma.Sql): Promise<TaskYearRow[]> {
  return db.$queryRaw<TaskYearRow[]>`
    SELECT u."taskId", p."year", p."id" AS "periodId", ${AGGREGATES}
    FROM "ProgressUpdate" u
    JOIN "ReportingPeriod" p ON p."id" = u."periodId"
    JOIN "Task" t ON t."id" = u."taskId"
    JOIN "AgencySubmission" s ON s."periodId" = u."periodId" AND s."organizationId" = u."organizationId"
    WHERE ${where} AND u."subjectKey" = 'task' AND ${visible}
      AND (t."leadOrganizationId" IS NULL OR t."leadOrganizationId" = u."organizationId")
    GROUP BY u."taskId", p."id", p."year"`;
}

export interface TaskRow {
  id: string;
  code: string;
  heading: string | null;
  content: string;
  kind: "ONE_OFF" | "RECURRING" | "CONTINUOUS";
  dueDate: Date | null;
  sectionId: string;
  order: number;
  leadOrganizationId: string | null;
  leadScopePhrase: string | null;
}

export function planTasks(db: PrismaClient, planId: string): Promise<TaskRow[]> {
  return db.$queryRaw<TaskRow[]>`
    SELECT t."id", t."code", t."heading", left(t."content", 400) AS "content", t."kind"::text AS "kind",
      t."dueDate", t."sectionId", t."order", t."leadOrganizationId", t."leadScopePhrase"
    FROM "Task" t WHERE t."planId" = ${planId} ORDER BY t."order"`;
}

export interface AssignmentRow {
  taskId: string;
  organizationId: string | null;
  scope: "DEPARTMENTS" | "DISTRICTS" | "DEPARTMENTS_AND_DISTRICTS" | "RELATED_UNITS" | null;
  lead: boolean;
}

/** Named coordinators, generic coordinator phrases and generic leads of the plan's tasks, in one list. */
export function planAssignments(db: PrismaClient, planId: string): Promise<AssignmentRow[]> {
  return plansAssignments(db, [planId]);
}

/** The same for several plans in one statement. */
export function plansAssignments(db: PrismaClient, planIds: readonly string[]): Promise<AssignmentRow[]> {
  const ids = [...planIds];
  return db.$queryRaw<AssignmentRow[]>`
    SELECT c."taskId", c."organizationId", NULL::text AS "scope", false AS "lead"
      FROM "TaskCoordinator" c JOIN "Task" t ON t."id" = c."taskId" WHERE t."planId" = ANY(${ids}::text[])
    UNION ALL
    SELECT g."taskId", NULL, g."scope"::text, false
      FROM "TaskGenericCoordinator" g JOIN "Task" t ON t."id" = g."taskId" WHERE t."planId" = ANY(${ids}::text[])
    UNION ALL
    SELECT t."id", NULL, t."leadScope"::text, true
      FROM "Task" t WHERE t."planId" = ANY(${ids}::text[]) AND t."leadScope" IS NOT NULL`;
}

/** What each plan's tasks name between them: coordinating agencies and generic phrases (lead or not). */
export interface PlanReportersRow {
  planId: string;
  organizationIds: string[];
  scopes: string[];
}

/**
 * The portfolio's expected reporters need only the union over a plan's tasks (expected.ts): one row per
 * plan with its distinct named coordinators and phrases, instead of a row per task and coordinator
 * (12,000 rows on the bench data set, 50 here). Named leads come with the tasks. Each branch is made
 * distinct by a hash aggregate before the arrays are built (array_agg(DISTINCT …) sorted 12,000 rows).
 */
export function plansReporters(db: PrismaClient, planIds: readonly string[]): Promise<PlanReportersRow[]> {
  const ids = [...planIds];
  return db.$queryRaw<PlanReportersRow[]>`
    SELECT x."planId",
      coalesce(array_agg(x."organizationId") FILTER (WHERE x."organizationId" IS NOT NULL), '{}')
        AS "organizationIds",
      coalesce(array_agg(x."scope") FILTER (WHERE x."scope" IS NOT NULL), '{}') AS "scopes"
    FROM (
      SELECT t."planId", c."organizationId", NULL::text AS "scope"
        FROM "TaskCoordinator" c JOIN "Task" t ON t."id" = c."taskId" WHERE t."planId" = ANY(${ids}::text[])
        GROUP BY t."planId", c."organizationId"
      UNION ALL
      SELECT t."planId", NULL, g."scope"::text
        FROM "TaskGenericCoordinator" g JOIN "Task" t ON t."id" = g."taskId" WHERE t."planId" = ANY(${ids}::text[])
        GROUP BY t."planId", g."scope"
      UNION ALL
      SELECT t."planId", NULL, t."leadScope"::text
        FROM "Task" t WHERE t."planId" = ANY(${ids}::text[]) AND t."leadScope" IS NOT NULL
        GROUP BY t."planId", t."leadScope"
    ) x
    GROUP BY x."planId"`;
}

/** The figures' columns of every task of several plans (no texts). */
export interface PortfolioTaskRow {
  id: string;
  planId: string;
  code: string;
  kind: "ONE_OFF" | "RECURRING" | "CONTINUOUS";
  dueDate: Date | null;
  sectionId: string;
  leadOrganizationId: string | null;
}

export function plansTasks(db: PrismaClient, planIds: readonly string[]): Promise<PortfolioTaskRow[]> {
  return db.$queryRaw<PortfolioTaskRow[]>`
    SELECT t."id", t."planId", t."code", t."kind"::text AS "kind", t."dueDate", t."sectionId",
      t."leadOrganizationId"
    FROM "Task" t WHERE t."planId" = ANY(${[...planIds]}::text[])`;
}

export interface PortfolioPlanRow {
  id: string;
  symbol: string;
  title: string;
  status: PlanStatus;
  issuedOn: Date;
  focalOrganizationId: string;
  focalName: string;
}

/** Every plan (or those of one status) with its focal agency's short name. */
export function portfolioPlans(db: PrismaClient, status: string | null): Promise<PortfolioPlanRow[]> {
  const byStatus = status ? Prisma.sql`WHERE pl."status"::text = ${status}` : Prisma.empty;
  return db.$queryRaw<PortfolioPlanRow[]>`
    SELECT pl."id", pl."symbol", pl."title", pl."status"::text AS "status", pl."issuedOn",
      pl."focalOrganizationId", o."shortName" AS "focalName"
    FROM "Plan" pl JOIN "Organization" o ON o."id" = pl."focalOrganizationId" ${byStatus}`;
}

export interface PortfolioPeriodRow {
  id: string;
  planId: string;
  year: number;
  cycle: ReportingCycle;
  index: number;
  state: "OPEN" | "COMPILING" | "FINALIZED" | "CLOSED";
  cutoffDate: Date;
  agencyDeadline: Date;
  reportDueDate: Date;
  reportState: "DRAFT" | "FINAL" | "SENT" | null;
}

/** Every period of the plans with the state of its consolidated report (null: none yet). */
export function portfolioPeriods(
  db: PrismaClient,
  planIds: readonly string[],
): Promise<PortfolioPeriodRow[]> {
  return db.$queryRaw<PortfolioPeriodRow[]>`
    SELECT p."id", p."planId", p."year", p."cycle"::text AS "cycle", p."index", p."state"::text AS "state",
      p."cutoffDate", p."agencyDeadline",
      p."reportDueDate", r."state"::text AS "reportState"
    FROM "ReportingPeriod" p LEFT JOIN "ConsolidatedReport" r ON r."periodId" = p."id"
    WHERE p."planId" = ANY(${[...planIds]}::text[])`;
}

export interface SubmissionDayRow {
  day: string;
  submitted: number;
}

/** First submissions of the period per Vietnam day (a resubmission after a return is not a new one). */
export function firstSubmissionsByDay(db: PrismaClient, periodId: string): Promise<SubmissionDayRow[]> {
  return db.$queryRaw<SubmissionDayRow[]>`
    SELECT to_char(first_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "day", count(*)::int AS "submitted"
    FROM (
      SELECT min(sn."submittedAt") AS first_at
      FROM "SubmissionSnapshot" sn JOIN "AgencySubmission" s ON s."id" = sn."submissionId"
      WHERE s."periodId" = ${periodId}
      GROUP BY s."organizationId"
    ) firsts
    GROUP BY 1 ORDER BY 1`;
}

export interface IssueRow {
  updateId: string;
  taskId: string;
  taskCode: string;
  organizationId: string;
  organizationName: string;
  difficulties: string;
  proposals: string;
  total: number;
}

export const ISSUE_LIMIT = 100;

/**
 * The year's difficulties and proposals as submitted, filtered by reporting agency and by sections,
 * newest first, at most ISSUE_LIMIT (with the total, so the page says how many more there are).
 */
export function yearIssues(
  db: PrismaClient,
  periodId: string,
  filter: { organizationId?: string; sectionIds?: readonly string[] },
): Promise<IssueRow[]> {
  const byOrg = filter.organizationId
    ? Prisma.sql`AND u."organizationId" = ${filter.organizationId}`
    : Prisma.empty;
  const bySection = filter.sectionIds
    ? Prisma.sql`AND t."sectionId" = ANY(${[...filter.sectionIds]}::text[])`
    : Prisma.empty;
  return db.$queryRaw<IssueRow[]>`
    SELECT u."id" AS "updateId", u."taskId", t."code" AS "taskCode", u."organizationId",
      o."shortName" AS "organizationName", left(u."difficulties", 1000) AS "difficulties",
      left(u."proposals", 1000) AS "proposals", (count(*) OVER ())::int AS "total"
    FROM "ProgressUpdate" u
    JOIN "Task" t ON t."id" = u."taskId"
    JOIN "Organization" o ON o."id" = u."organizationId"
    JOIN "AgencySubmission" s ON s."periodId" = u."periodId" AND s."organizationId" = u."organizationId"
    WHERE u."periodId" = ${periodId} AND ${VISIBLE}
      AND (u."difficulties" <> '' OR u."proposals" <> '') ${byOrg} ${bySection}
    ORDER BY t."order", u."subjectKey", o."shortName"
    LIMIT ${ISSUE_LIMIT}`;
}
