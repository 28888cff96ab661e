import { PLAN_STATUSES } from "@plan-tracker/core";
import { z } from "zod";

/**
 * The plans page's filter, from its URL: status, focal agency, year of issue and a text query. Anything
 * malformed is dropped (a hand-edited link shows all plans rather than an error); the query is bounded.
 */
export const planListFilterSchema = z.object({
  status: z.enum(PLAN_STATUSES).optional().catch(undefined),
  focal: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .transform((q) => q.slice(0, 100))
    .optional()
    .catch(undefined),
});

export type PlanListFilter = z.output<typeof planListFilterSchema>;

/** The first value of each search parameter, as the schema reads them. */
export function planListFilterFrom(params: Record<string, string | string[] | undefined>): PlanListFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return planListFilterSchema.parse({
    status: first(params.status),
    focal: first(params.focal),
    year: first(params.year),
    q: first(params.q),
  });
}
