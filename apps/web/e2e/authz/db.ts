/**
 * The e2e database, read with `psql` (the Playwright process loads no Prisma, see support/database.ts):
 * the matrix resolves real ids from it, takes snapshots before and after refused actions, and inserts the
 * few rows of its own that some rows need (an outbox email, notifications).
 */
import { execFileSync } from "node:child_process";
import { databaseUrlFor, testServerUrl } from "../support/names";

function databaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set (the Playwright config sets it)");
  return databaseUrlFor(name, testServerUrl());
}

/** Rows of a query as arrays of text fields (unit separator between fields, so any text survives). */
export function sql(query: string): string[][] {
  const out = execFileSync(
    "psql",
    [databaseUrl(), "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1", "-c", query],
    {
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  return out
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.split("\x1f"));
}

/** The single value of a query that must find exactly one row. */
export function sqlOne(query: string): string {
  const rows = sql(query);
  const value = rows[0]?.[0];
  if (rows.length !== 1 || value === undefined)
    throw new Error(`Expected one row from: ${query}\ngot ${rows.length}`);
  return value;
}

/** A quoted SQL literal for values built by the matrix (ids, codes). */
export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
