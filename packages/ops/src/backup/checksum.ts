/** Something that answers SQL with rows: a pg Client or a PGlite instance. */
export interface Queryable {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

export interface TableDigest {
  rows: number;
  md5: string;
}

/**
 * Row count and an order-independent digest of every table of the public schema (each row as text,
 * sorted): two databases with equal digests hold the same data. Used to prove a backup round trip.
 */
export async function tableDigests(db: Queryable): Promise<Record<string, TableDigest>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const digests: Record<string, TableDigest> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ n: number | string; md5: string | null }>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM "${name.replace(/"/g, '""')}" t`,
    );
    digests[name] = { rows: Number(rows[0]?.n ?? 0), md5: rows[0]?.md5 ?? "" };
  }
  return digests;
}
