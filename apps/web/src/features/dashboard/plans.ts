import "server-only";
import type { PrismaClient } from "@plan-tracker/db";
import { CURRENT_PLAN_ORDER } from "@/features/plans/current-plan";

/** The plans a dashboard can show, the one being reported on first (one query). */
export function dashboardPlans(db: PrismaClient) {
  return db.plan.findMany({
    where: { status: { in: ["ACTIVE", "EXPIRED", "REPLACED"] } },
    orderBy: [...CURRENT_PLAN_ORDER],
    select: { id: true, symbol: true },
  });
}
