import { authorize } from "@plan-tracker/core";
import { listOrganizationsForApi } from "@/features/api/data";
import { apiJson, authenticatedRoute } from "@/features/api/handler";
import { organizationListQuerySchema, organizationListResponseSchema } from "@/features/api/schemas";
import { serializeOrganization } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export const GET = authenticatedRoute(
  { auth: "session-or-token", answer: "json", query: organizationListQuerySchema },
  async ({ actor, query }) => {
    authorize(actor, "organization.read");
    const rows = await listOrganizationsForApi(prisma, query);
    return apiJson(organizationListResponseSchema, { data: rows.map(serializeOrganization) });
  },
);
