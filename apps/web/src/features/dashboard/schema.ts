import { z } from "zod";
import { AGENCY_SORTS, PLAN_SORTS, PLAN_STATUSES } from "./portfolio-options";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * The dashboard's URL search params. Anything malformed is dropped rather than refused: a shared link
 * with a stale filter still opens the dashboard.
 */
export const dashboardParamsSchema = z.object({
  plan: id.optional().catch(undefined),
  /** A period key ("2026", "2026-Q4", "2026-11"); links from before periods had keys say ?year=2026. */
  period: z
    .string()
    .trim()
    .max(16)
    .regex(/^\d{4}(-[0-9A-Za-z]{1,3})?$/)
    .optional()
    .catch(undefined),
  org: id.optional().catch(undefined),
  section: id.optional().catch(undefined),
});

export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

/** Next passes repeated params as arrays: keep the first. */
export function parseDashboardParams(raw: Record<string, string | string[] | undefined>): DashboardParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return dashboardParamsSchema.parse({
    plan: first(raw.plan),
    period: first(raw.period) ?? first(raw.year),
    org: first(raw.org),
    section: first(raw.section),
  });
}

const direction = z.enum(["asc", "desc"]).optional().catch(undefined);

/** The portfolio's search params (no plan in the URL): sort of each table and the plans' status filter. */
export const portfolioParamsSchema = z.object({
  sort: z.enum(PLAN_SORTS).optional().catch(undefined),
  dir: direction,
  asort: z.enum(AGENCY_SORTS).optional().catch(undefined),
  adir: direction,
  status: z.enum(PLAN_STATUSES).optional().catch(undefined),
});

export type PortfolioParams = z.infer<typeof portfolioParamsSchema>;

export function parsePortfolioParams(raw: Record<string, string | string[] | undefined>): PortfolioParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return portfolioParamsSchema.parse({
    sort: first(raw.sort),
    dir: first(raw.dir),
    asort: first(raw.asort),
    adir: first(raw.adir),
    status: first(raw.status),
  });
}
