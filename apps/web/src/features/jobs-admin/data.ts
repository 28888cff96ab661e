import "server-only";
import { type Actor, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { BOSS_SCHEMA } from "@plan-tracker/jobs/boss";

export interface JobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** What the job returned, or its error message when it failed. */
  output: string | null;
}

export interface ScheduleRow {
  name: string;
  cron: string;
  timezone: string | null;
}

export type JobsView =
  | { started: false }
  | {
      started: true;
      schedules: ScheduleRow[];
      failed: JobRow[];
      recent: JobRow[];
      counts: Record<string, number>;
    };

type RawJob = {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
};

function describeOutput(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  if (typeof output === "object" && output !== null && "message" in output)
    return String((output as { message: unknown }).message);
  return JSON.stringify(output).slice(0, 500);
}

const toRow = (j: RawJob): JobRow => ({
  id: j.id,
  name: j.name,
  state: j.state,
  retryCount: j.retry_count,
  retryLimit: j.retry_limit,
  createdOn: j.created_on,
  startedOn: j.started_on,
  completedOn: j.completed_on,
  output: describeOutput(j.output),
});

/**
 * The queue as the administrator sees it (`settings.manage`): schedules, failures (with the error) and the
 * latest runs, read from pg-boss's own tables — live ones and the archive. Four queries. `started: false`
 * until a worker has created those tables.
 */
export async function loadJobsView(db: PrismaClient, actor: Actor): Promise<JobsView> {
  authorize(actor, "settings.manage");
  const [exists] = await db.$queryRawUnsafe<{ present: boolean }[]>(
    `SELECT to_regclass('${BOSS_SCHEMA}.job') IS NOT NULL AS present`,
  );
  if (!exists?.present) return { started: false };
  const columns =
    "id::text, name, state::text, retry_count, retry_limit, created_on, started_on, completed_on, output";
  const live = `SELECT ${columns} FROM ${BOSS_SCHEMA}.job WHERE name NOT LIKE '\\_\\_pgboss%'`;
  const archived = `SELECT ${columns} FROM ${BOSS_SCHEMA}.archive WHERE name NOT LIKE '\\_\\_pgboss%'`;
  const [schedules, failed, recent, counts] = await Promise.all([
    db.$queryRawUnsafe<ScheduleRow[]>(
      `SELECT name, cron, timezone FROM ${BOSS_SCHEMA}.schedule ORDER BY name`,
    ),
    db.$queryRawUnsafe<RawJob[]>(
      `SELECT * FROM (${live} UNION ALL ${archived}) j WHERE state = 'failed' OR (state = 'retry') ORDER BY created_on DESC LIMIT 20`,
    ),
    db.$queryRawUnsafe<RawJob[]>(
      `SELECT * FROM (${live} UNION ALL ${archived}) j ORDER BY created_on DESC LIMIT 20`,
    ),
    db.$queryRawUnsafe<{ state: string; n: number }[]>(
      `SELECT state, count(*)::int AS n FROM (${live} UNION ALL ${archived}) j GROUP BY state`,
    ),
  ]);
  return {
    started: true,
    schedules,
    failed: failed.map(toRow),
    recent: recent.map(toRow),
    counts: Object.fromEntries(counts.map((c) => [c.state, c.n])),
  };
}
