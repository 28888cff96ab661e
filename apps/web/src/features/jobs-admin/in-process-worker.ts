// No "server-only" here: this module is loaded from instrumentation.ts, which Next compiles apart from
// the server components (server-only throws there). It runs on the Node.js server runtime only.
import { createDatabase, type Database, PrismaClient } from "@plan-tracker/db";
import type { RunningWorker } from "@plan-tracker/jobs/worker";
import { onShutdown } from "@/server/graceful-shutdown";
import { queryCountEnabled, withQueryCounting } from "@/server/query-count";

/**
 * The same per-process Database as src/server/db.ts (kept on globalThis under the same name): the
 * embedded PGlite can be opened once per process, so the worker must share the web server's.
 */
function sharedDatabase(): Database {
  const global = globalThis as unknown as { planTrackerDb?: Database };
  if (!global.planTrackerDb) {
    const db = createDatabase();
    if (queryCountEnabled()) {
      const adapterFactory = withQueryCounting(db.adapterFactory);
      const prisma = new PrismaClient({ adapter: adapterFactory });
      global.planTrackerDb = {
        ...db,
        prisma,
        adapterFactory,
        close: () => db.close().then(() => prisma.$disconnect()),
      };
    } else {
      global.planTrackerDb = db;
    }
  }
  return global.planTrackerDb;
}

const globalWorker = globalThis as unknown as { planTrackerWorker?: Promise<RunningWorker | null> };

/** The worker started by this server process, if any (the admin's "run now" goes through it). */
export function runningWorker(): Promise<RunningWorker | null> {
  return globalWorker.planTrackerWorker ?? Promise.resolve(null);
}

/**
 * Starts the job worker inside the web server (pnpm start, pnpm dev), in the background: the server
 * answers requests while pg-boss creates its tables. JOBS_WORKER=off leaves it to a separate `pnpm worker`.
 * On SIGTERM the worker takes no new job and finishes the ones it runs while the requests in flight
 * finish; then the database is closed (server/graceful-shutdown.ts).
 */
export function startInProcessWorker(): void {
  if (globalWorker.planTrackerWorker) return;
  onShutdown(
    async () => {
      await (globalThis as unknown as { planTrackerDb?: Database }).planTrackerDb?.close();
    },
    { afterRequests: true },
  );
  if (process.env.JOBS_WORKER === "off") {
    globalWorker.planTrackerWorker = Promise.resolve(null);
    return;
  }
  let stopping = false;
  onShutdown(async () => {
    stopping = true;
    await (await runningWorker())?.stop();
  });
  globalWorker.planTrackerWorker = (async () => {
    const { startWorker } = await import("@plan-tracker/jobs/worker");
    // The database may be down or restarting when the server starts: the worker keeps trying (the
    // PostgreSQL restart fault test caught a worker that gave up for good on one refused connection).
    for (let attempt = 1; !stopping; attempt++) {
      try {
        return await startWorker(sharedDatabase());
      } catch (error) {
        const seconds = Math.min(60, 5 * attempt);
        console.error(
          `[jobs] the worker did not start (attempt ${attempt}); trying again in ${seconds} s`,
          error,
        );
        for (let waited = 0; waited < seconds && !stopping; waited++) await sleep(1000);
      }
    }
    return null;
  })();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
