import { authorize } from "@plan-tracker/core";
import { authenticateRequest } from "@/features/api/auth-from-request";
import { listOrganizationsForApi } from "@/features/api/data";
import { apiJson, handleApiRequest, parseParams, queryOf } from "@/features/api/handler";
import { organizationListQuerySchema, organizationListResponseSchema } from "@/features/api/schemas";
import { serializeOrganization } from "@/features/api/serializers";
import { prisma } from "@/server/db";

export function GET(request: Request): Promise<Response> {
  return handleApiRequest(request, async () => {
    const query = parseParams(organizationListQuerySchema, queryOf(request));
    const actor = await authenticateRequest(request);
    authorize(actor, "organization.read");
    const rows = await listOrganizationsForApi(prisma, query);
    return apiJson(organizationListResponseSchema, { data: rows.map(serializeOrganization) });
  });
}
