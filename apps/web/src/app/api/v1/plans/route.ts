import { authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { listPlansForApi } from "@/features/api/data";
import { apiJson, handleApiRequest, parseParams, queryOf } from "@/features/api/handler";
import { planListQuerySchema, planListResponseSchema } from "@/features/api/schemas";
import { serializePlanSummary } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export function GET(request: Request): Promise<Response> {
  return handleApiRequest(request, async () => {
    const query = parseParams(planListQuerySchema, queryOf(request));
    const actor = await authenticateRequest(request);
    authorize(actor, "plan.read");
    const rows = await listPlansForApi(prisma, query);
    return apiJson(planListResponseSchema, { data: rows.map(serializePlanSummary) });
  });
}
