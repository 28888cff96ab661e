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
export async function createTestPostgres(prefix = "pt_test"): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(testServerUrl(), name);
  await deployMigrations(new PgScriptAdapterFactory(url));
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
