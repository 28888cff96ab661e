// No "server-only" here: the in-process worker (features/jobs-admin/in-process-worker.ts) is loaded from
// instrumentation.ts, which Next compiles apart from the server components (server-only throws there).
// Everything else reaches the database through server/db.ts, which guards this module with server-only.
import { createDatabase, type Database, PrismaClient } from "@plan-tracker/db";
import { queryCountEnabled, withQueryCounting } from "./query-count";

/**
 * The one Database of this server process: the web server's requests and the in-process job worker share
 * it (the embedded PGlite can be opened once per process). Kept on globalThis so hot reloads in
 * development, and the separately compiled instrumentation bundle, find the same one.
 */
const globalForDb = globalThis as typeof globalThis & { planTrackerDb?: Database };

export function getDb(): Database {
  globalForDb.planTrackerDb ??= openDatabase();
  return globalForDb.planTrackerDb;
}

/** Closes this process's Database, if one was opened; the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const db = globalForDb.planTrackerDb;
  delete globalForDb.planTrackerDb;
  await db?.close();
}

function openDatabase(): Database {
  const db = createDatabase();
  if (!queryCountEnabled()) return db;
  // The benchmark's statement count (BENCH_QUERY_COUNT=1): the same adapter, wrapped; the first client is
  // never connected (Prisma connects lazily), so nothing else changes.
  const adapterFactory = withQueryCounting(db.adapterFactory);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return { ...db, prisma, adapterFactory, close: () => db.close().then(() => prisma.$disconnect()) };
}
