/** What the generator writes, at scale 1 (DESIGN.md §6) — plan 182 and its demo progress come on top. */
export const GENERATOR_VERSION = 4;
export const SEED = 20260182;
export const FIRST_YEAR = 2021;
export const OPEN_YEAR = 2026;
/**
 * The day the data set stands at. A period due before it is done (finalized or closed); of those due on
 * or after it, the plan's latest due one is open and the others are not opened yet (one open period per
 * plan). The open periods' agency reports were sent on 1–4 December.
 */
export const AS_OF_DAY = `${OPEN_YEAR}-12-05`;
export const ORGANIZATIONS = 150;
export const SYNTHETIC_PLANS = 49;
export const STAFF_PER_ORGANIZATION = 2;
/** Where the marker of a generated data set is kept (Setting table). */
export const MARKER_KEY = "bench.dataset";
export const BENCH_EMAIL_DOMAIN = "bench.kiengiang.example";

export interface DatasetMarker {
  version: number;
  scale: number;
  counts: Record<string, number>;
  seconds: number;
}

export function syntheticPlanCount(scale: number): number {
  return Math.max(1, Math.round(SYNTHETIC_PLANS * scale));
}
