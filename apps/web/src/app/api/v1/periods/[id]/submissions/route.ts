import { AppError, authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { apiJson, handleApiRequest, parseParams, queryOf } from "@/features/api/handler";
import { loadPeriodSubmissionsForApi } from "@/features/api/reporting-data";
import {
  periodPathSchema,
  periodSubmissionsQuerySchema,
  submissionListResponseSchema,
} from "@/features/api/reporting-schemas";
import { readableSubmissions } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export function GET(
  request: Request,
  context: RouteContext<"/api/v1/periods/[id]/submissions">,
): Promise<Response> {
  return handleApiRequest(request, async () => {
    const { id } = parseParams(periodPathSchema, await context.params);
    const query = parseParams(periodSubmissionsQuerySchema, queryOf(request));
    const actor = await authenticateRequest(request);
    authorize(actor, "plan.read");
    const data = await loadPeriodSubmissionsForApi(prisma, id, query);
    if (!data) throw new AppError("NOT_FOUND", { message: `Period ${id} not found` });
    // Each submission is shown or not by the policy (submission.read).
    return apiJson(submissionListResponseSchema, { data: readableSubmissions(actor, data) });
  });
}
