import type { Database } from "@plan-tracker/db";
import PgBoss from "pg-boss";

/** pg-boss's own tables live in this schema, beside the application's. */
export const BOSS_SCHEMA = "pgboss";

/**
 * pg-boss over the application's database. On PostgreSQL it opens its own small pool. On the embedded
 * database (PGlite, one process, no TCP) it drives the same PGlite instance through its `db.executeSql`
 * option: PGlite serialises every statement, so queue and application share one connection safely, and
 * since only one process may open the folder there is only ever one worker.
 */
export function createBoss(database: Database, options: PgBoss.ConstructorOptions = {}): PgBoss {
  const common: PgBoss.ConstructorOptions = {
    schema: BOSS_SCHEMA,
    schedule: true,
    supervise: true,
    // Failed and completed jobs stay a week for the admin's page.
    archiveCompletedAfterSeconds: 12 * 3600,
    deleteAfterDays: 7,
    ...options,
  };
  if (database.kind === "postgres") {
    if (!database.url) throw new Error("PostgreSQL database without a URL");
    return new PgBoss({
      connectionString: database.url,
      max: 3,
      application_name: "plan-tracker-jobs",
      ...common,
    });
  }
  const pglite = database.pglite;
  if (!pglite) throw new Error("Embedded database without its PGlite instance");
  const db: PgBoss.Db = {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values as never[]);
      // Several statements in one text: node-postgres answers with one result per statement.
      const results = await pglite.exec(text);
      return (results.length === 1 ? results[0] : results) as { rows: unknown[] };
    },
  };
  return new PgBoss({ db, ...common });
}
