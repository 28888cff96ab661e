import { createHash } from "node:crypto";
import { WorkingCalendar } from "@plan-tracker/core/calendar/working-calendar";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";
import { defaultCycleDates } from "@plan-tracker/core/reporting/cycle-dates";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset, readMarker } from "./dataset";
import type { DatasetMarker } from "./shape";

let db: TestDatabase;
let client: Client;
let marker: DatasetMarker;

beforeAll(async () => {
  db = await createTestPostgres("pt_bench_dataset");
  await setupDatabase(db, { demo: true });
  client = new Client({ connectionString: db.url });
  await client.connect();
  // A fifth of the plans: ten, every profile among them (periods.test.ts).
  marker = await generateDataset(client, 0.2);
});

afterAll(async () => {
  await client?.end();
  await db?.destroy();
});

const SYNTHETIC = `p.symbol ~ '^2[0-9]{2}/'`;

describe("the generated data set (scale 0.2)", () => {
  it("marks what it wrote: rows per table and periods per cycle, as in the database", async () => {
    expect(await readMarker(client)).toEqual(marker);
    for (const table of ["Plan", "Task", "ReportingPeriod", "ProgressUpdate", "AgencySubmission"]) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE id LIKE 'bx%'`,
      );
      expect(rows[0]?.n, table).toBe(marker.counts[table]);
    }
    const { rows } = await client.query<{ cycle: string; n: number }>(
      `SELECT cycle::text, count(*)::int AS n FROM "ReportingPeriod" WHERE id LIKE 'bx%' GROUP BY cycle`,
    );
    expect(Object.fromEntries(rows.map((r) => [`ReportingPeriod.${r.cycle}`, r.n]))).toEqual(
      Object.fromEntries(Object.entries(marker.counts).filter(([k]) => k.startsWith("ReportingPeriod."))),
    );
    // 10 plans: 4 monthly (72), 3 monthly and yearly (77), 1 quarterly (24), 1 with halves and years (40), 1 yearly (6).
    expect(marker.counts.Plan).toBe(10);
    expect(marker.counts.ReportingPeriod).toBe(4 * 72 + 3 * 77 + 24 + 40 + 6);
  });

  it("every plan has at most one open period, its latest due; a synthetic plan exactly one", async () => {
    const { rows } = await client.query<{
      symbol: string;
      synthetic: boolean;
      open: number;
      latest: boolean;
    }>(
      `SELECT p.symbol, ${SYNTHETIC} AS synthetic, count(*) FILTER (WHERE r.state = 'OPEN')::int AS open,
              coalesce(bool_and(r."reportDueDate" <= o."reportDueDate"), true) AS latest
         FROM "Plan" p JOIN "ReportingPeriod" r ON r."planId" = p.id
         LEFT JOIN "ReportingPeriod" o ON o."planId" = p.id AND o.state = 'OPEN'
        GROUP BY p.id`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.open, row.symbol).toBeLessThanOrEqual(1);
      if (row.synthetic) expect(row.open, row.symbol).toBe(1);
      expect(row.latest, row.symbol).toBe(true);
    }
    const states = await client.query<{ state: string }>(
      `SELECT DISTINCT r.state::text FROM "ReportingPeriod" r JOIN "Plan" p ON p.id = r."planId" WHERE ${SYNTHETIC}`,
    );
    expect(states.rows.map((r) => r.state).sort()).toEqual(["CLOSED", "FINALIZED", "OPEN"]);
  });

  it("a plan's reporting cycles are its periods' cycles, and each period has the product's default dates", async () => {
    const { rows } = await client.query<{
      cycles: string;
      cycle: ReportingCycle;
      year: number;
      index: number;
      reportDueDay: number;
      reportDueMonth: number;
      agencyDeadlineOffsetDays: number;
      cutoffDate: string;
      agencyDeadline: string;
      reportDueDate: string;
    }>(
      `SELECT array_to_string(p."reportingCycles", ',') AS cycles, r.cycle::text AS cycle, r.year, r.index,
              p."reportDueDay", p."reportDueMonth", p."agencyDeadlineOffsetDays",
              to_char(r."cutoffDate", 'YYYY-MM-DD') AS "cutoffDate",
              to_char(r."agencyDeadline", 'YYYY-MM-DD') AS "agencyDeadline",
              to_char(r."reportDueDate", 'YYYY-MM-DD') AS "reportDueDate"
         FROM "ReportingPeriod" r JOIN "Plan" p ON p.id = r."planId" WHERE ${SYNTHETIC}`,
    );
    const calendar = new WorkingCalendar();
    const cyclesOf = new Map<string, Set<string>>();
    for (const r of rows) {
      expect(r.cycles.split(",")).toContain(r.cycle);
      cyclesOf.set(r.cycles, (cyclesOf.get(r.cycles) ?? new Set()).add(r.cycle));
      const { cutoffDate, agencyDeadline, reportDueDate } = r;
      const expected = defaultCycleDates({ cycle: r.cycle, year: r.year, index: r.index }, r, calendar);
      expect({ cutoffDate, agencyDeadline, reportDueDate }).toEqual(expected);
    }
    expect([...cyclesOf.keys()].sort()).toEqual([
      "ANNUAL",
      "MONTHLY",
      "MONTHLY,ANNUAL",
      "QUARTERLY",
      "QUARTERLY,SEMIANNUAL,ANNUAL",
    ]);
    for (const [cycles, seen] of cyclesOf) expect([...seen].sort()).toEqual(cycles.split(",").sort());
  });

  it("monthly and quarterly plans are carried out by departments and district committees, 12 or 25 a plan", async () => {
    const { rows } = await client.query<{ cycles: string; agencies: number; kinds: string[] }>(
      `SELECT array_to_string(p."reportingCycles", ',') AS cycles, count(DISTINCT a.org)::int AS agencies,
              array_agg(DISTINCT o.kind::text) AS kinds
         FROM "Plan" p JOIN "Task" t ON t."planId" = p.id
         CROSS JOIN LATERAL (SELECT t."leadOrganizationId" AS org UNION ALL
                             SELECT c."organizationId" FROM "TaskCoordinator" c WHERE c."taskId" = t.id) a
         JOIN "Organization" o ON o.id = a.org
        WHERE ${SYNTHETIC} AND p."reportingCycles" <> ARRAY['ANNUAL']::"ReportingFrequency"[]
        GROUP BY p.id`,
    );
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      expect(row.agencies).toBeLessThanOrEqual(row.cycles.startsWith("MONTHLY") ? 12 : 25);
      for (const kind of row.kinds) expect(["DEPARTMENT", "DISTRICT_PC"]).toContain(kind);
    }
  });

  it("updates are on their period's plan's tasks by its reporters, each agency's report holds them, snapshots verify", async () => {
    const stray = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ProgressUpdate" u
         JOIN "ReportingPeriod" r ON r.id = u."periodId" JOIN "Task" t ON t.id = u."taskId"
         LEFT JOIN "AgencySubmission" s ON s."periodId" = u."periodId" AND s."organizationId" = u."organizationId"
        WHERE u.id LIKE 'bx%' AND (t."planId" <> r."planId" OR s.id IS NULL
          OR (u."organizationId" <> t."leadOrganizationId" AND NOT EXISTS (SELECT 1 FROM "TaskCoordinator" c
                WHERE c."taskId" = t.id AND c."organizationId" = u."organizationId")))`,
    );
    expect(stray.rows[0]?.n).toBe(0);
    const { rows } = await client.query<{ content: unknown; sha256: string }>(
      `SELECT content, sha256 FROM "SubmissionSnapshot" WHERE id LIKE 'bx%' ORDER BY md5(id) LIMIT 50`,
    );
    expect(rows).toHaveLength(50);
    for (const row of rows)
      expect(createHash("sha256").update(canonicalJson(row.content), "utf8").digest("hex")).toBe(row.sha256);
    // Past periods' reports are nearly all accepted; the open periods' mostly drafts.
    const states = await client.query<{ open: boolean; state: string; n: number }>(
      `SELECT r.state = 'OPEN' AS open, s.state::text AS state, count(*)::int AS n
         FROM "AgencySubmission" s JOIN "ReportingPeriod" r ON r.id = s."periodId"
        WHERE s.id LIKE 'bx%' GROUP BY 1, 2`,
    );
    const share = (open: boolean, state: string) => {
      const all = states.rows.filter((r) => r.open === open).reduce((n, r) => n + r.n, 0);
      return (states.rows.find((r) => r.open === open && r.state === state)?.n ?? 0) / all;
    };
    expect(share(false, "ACCEPTED")).toBeGreaterThan(0.9);
    expect(share(false, "DRAFT")).toBe(0);
    expect(share(true, "DRAFT")).toBeGreaterThan(0.5);
  });
});
