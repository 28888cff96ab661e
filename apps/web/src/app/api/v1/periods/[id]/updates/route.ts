import { AppError, authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { apiJson, handleApiRequest, parseParams, queryOf } from "@/features/api/handler";
import { loadPeriodUpdatesForApi } from "@/features/api/reporting-data";
import {
  periodPathSchema,
  periodUpdatesQuerySchema,
  progressUpdateListResponseSchema,
} from "@/features/api/reporting-schemas";
import { readableUpdates } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export function GET(
  request: Request,
  context: RouteContext<"/api/v1/periods/[id]/updates">,
): Promise<Response> {
  return handleApiRequest(request, async () => {
    const { id } = parseParams(periodPathSchema, await context.params);
    const query = parseParams(periodUpdatesQuerySchema, queryOf(request));
    const actor = await authenticateRequest(request);
    authorize(actor, "plan.read");
    const data = await loadPeriodUpdatesForApi(prisma, id, query);
    if (!data) throw new AppError("NOT_FOUND", { message: `Period ${id} not found` });
    // Each update is shown or not by the policy (update.read with its agency's submission state).
    return apiJson(progressUpdateListResponseSchema, { data: readableUpdates(actor, data) });
  });
}
