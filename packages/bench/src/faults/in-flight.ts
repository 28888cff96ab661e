import pg from "pg";

/**
 * Keeps work in flight for as long as a test wants, without a test hook in the product: a transaction of
 * our own holds the agency's report row (a save locks it first and waits) and the working calendar (the
 * reminders job reads it first and waits). `release` commits, and both go on.
 */
export async function holdLocks(
  databaseUrl: string,
  agency: { periodId: string; organizationId: string },
): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  await client.query(
    `SELECT id FROM "AgencySubmission" WHERE "periodId" = $1 AND "organizationId" = $2 FOR UPDATE`,
    [agency.periodId, agency.organizationId],
  );
  await client.query(`LOCK TABLE "CalendarDay" IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await client.query("COMMIT");
      await client.end();
    },
  };
}

/** Waits until `count` statements of other sessions wait on a lock whose text matches `like`. */
export async function waitForLockWaiters(
  databaseUrl: string,
  like: string,
  count: number,
  ms: number,
): Promise<void> {
  await poll(databaseUrl, ms, `${count} statement(s) like ${like} waiting on a lock`, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE wait_event_type = 'Lock' AND query LIKE $1 AND pid <> pg_backend_pid()`,
      [like],
    );
    return (rows[0]?.n ?? 0) >= count;
  });
}

/** A pg-boss job's state ('created', 'active', 'completed', 'failed', ...). */
export async function jobState(databaseUrl: string, id: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [
      id,
    ]);
    return rows[0]?.state ?? null;
  } finally {
    await client.end();
  }
}

export async function waitForJobState(
  databaseUrl: string,
  id: string,
  state: string,
  ms: number,
): Promise<void> {
  await poll(databaseUrl, ms, `job ${id} ${state}`, async (c) => {
    const { rows } = await c.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
    return rows[0]?.state === state;
  });
}

async function poll(
  databaseUrl: string,
  ms: number,
  what: string,
  check: (client: pg.Client) => Promise<boolean>,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + ms;
    while (!(await check(client))) {
      if (Date.now() > deadline) throw new Error(`not seen within ${ms} ms: ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
}
