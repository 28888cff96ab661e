import type { MyUpdateState } from "@plan-tracker/core";

/**
 * Past this many tasks across plans (an agency reporting on dozens of plans), the unfiltered "Việc của tôi"
 * shows each plan's first DIGEST_ROWS tasks still to do, with a link to the plan's whole list: a district
 * committee with 204 tasks in 40 plans got an 805 KiB page it could not read at a glance
 * (docs/benchmarks.md).
 */
export const DIGEST_THRESHOLD = 60;
export const DIGEST_ROWS = 5;

/** What needs the agency first: returned, not updated, drafts; then what is sent. */
const STATE_ORDER: Record<MyUpdateState, number> = {
  RETURNED: 0,
  NOT_UPDATED: 1,
  DRAFT: 2,
  SUBMITTED: 3,
  ACCEPTED: 4,
};

/** Whether the page shows the digest: no plan chosen and more tasks than a reader takes in. */
export function showsDigest(planChosen: boolean, groups: readonly { rows: readonly unknown[] }[]): boolean {
  return !planChosen && groups.reduce((n, g) => n + g.rows.length, 0) > DIGEST_THRESHOLD;
}

/** A plan's rows in the digest: the first to do, in the plan's order within each state. */
export function digestRows<R extends { state: MyUpdateState }>(rows: readonly R[]): R[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => STATE_ORDER[a.row.state] - STATE_ORDER[b.row.state] || a.i - b.i)
    .slice(0, DIGEST_ROWS)
    .map((x) => x.row);
}
