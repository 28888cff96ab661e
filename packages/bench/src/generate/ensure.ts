import { createDatabase } from "@plan-tracker/db";
import { deployMigrations, migrationAdapterFor } from "@plan-tracker/db/migrate";
import { setupDatabase } from "@plan-tracker/setup";
import { Client } from "pg";
import { generateDataset, readMarker } from "./dataset";
import { type DatasetMarker, GENERATOR_VERSION } from "./shape";

export const DEFAULT_BENCH_URL = "postgresql://postgres@127.0.0.1:5432/plan_tracker_bench";

export function benchDatabaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_BENCH_URL;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

function serverUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function onServer<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The data set in the database of `url`, generated when absent. A data set of another generator
 * version or scale is replaced by dropping the database, which is only done to a database whose name
 * says it is the benchmark's (plan_tracker_bench*); any other is refused.
 */
export async function ensureDataset(
  url: string,
  scale: number,
  log: (line: string) => void,
): Promise<{ marker: DatasetMarker; reused: boolean }> {
  const name = databaseName(url);
  const exists = await onServer(url, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });
  if (exists) {
    const marker = await withClient(url, (c) => readMarker(c).catch(() => null));
    if (marker && marker.version === GENERATOR_VERSION && marker.scale === scale) {
      // A data set made before the last migrations: bring its schema up to the code being measured.
      const db = createDatabase({ url, poolSize: 2 });
      try {
        const applied = await deployMigrations(migrationAdapterFor(db, url));
        if (applied.length) log(`Đã áp dụng migration: ${applied.join(", ")}`);
      } finally {
        await db.close();
      }
      return { marker, reused: true };
    }
    const empty = !marker && (await withClient(url, isEmpty));
    if (!empty) {
      if (!name.startsWith("plan_tracker_bench"))
        throw new Error(
          `Database "${name}" already holds data${marker ? ` (data set v${marker.version}, scale ${marker.scale})` : ""}; ` +
            "the benchmark only replaces databases named plan_tracker_bench*. Point DATABASE_URL at an empty or benchmark database.",
        );
      log(`Xóa cơ sở dữ liệu "${name}" (bộ dữ liệu khác phiên bản hoặc quy mô)`);
      await onServer(url, (c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
      await onServer(url, (c) => c.query(`CREATE DATABASE "${name}"`));
    }
  } else {
    await onServer(url, (c) => c.query(`CREATE DATABASE "${name}"`));
  }
  const started = performance.now();
  const db = createDatabase({ url, poolSize: 2 });
  // The seed migrates through DATABASE_URL (the script adapter runs migrations with functions in them).
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await setupDatabase(db, { demo: true });
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    await db.close();
  }
  log(`Kế hoạch 182 và dữ liệu minh họa: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const marker = await withClient(url, (c) => generateDataset(c, scale, log));
  return { marker, reused: false };
}

async function isEmpty(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Plan'`,
  );
  if (rows[0]?.n === 0) return true;
  const plans = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Plan"`);
  return plans.rows[0]?.n === 0;
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
