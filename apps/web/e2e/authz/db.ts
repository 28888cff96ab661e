/**
 * The e2e database, read over one `pg` connection per worker (pg comes with packages/db; the Playwright
 * process loads no Prisma, see support/database.ts): the matrix resolves real ids from it, takes
 * snapshots before and after refused actions, and inserts the few rows of its own that some rows need.
 * One connection instead of a psql process per query: the suite makes a few thousand of them.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { databaseUrlFor, testServerUrl } from "../support/names";

interface PgClient {
  connect(): Promise<void>;
  end(): Promise<void>;
  query(config: {
    text: string;
    rowMode: "array";
    types: { getTypeParser: () => (value: string) => string };
  }): Promise<{ rows: unknown[][] }>;
}

const requireFromDb = createRequire(
  path.resolve(import.meta.dirname, "../../../../packages/db/package.json"),
);
const { Client } = requireFromDb("pg") as { Client: new (options: { connectionString: string }) => PgClient };

function databaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set (the Playwright config sets it)");
  return databaseUrlFor(name, testServerUrl());
}

let client: Promise<PgClient> | undefined;

function connection(): Promise<PgClient> {
  client ??= (async () => {
    const c = new Client({ connectionString: databaseUrl() });
    await c.connect();
    return c;
  })();
  return client;
}

/** Ends the worker's connection (the matrix fixture's teardown). */
export async function closeDatabase(): Promise<void> {
  const open = client;
  client = undefined;
  if (open) await (await open).end();
}

/** Every value as PostgreSQL writes it as text; NULL as this marker (a NULL is a fact a snapshot keeps). */
export const NULL = "<null>";
const asText = { getTypeParser: () => (value: string) => value };

/** Rows of a query as arrays of text fields. Queries run one after another on the worker's connection. */
export async function sql(query: string): Promise<string[][]> {
  const c = await connection();
  const result = await c.query({ text: query, rowMode: "array", types: asText });
  return result.rows.map((row) => row.map((v) => (v === null ? NULL : String(v))));
}

/** The single value of a query that must find exactly one row. */
export async function sqlOne(query: string): Promise<string> {
  const rows = await sql(query);
  const value = rows[0]?.[0];
  if (rows.length !== 1 || value === undefined)
    throw new Error(`Expected one row from: ${query}\ngot ${rows.length}`);
  return value;
}

/** A quoted SQL literal for values built by the matrix (ids, codes). */
export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
