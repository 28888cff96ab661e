import { authorize } from "@plan-tracker/core";
import { listPlansForApi } from "@/features/api/data";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { planListQuerySchema, planListResponseSchema } from "@/features/api/schemas";
import { serializePlanSummary } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", query: planListQuerySchema },
  async ({ actor, query }) => {
    authorize(actor, "plan.read");
    const rows = await listPlansForApi(prisma, query);
    return apiJson(planListResponseSchema, { data: rows.map(serializePlanSummary) });
  },
);
