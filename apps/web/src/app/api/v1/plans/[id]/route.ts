import { AppError, authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { getPlanForApi } from "@/features/api/data";
import { apiJson, handleApiRequest, parseParams } from "@/features/api/handler";
import { planPathSchema, planResponseSchema } from "@/features/api/schemas";
import { serializePlanDetail } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export function GET(request: Request, context: RouteContext<"/api/v1/plans/[id]">): Promise<Response> {
  return handleApiRequest(request, async () => {
    const { id } = parseParams(planPathSchema, await context.params);
    const actor = await authenticateRequest(request);
    authorize(actor, "plan.read");
    const plan = await getPlanForApi(prisma, id);
    if (!plan) throw new AppError("NOT_FOUND", { message: `Plan ${id} not found` });
    return apiJson(planResponseSchema, { data: serializePlanDetail(plan) });
  });
}
