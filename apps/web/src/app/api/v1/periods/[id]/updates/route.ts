import { AppError, authorize } from "@plan-tracker/core";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { loadPeriodUpdatesForApi } from "@/features/api/reporting-data";
import {
  periodPathSchema,
  periodUpdatesQuerySchema,
  progressUpdateListResponseSchema,
} from "@/features/api/reporting-schemas";
import { readableUpdates } from "@/features/api/reporting-serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", params: periodPathSchema, query: periodUpdatesQuerySchema },
  async ({ actor, params: { id }, query }) => {
    authorize(actor, "plan.read");
    const data = await loadPeriodUpdatesForApi(prisma, id, query);
    if (!data) throw new AppError("NOT_FOUND", { message: `Period ${id} not found` });
    // Each update is shown or not by the policy (update.read with its agency's submission state).
    return apiJson(progressUpdateListResponseSchema, { data: readableUpdates(actor, data) });
  },
);
