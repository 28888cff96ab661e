import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOSS_SCHEMA } from "./boss";
import { createReminderFixture } from "./testing/fixture";
import { QUEUES, type RunningWorker, startWorker } from "./worker";

let db: TestDatabase;
const workers: RunningWorker[] = [];

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_worker");
  await createReminderFixture(db.prisma);
  delete process.env.SMTP_URL;
  delete process.env.SMTP_HOST;
});
afterAll(async () => {
  for (const w of workers) await w.stop().catch(() => {});
  await db?.destroy();
});

type JobRow = { id: string; state: string; retry_count: number; output: { message?: string } | null };

async function job(id: string): Promise<JobRow | undefined> {
  const rows = await db.prisma.$queryRawUnsafe<JobRow[]>(
    `SELECT id::text, state::text, retry_count, output FROM ${BOSS_SCHEMA}.job WHERE id = $1::uuid`,
    id,
  );
  return rows[0];
}

async function until<T>(probe: () => Promise<T | undefined>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe("the pg-boss worker on PostgreSQL", () => {
  it("two workers register one schedule, run a queued job once, and retry a failing one with its error kept", async () => {
    const log = () => {};
    workers.push(await startWorker(db, { log, pollingIntervalSeconds: 0.5 }));
    workers.push(await startWorker(db, { log, pollingIntervalSeconds: 0.5 }));
    const schedules = await db.prisma.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(
      `SELECT name, cron, timezone FROM ${BOSS_SCHEMA}.schedule ORDER BY name`,
    );
    expect(schedules).toEqual([
      { name: QUEUES.housekeeping, cron: "30 2 * * *", timezone: "Asia/Ho_Chi_Minh" },
      { name: QUEUES.periods, cron: "0 7-17 * * *", timezone: "Asia/Ho_Chi_Minh" },
      { name: QUEUES.reminders, cron: "0 8-17 * * *", timezone: "Asia/Ho_Chi_Minh" },
    ]);

    const id = await workers[0]?.runNow(QUEUES.reminders);
    if (!id) throw new Error("not queued");
    const done = await until(
      () => job(id),
      (j) => j.state === "completed",
    );
    expect(done.retry_count).toBe(0);

    // Break the database under the job (a real failure, not a mock): it fails, keeps the error, and retries.
    await db.exec(`ALTER TABLE "CalendarDay" RENAME TO "CalendarDayGone"`);
    try {
      const failing = await workers[1]?.runNow(QUEUES.reminders);
      if (!failing) throw new Error("not queued");
      const retrying = await until(
        () => job(failing),
        (j) => j.state === "retry",
      );
      expect(retrying.output?.message).toMatch(/CalendarDay/);
    } finally {
      await db.exec(`ALTER TABLE "CalendarDayGone" RENAME TO "CalendarDay"`);
    }
  }, 180_000);
});
