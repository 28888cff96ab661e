import "server-only";
import { appErrorMessage } from "@plan-tracker/core";
import { saveUpdate } from "@/features/updates/save-update";
import { saveUpdateSchema } from "@/features/updates/schema";
import { prisma } from "@/server/db";
import type { AuthenticateOptions } from "./auth-from-request";
import { PRIVATE_NO_STORE } from "./errors";
import { apiJson, authenticatedRoute } from "./handler";
import { type ConflictResponse, progressUpdateResponseSchema } from "./reporting-schemas";
import { serializeUpdate } from "./reporting-serializers";
import { auditContextOf, parseBody, readJsonBody, requireSameOriginForCookie } from "./request-guards";

/**
 * PUT /api/v1/updates: an agency's update written through the API, by the same service as the browser
 * editor (`saveUpdate`: target checked from the database, policy `update.write`, optimistic version,
 * audit). Authenticate -> same-origin check for cookie sessions -> body -> save -> 200, or 409 with the
 * current update when `expectedVersion` is stale. The route file passes no options; tests pass a session.
 */
export function putUpdate(request: Request, authentication: AuthenticateOptions = {}): Promise<Response> {
  return authenticatedRoute(
    { auth: "session-or-token", answer: "json", authentication },
    async ({ actor }) => {
      requireSameOriginForCookie(request);
      const input = parseBody(saveUpdateSchema, await readJsonBody(request));
      const result = await saveUpdate(prisma, actor, input, auditContextOf(request));
      const view = result.ok ? result.update : result.conflict;
      const update = serializeUpdate(view, result.identity, result.submissionState);
      if (result.ok) return apiJson(progressUpdateResponseSchema, { data: update });
      return conflictJson({
        error: { code: "CONFLICT", message: appErrorMessage("CONFLICT", "vi") },
        current: update,
      });
    },
  )(request);
}

/** The 409 answer, typed by its schema (`ConflictResponse`). */
function conflictJson(body: ConflictResponse): Response {
  return Response.json(body, { status: 409, headers: PRIVATE_NO_STORE });
}
