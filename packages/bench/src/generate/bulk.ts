import type { ClientBase } from "pg";

/** A column of a bulk insert: its name and the SQL type its text is cast to. */
export type Column = readonly [name: string, sqlType: string];

/** Inserts rows into a table (insertRows bound to a client, counting the rows per table). */
export type Insert = (table: string, columns: readonly Column[], rows: unknown[][]) => Promise<void>;

const CHUNK_ROWS = 10_000;

/**
 * Inserts rows with one statement per 10,000 rows: every column is sent as one text array and cast in
 * SQL (`INSERT … SELECT … FROM unnest($1::text[], …)`), so enums, dates, jsonb and text[] need no
 * client-side type mapping and no row costs a round trip. Values: string, number, boolean, null, or a
 * string array (sent as a PostgreSQL array literal).
 */
export async function insertRows(
  client: ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map(([, type], i) => `t.c${i}::${type}`).join(", ");
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases.join(", ")})`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const params = columns.map((_, i) => chunk.map((row) => toText(row[i])));
    await client.query(sql, params);
  }
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value))
    return `{${value.map((v) => `"${String(v).replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
