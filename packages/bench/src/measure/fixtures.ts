import type { ClientBase } from "pg";
import { BENCH_EMAIL_DOMAIN } from "../generate/shape";

/** Who signs in and which ids the measured pages use, picked as the heaviest cases of the data set. */
export interface Fixtures {
  /** Staff of the organization with the most tasks (lead or coordinator). */
  staffEmail: string;
  staffOrgId: string;
  /** The plan with the most tasks, its open period, and its task with the most updates. */
  planId: string;
  planOpenPeriodId: string;
  taskId: string;
  /** A task the staff's organization leads, and its plan's open period (the update editor). */
  staffTaskId: string;
  staffPeriodId: string;
  /** Plan 182's open period (the compiler's board of agency reports). */
  plan182OpenPeriodId: string;
  /**
   * The plan with the most periods (a monthly one: 72–77 periods) among those with an open period, its
   * open period and its task with the most updates: the longest history a dashboard or task page reads.
   */
  longestPlanId: string;
  longestOpenPeriodId: string;
  longestTaskId: string;
}

export const LEADER_EMAIL = "lanhdao@kiengiang.example";
export const COMPILER_EMAIL = "tonghop@kiengiang.example";
export const PASSWORD = "Demo@2026";

async function one<T>(client: ClientBase, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, params);
  if (!rows[0]) throw new Error(`The data set has no row for: ${sql.slice(0, 80)}…`);
  return rows[0] as T;
}

export async function loadFixtures(client: ClientBase): Promise<Fixtures> {
  const busiest = await one<{ orgId: string; email: string }>(
    client,
    `SELECT x.org AS "orgId", u.email
       FROM (SELECT "leadOrganizationId" AS org FROM "Task"
             UNION ALL SELECT "organizationId" FROM "TaskCoordinator") x
       JOIN "Membership" m ON m."organizationId" = x.org AND m.role = 'STAFF'
       JOIN "User" u ON u.id = m."userId" AND u.email LIKE $1
      GROUP BY x.org, u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
    [`%@${BENCH_EMAIL_DOMAIN}`],
  );
  const plan = await one<{ planId: string; periodId: string }>(
    client,
    `SELECT t."planId", r.id AS "periodId" FROM "Task" t
       JOIN "ReportingPeriod" r ON r."planId" = t."planId" AND r.state = 'OPEN'
      GROUP BY t."planId", r.id ORDER BY count(*) DESC, t."planId" LIMIT 1`,
  );
  const task = await one<{ id: string }>(
    client,
    `SELECT t.id FROM "Task" t LEFT JOIN "ProgressUpdate" u ON u."taskId" = t.id
      WHERE t."planId" = $1 GROUP BY t.id ORDER BY count(u.id) DESC, t.id LIMIT 1`,
    [plan.planId],
  );
  const staffTask = await one<{ taskId: string; periodId: string }>(
    client,
    `SELECT t.id AS "taskId", r.id AS "periodId" FROM "Task" t
       JOIN "ReportingPeriod" r ON r."planId" = t."planId" AND r.state = 'OPEN'
      WHERE t."leadOrganizationId" = $1 ORDER BY t.id LIMIT 1`,
    [busiest.orgId],
  );
  const plan182 = await one<{ id: string }>(
    client,
    `SELECT r.id FROM "ReportingPeriod" r JOIN "Plan" p ON p.id = r."planId"
      WHERE p.symbol = '182/KH-UBND' AND r.state = 'OPEN'`,
  );
  const longest = await one<{ planId: string; periodId: string }>(
    client,
    `SELECT r."planId", o.id AS "periodId" FROM "ReportingPeriod" r
       JOIN "ReportingPeriod" o ON o."planId" = r."planId" AND o.state = 'OPEN'
      GROUP BY r."planId", o.id ORDER BY count(*) DESC, r."planId" LIMIT 1`,
  );
  const longestTask = await one<{ id: string }>(
    client,
    `SELECT t.id FROM "Task" t LEFT JOIN "ProgressUpdate" u ON u."taskId" = t.id
      WHERE t."planId" = $1 GROUP BY t.id ORDER BY count(u.id) DESC, t.id LIMIT 1`,
    [longest.planId],
  );
  return {
    staffEmail: busiest.email,
    staffOrgId: busiest.orgId,
    planId: plan.planId,
    planOpenPeriodId: plan.periodId,
    taskId: task.id,
    staffTaskId: staffTask.taskId,
    staffPeriodId: staffTask.periodId,
    plan182OpenPeriodId: plan182.id,
    longestPlanId: longest.planId,
    longestOpenPeriodId: longest.periodId,
    longestTaskId: longestTask.id,
  };
}
