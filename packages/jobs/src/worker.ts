import type { Database } from "@plan-tracker/db";
import type PgBoss from "pg-boss";
import { createBoss } from "./boss";
import { runHousekeeping } from "./housekeeping/run";
import { sendPendingEmails } from "./mail/send";
import { createMailer, type Mailer, smtpConfigFromEnv } from "./mail/transport";
import { runPeriodSchedule } from "./periods/run";
import { QUEUES, type QueueName } from "./queues";
import { runReminders } from "./reminders/run";

export { QUEUES } from "./queues";

/**
 * Reminders run every hour from 08:00 to 17:00 Vietnam time: the first run of a working day sends them,
 * the others find nothing new (dedupe keys) unless the server was down at 08:00.
 */
export const REMINDERS_CRON = "0 8-17 * * *";
/**
 * Periods open at 07:00 and again every hour of the working day (a node that was down catches up; a run
 * that finds the period open does nothing), so the 08:00 reminders already see the new period.
 */
export const PERIODS_CRON = "0 7-17 * * *";
export const OUTBOX_CRON = "* * * * *";
/** Expired short-lived rows are deleted at night, away from the working day's load. */
export const HOUSEKEEPING_CRON = "30 2 * * *";
export const JOBS_TIME_ZONE = "Asia/Ho_Chi_Minh";

const RETRY = { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 } as const;

export interface RunningWorker {
  boss: PgBoss;
  mailer: Mailer | null;
  /** Queues a run now (the admin's button): the same job, retries and record as the schedule's. */
  runNow(queue: QueueName): Promise<string | null>;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  log?: (message: string) => void;
  /** Seconds between polls for new jobs (the embedded database is polled less often). */
  pollingIntervalSeconds?: number;
}

/**
 * Starts the job queue on the application's database: creates the queues with retries and exponential
 * backoff, registers the schedules (idempotent: every node registers the same ones; pg-boss's cron
 * monitor lets one node per minute enqueue), and works them. Failures stay in pg-boss's tables, which the
 * admin reads at /admin/jobs.
 */
export async function startWorker(database: Database, options: WorkerOptions = {}): Promise<RunningWorker> {
  const log = options.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const boss = createBoss(database);
  boss.on("error", (error) => log(`pg-boss error: ${error.message}`));
  try {
    return await setUp(boss, database, log, options);
  } catch (error) {
    // A start that failed (database unreachable) must not leave pg-boss's pool and timers behind.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
}

async function setUp(
  boss: PgBoss,
  database: Database,
  log: (message: string) => void,
  options: WorkerOptions,
): Promise<RunningWorker> {
  await boss.start();

  const smtp = smtpConfigFromEnv();
  const mailer = smtp ? createMailer(smtp) : null;
  const polling = {
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? (database.kind === "embedded" ? 10 : 2),
  };

  await boss.createQueue(QUEUES.periods, { name: QUEUES.periods, policy: "singleton", ...RETRY });
  await boss.schedule(QUEUES.periods, PERIODS_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(QUEUES.periods, polling, async () => {
    const result = await runPeriodSchedule(database.prisma, new Date());
    log(
      `periods ${result.day}: opened ${result.opened.join(", ") || "none"}; held back ${result.blocked.join(", ") || "none"}`,
    );
    if (mailer && result.emails > 0) await boss.send(QUEUES.outbox, {});
    return result;
  });

  await boss.createQueue(QUEUES.reminders, { name: QUEUES.reminders, policy: "singleton", ...RETRY });
  await boss.schedule(QUEUES.reminders, REMINDERS_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(QUEUES.reminders, polling, async () => {
    const result = await runReminders(database.prisma, new Date());
    log(`reminders ${result.day}: ${result.notifications} notification(s), ${result.emails} email(s)`);
    if (mailer && result.emails > 0) await boss.send(QUEUES.outbox, {});
    return result;
  });

  await boss.createQueue(QUEUES.outbox, { name: QUEUES.outbox, policy: "singleton", ...RETRY });
  if (mailer) {
    await boss.schedule(QUEUES.outbox, OUTBOX_CRON, {}, { tz: JOBS_TIME_ZONE });
    await boss.work(QUEUES.outbox, polling, async () => {
      const result = await sendPendingEmails(database.prisma, mailer);
      if (result.failed > 0) throw new Error(`${result.failed} email(s) failed; they will be retried`);
      return result;
    });
  } else {
    // No SMTP: mail stays in the outbox for the admin (an earlier SMTP configuration's schedule is removed).
    await boss.unschedule(QUEUES.outbox);
  }
  await boss.createQueue(QUEUES.housekeeping, { name: QUEUES.housekeeping, policy: "singleton", ...RETRY });
  await boss.schedule(QUEUES.housekeeping, HOUSEKEEPING_CRON, {}, { tz: JOBS_TIME_ZONE });
  await boss.work(QUEUES.housekeeping, polling, async () => {
    const result = await runHousekeeping(database.prisma, new Date());
    log(`housekeeping: ${JSON.stringify(result)}`);
    return result;
  });

  log(
    `started on ${database.kind === "embedded" ? "the embedded database" : "PostgreSQL"}; email ${mailer ? "over SMTP" : "kept in the outbox"}`,
  );

  return {
    boss,
    mailer,
    runNow: (queue) => boss.send(queue, {}),
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer?.close();
    },
  };
}
