import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { myTasksForApi } from "@/features/api/my-tasks-api";
import { myTaskListResponseSchema, myTasksQuerySchema } from "@/features/api/my-tasks-schemas";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", query: myTasksQuerySchema },
  async ({ actor, query }) => apiJson(myTaskListResponseSchema, await myTasksForApi(prisma, actor, query)),
);
