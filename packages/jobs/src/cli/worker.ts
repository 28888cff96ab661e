/**
 * Usage: pnpm worker
 *
 * The job worker on its own (a separate process beside `pnpm start`, or on another node). Against
 * PostgreSQL any number may run; the web server also starts one in-process unless JOBS_WORKER=off.
 */
import { createDatabase } from "@plan-tracker/db";
import { startWorker } from "../worker";

async function main(): Promise<void> {
  const db = createDatabase();
  const worker = await startWorker(db);
  const stop = async () => {
    await worker.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
