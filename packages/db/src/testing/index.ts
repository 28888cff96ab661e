import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createDatabase, type Database } from "../client";
import { deployMigrations } from "../migrate";
import { PgScriptAdapterFactory } from "../migrate/pg-script-adapter";

/** The server tests create their throwaway databases on (CI and these machines: local, trust auth). */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDatabase extends Database {
  name: string;
  /** Empties every table but the migrations table (cheaper than a new database per test). */
  truncateAll(): Promise<void>;
  /** Closes and drops the database. */
  destroy(): Promise<void>;
}

/** A fresh PostgreSQL database, migrated with the project's own migrate command. */
export async function createTestPostgres(
  prefix = "pt_test",
  /** Migrate only up to this migration (a test of the next one). */
  options: { upTo?: string } = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(testServerUrl(), name);
  await deployWaitingForOthers(url, options.upTo);
  const db = createDatabase({ url, poolSize: 4 });
  return {
    ...db,
    url,
    name,
    truncateAll: () => truncateAll(db),
    destroy: async () => {
      await db.close();
      const c = new Client({ connectionString: testServerUrl() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Prisma's schema engine serialises migrations with one advisory lock per server and gives up after
 * 10 s. Test files migrate their own databases in parallel (and other runs may share the server), so a
 * timeout here means "someone else is migrating": wait and try again rather than fail the run.
 */
async function deployWaitingForOthers(url: string, upTo?: string, attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deployMigrations(new PgScriptAdapterFactory(url), { upTo });
      return;
    } catch (error) {
      const busy = String((error as Error)?.message ?? error).includes("advisory lock");
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1500));
    }
  }
}

/** A fresh in-memory embedded database (PGlite), migrated the same way. */
export async function createTestEmbedded(): Promise<TestDatabase> {
  const db = createDatabase({ dataDir: "memory://" });
  await deployMigrations(db.adapterFactory);
  return { ...db, name: "memory", truncateAll: () => truncateAll(db), destroy: () => db.close() };
}

async function truncateAll(db: Database): Promise<void> {
  const rows = await db.prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  await db.exec(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
