/**
 * The browser suite's throwaway database. Run with `node --import tsx` (by the config's webServer command
 * and by global-teardown.ts), so Playwright's own process never loads Prisma:
 *
 *   prepare <name>  checks that the production build exists, drops leftovers of interrupted runs,
 *                   creates database <name> on the test server, migrates it and seeds plan 182 with the
 *                   demo accounts (setupDatabase, the same code as `pnpm db:setup --demo`)
 *   drop <name>     drops it, closing the web server's connections (it is still running at teardown)
 *
 * The server is TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres (trust authentication).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "@plan-tracker/db";
import { setupDatabase } from "@plan-tracker/setup";
import { DATABASE_PREFIX, databaseUrlFor, isE2eDatabaseName, testServerUrl } from "./names";

const webDir = path.resolve(import.meta.dirname, "../..");
/** Databases of runs killed before their teardown are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 3600_000;

function fail(message: string): never {
  console.error(`\n[e2e] ${message}\n`);
  process.exit(1);
}

/** The suite runs `next start` on the existing build: refuse clearly when there is none, warn when it is older than the code. */
function checkBuild(): void {
  const buildId = path.join(webDir, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) {
    fail(
      `No production build: ${buildId} is missing.\n` +
        "The browser tests run `next start`; build first with `pnpm build` at the repository root.",
    );
  }
  const builtAt = statSync(buildId).mtimeMs;
  const sources = ["src", "messages", "../../packages/core/src"].map((dir) => path.join(webDir, dir));
  const newer = sources.flatMap((dir) => newerFiles(dir, builtAt)).slice(0, 5);
  if (newer.length) {
    console.error(
      `[e2e] Warning: the build is older than ${newer.map((f) => path.relative(webDir, f)).join(", ")}` +
        " — run `pnpm build` to test the current code.",
    );
  }
}

function newerFiles(dir: string, than: number): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated") found.push(...newerFiles(full, than));
    } else if (!entry.name.includes(".test.") && statSync(full).mtimeMs > than) {
      found.push(full);
    }
  }
  return found;
}

/** Runs statements that cannot run inside a transaction (CREATE/DROP DATABASE) on the server's maintenance database. */
async function withServer<T>(work: (sql: (text: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const admin = createDatabase({ url: testServerUrl(), poolSize: 1 });
  try {
    return await work((text) => admin.prisma.$executeRawUnsafe(text));
  } finally {
    await admin.close();
  }
}

async function dropStale(): Promise<void> {
  const admin = createDatabase({ url: testServerUrl(), poolSize: 1 });
  try {
    const rows = await admin.prisma.$queryRawUnsafe<{ datname: string }[]>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${DATABASE_PREFIX}%'`,
    );
    for (const { datname } of rows) {
      const createdAt = Number.parseInt(datname.slice(DATABASE_PREFIX.length).split("_")[0] ?? "", 36);
      if (
        isE2eDatabaseName(datname) &&
        Number.isFinite(createdAt) &&
        Date.now() - createdAt > STALE_AFTER_MS
      ) {
        await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        console.log(`[e2e] dropped stale database ${datname}`);
      }
    }
  } finally {
    await admin.close();
  }
}

async function prepare(name: string): Promise<void> {
  checkBuild();
  await dropStale();
  await withServer((sql) => sql(`CREATE DATABASE "${name}"`));
  const url = databaseUrlFor(name, testServerUrl());
  // setupDatabase picks the migration adapter from DATABASE_URL (migrationAdapterFor): without it, it
  // falls back to the Prisma adapter, which cannot run the migration's $$-quoted function bodies.
  process.env.DATABASE_URL = url;
  const db = createDatabase({ url, poolSize: 2 });
  try {
    const started = Date.now();
    await setupDatabase(db, { demo: true });
    console.log(`[e2e] database ${name} migrated and seeded in ${Date.now() - started} ms`);
  } catch (error) {
    // Playwright skips globalTeardown when the webServer fails to start: clean up here.
    await db.close().catch(() => {});
    await drop(name);
    throw error;
  }
  await db.close();
}

async function drop(name: string): Promise<void> {
  await withServer((sql) => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

const [command, name] = process.argv.slice(2);
if (!name || !isE2eDatabaseName(name))
  fail(`Expected a database name like ${DATABASE_PREFIX}…, got "${name ?? ""}".`);
const run =
  command === "prepare" ? prepare : command === "drop" ? drop : fail(`Unknown command "${command}".`);
run(name).then(
  () => process.exit(0),
  (error: unknown) =>
    fail(`${command} ${name} failed: ${error instanceof Error ? error.message : String(error)}`),
);
