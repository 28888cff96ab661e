import { type CalendarOverride, WorkingCalendar } from "@plan-tracker/core/calendar/working-calendar";
import type { ClientBase } from "pg";
import { type Insert, insertRows } from "./bulk";
import { createIds } from "./ids";
import { type Org, PROVINCE_CODE, writeOrganizations } from "./organizations";
import { writePlans } from "./plans";
import { writeProgress } from "./progress";
import { createRng } from "./rng";
import { type DatasetMarker, GENERATOR_VERSION, MARKER_KEY, SEED, syntheticPlanCount } from "./shape";

/** Reads the marker of a generated data set, or null when the database holds none. */
export async function readMarker(client: ClientBase): Promise<DatasetMarker | null> {
  const { rows } = await client.query<{ value: DatasetMarker }>(
    `SELECT value FROM "Setting" WHERE key = $1`,
    [MARKER_KEY],
  );
  return rows[0]?.value ?? null;
}

/**
 * Writes the large synthetic data set beside plan 182 (which must be seeded already): organizations up
 * to 150 with an approver and staff each (organizations.ts); synthetic plans reporting monthly,
 * quarterly (some also six-monthly and yearly) or yearly, with sections, tasks, leads and coordinators
 * (plans.ts, profiles.ts); each plan's periods 2021–2026 of its cycles, one open, an update per reporter
 * and period, and agency reports in every state with their snapshots (progress.ts, periods.ts). One
 * transaction; bulk statements only; seeded. The marker's counts are rows per table, plus
 * `ReportingPeriod.<cycle>` for the synthetic periods of each cycle.
 */
export async function generateDataset(
  client: ClientBase,
  scale: number,
  log: (line: string) => void = () => {},
): Promise<DatasetMarker> {
  const started = performance.now();
  const rng = createRng(SEED);
  const id = createIds();
  const now = new Date().toISOString();
  const counts: Record<string, number> = {};
  const insert: Insert = async (table, columns, rows) => {
    await insertRows(client, table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
  };

  await client.query("BEGIN");
  try {
    const province = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE code = $1`, [
      PROVINCE_CODE,
    ]);
    const provinceId = province.rows[0]?.id;
    if (!provinceId) throw new Error("Plan 182 is not seeded: run `pnpm db:setup --demo` first.");
    const { rows: passwordRows } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE "passwordHash" IS NOT NULL ORDER BY email LIMIT 1`,
    );
    const existing = (
      await client.query<Org>(`SELECT id, code, name, kind::text AS kind FROM "Organization" ORDER BY code`)
    ).rows;
    // Period dates on the working calendar with the administrator's days, as period:open computes them.
    const calendarRows = await client.query<CalendarOverride>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind::text AS kind, name FROM "CalendarDay"`,
    );
    const calendar = new WorkingCalendar(calendarRows.rows);

    const people = await writeOrganizations(insert, {
      existing,
      provinceId,
      passwordHash: passwordRows[0]?.passwordHash ?? null,
      rng,
      id,
      now,
    });
    const { plans, tasks } = await writePlans(insert, {
      count: syntheticPlanCount(scale),
      reporters: people.reporters,
      provincial: people.provincial,
      provinceId,
      rng,
      id,
      now,
    });
    const plansBy: Record<string, number> = {};
    for (const plan of plans) plansBy[plan.profile.name] = (plansBy[plan.profile.name] ?? 0) + 1;
    log(
      `  ${plans.length} kế hoạch (${describe(plansBy)}), ${tasks.length} nhiệm vụ, ` +
        `${people.orgs.length} cơ quan, ${people.users} tài khoản`,
    );

    const periodsByCycle = await writeProgress(insert, { plans, tasks, people, calendar, rng, id, now });
    for (const [cycle, n] of Object.entries(periodsByCycle)) counts[`ReportingPeriod.${cycle}`] = n;
    log(
      `  ${counts.ReportingPeriod ?? 0} kỳ báo cáo (${describe(periodsByCycle)}), ` +
        `${counts.ProgressUpdate ?? 0} cập nhật, ${counts.AgencySubmission ?? 0} báo cáo của cơ quan`,
    );

    const marker: DatasetMarker = {
      version: GENERATOR_VERSION,
      scale,
      counts,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await client.query(
      `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
      [MARKER_KEY, JSON.stringify(marker)],
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return marker;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");
