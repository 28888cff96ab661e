import "server-only";
import type { PrismaClient } from "@plan-tracker/db";

/** The plans a dashboard can show, newest first (one query). */
export function dashboardPlans(db: PrismaClient) {
  return db.plan.findMany({
    where: { status: { in: ["ACTIVE", "COMPLETED"] } },
    orderBy: { issuedOn: "desc" },
    select: { id: true, symbol: true },
  });
}
