/**
 * Migration reporting_cycles on a database holding the demo data: every update, agency report, snapshot
 * and period is the same after as before; every period becomes its year's ANNUAL period; each plan's one
 * frequency becomes its list of cycles.
 *
 * The demo is seeded by today's code (the newest schema) into one database, then copied row for row into a
 * second database migrated only up to the migration before, as a database of that time held it.
 */
import { deployMigrations, migrationAdapterFor } from "@plan-tracker/db/migrate";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "./setup";

const BEFORE = "20261207211801_plan_lifecycle";
const MIGRATION = "20261207214039_reporting_cycles";

let current: TestDatabase;
let old: TestDatabase;
let client: Client;

const columnsOf = async (c: Client, table: string): Promise<string[]> =>
  (
    await c.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [table],
    )
  ).rows.map((r) => r.column_name);

/** Every row of the tables that carry reported work, as JSON, in a stable order (the old columns only). */
async function reported(c: Client): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of [
    "ProgressUpdate",
    "CitedDocument",
    "IndicatorValue",
    "AgencySubmission",
    "SubmissionSnapshot",
    "ReportingPeriod",
    "AuditEvent",
  ]) {
    const columns = (await columnsOf(c, table)).filter((col) => col !== "cycle" && col !== "index");
    const list = columns.map((col) => `"${col}"`).join(", ");
    out[table] = (
      await c.query(`SELECT json_agg(t ORDER BY t."id") AS rows FROM (SELECT ${list} FROM "${table}") t`)
    ).rows[0].rows;
  }
  return out;
}

beforeAll(async () => {
  current = await createTestPostgres("pt_cycles_now");
  await setupDatabase(current, { demo: true });
  old = await createTestPostgres("pt_cycles_old", { upTo: BEFORE });
  const from = new Client({ connectionString: current.url });
  client = new Client({ connectionString: old.url });
  await Promise.all([from.connect(), client.connect()]);
  try {
    // Rows in any order: foreign keys and triggers wait while the copy runs.
    await client.query("SET session_replication_role = replica");
    const tables = (
      await from.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      )
    ).rows.map((r) => r.table_name);
    for (const table of tables) {
      const oldColumns = new Set(await columnsOf(client, table));
      // A table added by a later migration did not exist then.
      if (oldColumns.size === 0) continue;
      const common = (await columnsOf(from, table)).filter((c) => oldColumns.has(c)).map((c) => `"${c}"`);
      const rows = (await from.query(`SELECT coalesce(json_agg(t), '[]') AS rows FROM "${table}" t`)).rows[0]
        .rows;
      await client.query(
        `INSERT INTO "${table}" (${common.join(", ")})
         SELECT ${common.join(", ")} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
        [JSON.stringify(rows)],
      );
    }
    // A plan that reported every six months, as the old schema could say.
    await client.query(
      `UPDATE "Plan" SET "reportingFrequency" = 'SEMIANNUAL' WHERE "symbol" = '104/KH-UBND'`,
    );
    await client.query("SET session_replication_role = origin");
  } finally {
    await from.end();
  }
});

afterAll(async () => {
  await client?.end();
  await old?.destroy();
  await current?.destroy();
});

describe("migration reporting_cycles", () => {
  it("keeps every update, report, snapshot, period and audit event as it was", async () => {
    const before = await reported(client);
    expect((before.ProgressUpdate as unknown[]).length).toBeGreaterThan(1000);
    expect((before.SubmissionSnapshot as unknown[]).length).toBeGreaterThan(50);
    // This migration alone: later ones add columns of their own, which the comparison would see.
    const applied = await deployMigrations(migrationAdapterFor(old, old.url), { upTo: MIGRATION });
    expect(applied).toEqual([MIGRATION]);
    expect(await reported(client)).toEqual(before);
  });

  it("makes every period its year's ANNUAL period and each plan's frequency its one cycle", async () => {
    const periods = await client.query(`SELECT DISTINCT "cycle"::text, "index" FROM "ReportingPeriod"`);
    expect(periods.rows).toEqual([{ cycle: "ANNUAL", index: 1 }]);
    const plans = await client.query(
      `SELECT "symbol", "reportingCycles"::text[] AS cycles FROM "Plan" ORDER BY "symbol"`,
    );
    expect(plans.rows).toEqual([
      { symbol: "104/KH-UBND", cycles: ["SEMIANNUAL"] },
      { symbol: "182/KH-UBND", cycles: ["ANNUAL"] },
      { symbol: "68/KH-UBND", cycles: ["ANNUAL"] },
    ]);
  });
});
