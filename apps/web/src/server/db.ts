import "server-only";
import type { Database } from "@plan-tracker/db";
import { getDb } from "./database";

export { getDb } from "./database";

/** This process's Prisma client (server/database.ts), opened on first use. */
export const prisma = new Proxy({} as Database["prisma"], {
  get(_target, property) {
    return Reflect.get(getDb().prisma, property);
  },
});
