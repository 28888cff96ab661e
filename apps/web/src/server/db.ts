import "server-only";
import { createDatabase, type Database, PrismaClient } from "@plan-tracker/db";
import { queryCountEnabled, withQueryCounting } from "./query-count";

// One client per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { planTrackerDb?: Database };

export function getDb(): Database {
  globalForDb.planTrackerDb ??= openDatabase();
  return globalForDb.planTrackerDb;
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

export const prisma = new Proxy({} as Database["prisma"], {
  get(_target, property) {
    return Reflect.get(getDb().prisma, property);
  },
});
