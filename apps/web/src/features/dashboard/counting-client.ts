import type { Database } from "@plan-tracker/db";
import { PrismaClient } from "@plan-tracker/db";

/**
 * For tests: a Prisma client over the same database whose driver adapter counts every SQL statement
 * it sends (a query Prisma splits in two counts two).
 */
export function countingClient(db: Database): { prisma: PrismaClient; statements: () => number } {
  let statements = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property);
        if (typeof value !== "function") return value;
        const name = String(property);
        if (name === "queryRaw" || name === "executeRaw")
          return (...args: unknown[]) => {
            statements += 1;
            return value.apply(object, args);
          };
        if (name === "connect" || name === "startTransaction")
          return async (...args: unknown[]) => wrap(await value.apply(object, args));
        return value.bind(object);
      },
    });
  const prisma = new PrismaClient({ adapter: wrap(db.adapterFactory) });
  return { prisma, statements: () => statements };
}
