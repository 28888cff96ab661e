import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editableUpdates } from "./editable-updates";

let db: TestDatabase;
let client: Client;

beforeAll(async () => {
  db = await createTestPostgres("pt_bench_targets");
  await setupDatabase(db, { demo: true });
  client = new Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.destroy();
});

/** What the query promises, checked row by row against the tables. */
async function expectEditable(updateId: string, staff: string[]) {
  const { rows } = await client.query(
    `SELECT pu."subjectKey", r.state AS period, s.state AS report
       FROM "ProgressUpdate" pu
       JOIN "ReportingPeriod" r ON r.id = pu."periodId"
       JOIN "AgencySubmission" s ON s."periodId" = pu."periodId" AND s."organizationId" = pu."organizationId"
      WHERE pu.id = $1`,
    [updateId],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].subjectKey).toBe("task");
  expect(rows[0].period).toBe("OPEN");
  expect(["DRAFT", "RETURNED"]).toContain(rows[0].report);
  expect(staff.length).toBeGreaterThan(0);
}

describe("the updates the save run and the fault clients write to", () => {
  it("are editable task updates of agencies with staff, in the same order every time", async () => {
    const all = await editableUpdates(client);
    expect(all.length).toBeGreaterThan(1);
    for (const row of all.slice(0, 20)) await expectEditable(row.updateId, row.staff);
    expect(await editableUpdates(client)).toEqual(all);
    const first = await editableUpdates(client, { limit: 3 });
    expect(first).toEqual(all.slice(0, 3));
  });

  it("one per agency when asked, and only agencies with staff whose email matches", async () => {
    const perAgency = await editableUpdates(client, { onePerAgency: true });
    const agencies = perAgency.map((r) => r.organizationId);
    expect(new Set(agencies).size).toBe(agencies.length);
    expect(new Set(agencies)).toEqual(new Set((await editableUpdates(client)).map((r) => r.organizationId)));
    const { rows } = await client.query<{ email: string; id: string }>(`SELECT id, email FROM "User"`);
    const emailOf = new Map(rows.map((r) => [r.id, r.email]));
    // One staff member's address as the pattern: their agency's updates, with only them as staff.
    const email = emailOf.get(perAgency[0]?.staff[0] ?? "") ?? "";
    const theirs = await editableUpdates(client, { staffEmailLike: email });
    expect(theirs.map((r) => r.organizationId)).toContain(perAgency[0]?.organizationId);
    for (const row of theirs) expect(row.staff.map((id) => emailOf.get(id))).toEqual([email]);
    expect(await editableUpdates(client, { staffEmailLike: "%@nowhere.example" })).toEqual([]);
  });
});
