/** What the generator writes, at scale 1 (DESIGN.md §6) — plan 182 and its demo progress come on top. */
export const GENERATOR_VERSION = 3;
export const SEED = 20260182;
export const FIRST_YEAR = 2021;
export const OPEN_YEAR = 2026;
export const ORGANIZATIONS = 150;
export const SYNTHETIC_PLANS = 49;
export const TASKS_PER_PLAN = 100;
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
