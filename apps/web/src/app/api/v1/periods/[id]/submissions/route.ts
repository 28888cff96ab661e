import { AppError, authorize } from "@plan-tracker/core";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { loadPeriodSubmissionsForApi } from "@/features/api/reporting-data";
import {
  periodPathSchema,
  periodSubmissionsQuerySchema,
  submissionListResponseSchema,
} from "@/features/api/reporting-schemas";
import { readableSubmissions } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", params: periodPathSchema, query: periodSubmissionsQuerySchema },
  async ({ actor, params: { id }, query }) => {
    authorize(actor, "plan.read");
    const data = await loadPeriodSubmissionsForApi(prisma, id, query);
    if (!data) throw new AppError("NOT_FOUND", { message: `Period ${id} not found` });
    // Each submission is shown or not by the policy (submission.read).
    return apiJson(submissionListResponseSchema, { data: readableSubmissions(actor, data) });
  },
);
