import "server-only";
import type { PrismaClient } from "@plan-tracker/db";

/** The plans a dashboard can show: issued ones, in force first, then the most recently issued (one query). */
export function dashboardPlans(db: PrismaClient) {
  return db.plan.findMany({
    where: { status: { in: ["ACTIVE", "EXPIRED", "REPLACED"] } },
    orderBy: [{ status: "asc" }, { issuedOn: "desc" }],
    select: { id: true, symbol: true },
  });
}
