import "server-only";
import { createDatabase, type Database } from "@plan-tracker/db";

// One client per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { planTrackerDb?: Database };

export function getDb(): Database {
  globalForDb.planTrackerDb ??= createDatabase();
  return globalForDb.planTrackerDb;
}

export const prisma = new Proxy({} as Database["prisma"], {
  get(_target, property) {
    return Reflect.get(getDb().prisma, property);
  },
});
