import type { Prisma } from "@plan-tracker/db";

/**
 * Which plan the pages without a plan in their URL are about (home, my tasks, the dashboard's default): a
 * plan with reporting periods before one imported and not yet reported on, then the most recently issued.
 */
export const CURRENT_PLAN_ORDER = [
  { periods: { _count: "desc" } },
  { issuedOn: "desc" },
] as const satisfies Prisma.PlanOrderByWithRelationInput[];
