// No "server-only" here: this module is loaded from instrumentation.ts, which Next compiles apart from
// the server components (server-only throws there). It runs on the Node.js server runtime only.
import type { RunningWorker } from "@plan-tracker/jobs/worker";
import { closeDb, getDb } from "@/server/database";
import { onShutdown } from "@/server/graceful-shutdown";

const globalWorker = globalThis as typeof globalThis & { planTrackerWorker?: Promise<RunningWorker | null> };

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
      await closeDb();
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
        // The web server's own Database (server/database.ts): the embedded PGlite opens once per process.
        return await startWorker(getDb());
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
