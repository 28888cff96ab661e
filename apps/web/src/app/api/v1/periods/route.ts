import { authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { apiJson, handleApiRequest, parseParams, queryOf } from "@/features/api/handler";
import { listPeriodsForApi } from "@/features/api/reporting-data";
import { periodListQuerySchema, periodListResponseSchema } from "@/features/api/reporting-schemas";
import { serializePeriod } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export function GET(request: Request): Promise<Response> {
  return handleApiRequest(request, async () => {
    const query = parseParams(periodListQuerySchema, queryOf(request));
    const actor = await authenticateRequest(request);
    // Periods and their deadlines are what every agency works to: readable with the plans.
    authorize(actor, "plan.read");
    const rows = await listPeriodsForApi(prisma, query);
    return apiJson(periodListResponseSchema, { data: rows.map(serializePeriod) });
  });
}
