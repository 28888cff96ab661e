import { type Database, PrismaClient } from "@plan-tracker/db";

/**
 * The one SQL statement counter, used by the tests that hold data functions to a fixed number of
 * statements (`countingClient`) and by the benchmark (BENCH_QUERY_COUNT=1: the server's own client counts
 * into a per-process total, read through GET /api/bench/query-count). Both count the same thing: what
 * reaches the database through the driver adapter, so a Prisma call that the engine splits into several
 * statements counts each, and a transaction counts its BEGIN and COMMIT.
 *
 * With BENCH_QUERY_COUNT unset the server's adapter is not wrapped and nothing is counted. The benchmark
 * sends one request at a time and reads the difference of the total.
 */

type AdapterFactory = Database["adapterFactory"];

interface Counter {
  total: number;
}

const globalCounter = globalThis as typeof globalThis & { planTrackerQueryCount?: Counter };

export function queryCountEnabled(): boolean {
  return process.env.BENCH_QUERY_COUNT === "1";
}

/** Statements the server's client has sent since the process started (0 when counting is off). */
export function queryCountTotal(): number {
  return globalCounter.planTrackerQueryCount?.total ?? 0;
}

function processCounter(): Counter {
  globalCounter.planTrackerQueryCount ??= { total: 0 };
  return globalCounter.planTrackerQueryCount;
}

function count(counter: Counter, statement: unknown): void {
  // BENCH_QUERY_LOG=1 also writes each statement to stderr: how `pnpm bench --trace-sql` finds N+1s.
  if (process.env.BENCH_QUERY_LOG === "1") {
    const sql = typeof statement === "string" ? statement : (statement as { sql?: string } | undefined)?.sql;
    process.stderr.write(`[sql] ${(sql ?? "BEGIN").replace(/\s+/g, " ")}\n`);
  }
  counter.total += 1;
}

// COMMIT and ROLLBACK reach the driver as executeRaw; commit()/rollback() only release the connection.
const COUNTED = new Set(["queryRaw", "executeRaw", "executeScript"]);

/** Wraps an adapter, connection or transaction so each statement it sends is counted in `counter`. */
function counting<T extends object>(target: T, counter: Counter): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property);
      if (typeof value !== "function") return value;
      const name = String(property);
      if (COUNTED.has(name))
        return (...args: unknown[]) => {
          count(counter, args[0]);
          return value.apply(object, args);
        };
      if (name === "startTransaction")
        return async (...args: unknown[]) => {
          count(counter, undefined); // BEGIN
          return counting(await value.apply(object, args), counter);
        };
      if (name === "connect" || name === "connectToShadowDb")
        return async (...args: unknown[]) => counting(await value.apply(object, args), counter);
      return value.bind(object);
    },
  });
}

/**
 * The server's adapter factory: itself when counting is off (no cost); with BENCH_QUERY_COUNT=1, one that
 * counts into the process total.
 */
export function withQueryCounting(factory: AdapterFactory): AdapterFactory {
  return queryCountEnabled() ? counting(factory, processCounter()) : factory;
}

/**
 * For tests: a Prisma client over the same database whose every statement is counted (always, whatever
 * BENCH_QUERY_COUNT says), apart from the process total. Disconnect it when done.
 */
export function countingClient(db: Pick<Database, "adapterFactory">): {
  prisma: PrismaClient;
  statements: () => number;
} {
  const counter: Counter = { total: 0 };
  const prisma = new PrismaClient({ adapter: counting(db.adapterFactory, counter) });
  return { prisma, statements: () => counter.total };
}

/** Runs `fn` and says how many statements the counting client sent meanwhile (tests send nothing else). */
export async function statementsOf<T>(
  client: { statements: () => number },
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const before = client.statements();
  const result = await fn();
  return { result, queries: client.statements() - before };
}
