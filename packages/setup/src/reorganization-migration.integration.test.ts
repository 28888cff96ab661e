/** Migration reorganization_events: each Organization.successorId pair becomes an event with its link. */

import { deployMigrations, migrationAdapterFor } from "@plan-tracker/db/migrate";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BEFORE = "20261208001818_carried_forward_updates";
const MIGRATION = "20261208004029_reorganization_events";

let db: TestDatabase;
let client: Client;

beforeAll(async () => {
  db = await createTestPostgres("pt_reorg_migration", { upTo: BEFORE });
  client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`
    INSERT INTO "Organization" ("id", "code", "name", "shortName", "kind", "validFrom", "validTo", "searchKey", "note", "updatedAt")
    VALUES ('tp', 'UBND-PHUQUOC-TP', 'Ủy ban nhân dân thành phố Phú Quốc', 'UBND TP Phú Quốc', 'DISTRICT_PC', '2021-01-01', NULL, 'phu quoc', NULL, now()),
           ('h', 'UBND-PHUQUOC-H', 'Ủy ban nhân dân huyện Phú Quốc', 'UBND huyện Phú Quốc', 'DISTRICT_PC', NULL, '2020-12-31', 'phu quoc', 'Trở thành thành phố', now()),
           ('x', 'SCT', 'Sở Công Thương', 'Sở CT', 'DEPARTMENT', NULL, NULL, 'so cong thuong', NULL, now())`);
  await client.query(`UPDATE "Organization" SET "successorId" = 'tp' WHERE "id" = 'h'`);
});

afterAll(async () => {
  await client?.end();
  await db?.destroy();
});

describe("migration reorganization_events", () => {
  it("keeps each successor as a dated event, then drops the column", async () => {
    expect(await deployMigrations(migrationAdapterFor(db, db.url), { upTo: MIGRATION })).toEqual([MIGRATION]);
    const events = await client.query(
      `SELECT "code", "kind"::text AS "kind", to_char("effectiveOn", 'YYYY-MM-DD') AS "effectiveOn", "title", "note"
       FROM "ReorganizationEvent"`,
    );
    expect(events.rows).toEqual([
      {
        code: "MIGRATED-UBND-PHUQUOC-H-UBND-PHUQUOC-TP",
        kind: "RENAME",
        effectiveOn: "2021-01-01",
        title: "Ủy ban nhân dân huyện Phú Quốc → Ủy ban nhân dân thành phố Phú Quốc",
        note: "Trở thành thành phố",
      },
    ]);
    const links = await client.query(`SELECT "predecessorId", "successorId" FROM "ReorganizationLink"`);
    expect(links.rows).toEqual([{ predecessorId: "h", successorId: "tp" }]);
    const column = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'Organization' AND column_name = 'successorId'`,
    );
    expect(column.rowCount).toBe(0);
  });
});
