import { authorize } from "@plan-tracker/core";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { listPeriodsForApi } from "@/features/api/reporting-data";
import { periodListQuerySchema, periodListResponseSchema } from "@/features/api/reporting-schemas";
import { serializePeriod } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", query: periodListQuerySchema },
  async ({ actor, query }) => {
    // Periods and their deadlines are what every agency works to: readable with the plans.
    authorize(actor, "plan.read");
    const rows = await listPeriodsForApi(prisma, query);
    return apiJson(periodListResponseSchema, { data: rows.map(serializePeriod) });
  },
);
