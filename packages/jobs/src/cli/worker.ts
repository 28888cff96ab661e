/**
 * Usage: pnpm worker
 *
 * The job worker on its own (a separate process beside `pnpm start`, or on another node). Against
 * PostgreSQL any number may run; the web server also starts one in-process unless JOBS_WORKER=off.
 * SIGTERM or SIGINT: no new job is taken, the jobs running finish (up to the worker's stop timeout; one
 * still running then is failed and retried later), the database is closed, and the process exits 0.
 */
import { createDatabase } from "@plan-tracker/db";
import { startWorker } from "../worker";

async function main(): Promise<void> {
  const db = createDatabase();
  const worker = await startWorker(db);
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`[jobs] ${signal}: finishing the jobs in flight`);
    try {
      await worker.stop();
      await db.close();
      console.log("[jobs] stopped");
      process.exit(0);
    } catch (error) {
      console.error("[jobs] the worker did not stop cleanly", error);
      process.exit(1);
    }
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
