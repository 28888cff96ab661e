import { AsyncLocalStorage } from "node:async_hooks";
import type { Database } from "@plan-tracker/db";

/**
 * Opt-in SQL statement counting for the benchmark (BENCH_QUERY_COUNT=1); off, nothing is wrapped and
 * nothing is counted. Counts what reaches the database through the driver adapter, so a Prisma call that
 * the engine splits into several statements counts each, and a transaction counts its BEGIN and COMMIT.
 *
 * The running total is per process: the benchmark sends one request at a time and reads the difference
 * through GET /api/bench/query-count. A per-request count by AsyncLocalStorage is not exact: Prisma
 * batches the calls made in one tick and sends them from whichever caller flushed the batch, so
 * `countQueries` (one async context) is only exact when nothing else queries meanwhile (tests).
 */

type AdapterFactory = Database["adapterFactory"];

interface Counter {
  total: number;
}

const globalCounter = globalThis as unknown as { planTrackerQueryCount?: Counter };
const scoped = new AsyncLocalStorage<Counter>();

export function queryCountEnabled(): boolean {
  return process.env.BENCH_QUERY_COUNT === "1";
}

/** Statements sent since the server started (0 when counting is off). */
export function queryCountTotal(): number {
  return globalCounter.planTrackerQueryCount?.total ?? 0;
}

/** Runs `fn` and says how many statements it sent, whatever else runs meanwhile. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter: Counter = { total: 0 };
  const result = await scoped.run(counter, fn);
  return { result, queries: counter.total };
}

function count(statement: unknown): void {
  // BENCH_QUERY_LOG=1 also writes each statement to stderr: how `pnpm bench --trace-sql` finds N+1s.
  if (process.env.BENCH_QUERY_LOG === "1") {
    const sql = typeof statement === "string" ? statement : (statement as { sql?: string } | undefined)?.sql;
    process.stderr.write(`[sql] ${(sql ?? "BEGIN").replace(/\s+/g, " ")}\n`);
  }
  globalCounter.planTrackerQueryCount ??= { total: 0 };
  globalCounter.planTrackerQueryCount.total += 1;
  const counter = scoped.getStore();
  if (counter) counter.total += 1;
}

// COMMIT and ROLLBACK reach the driver as executeRaw; commit()/rollback() only release the connection.
const COUNTED = new Set(["queryRaw", "executeRaw", "executeScript"]);

/** Wraps an adapter, connection or transaction so each statement it sends is counted. */
function counting<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property);
      if (typeof value !== "function") return value;
      const name = String(property);
      if (COUNTED.has(name))
        return (...args: unknown[]) => {
          count(args[0]);
          return value.apply(object, args);
        };
      if (name === "startTransaction")
        return async (...args: unknown[]) => {
          count(undefined); // BEGIN
          return counting(await value.apply(object, args));
        };
      if (name === "connect" || name === "connectToShadowDb")
        return async (...args: unknown[]) => counting(await value.apply(object, args));
      return value.bind(object);
    },
  });
}

/** The factory itself when counting is off (no cost); a counting one when it is on. */
export function withQueryCounting(factory: AdapterFactory): AdapterFactory {
  return queryCountEnabled() ? counting(factory) : factory;
}
