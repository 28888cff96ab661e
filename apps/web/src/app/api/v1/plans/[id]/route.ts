import { AppError, authorize } from "@plan-tracker/core";
import { getPlanForApi } from "@/features/api/data";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { planPathSchema, planResponseSchema } from "@/features/api/schemas";
import { serializePlanDetail } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", params: planPathSchema },
  async ({ actor, params: { id } }) => {
    authorize(actor, "plan.read");
    const plan = await getPlanForApi(prisma, id);
    if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${id} not found` });
    return apiJson(planResponseSchema, { data: serializePlanDetail(plan) });
  },
);
