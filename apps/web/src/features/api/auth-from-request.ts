import "server-only";
import { AppError } from "@plan-tracker/core";
import { bearerToken } from "@/features/api-tokens/token";
import { verifyApiToken } from "@/features/api-tokens/verify-api-token";
import { prisma } from "@/server/db";
import { getActor, type SessionActor } from "@/server/session";

export interface AuthenticateOptions {
  /** The session's actor; the app's next-auth session by default (tests pass their own). */
  sessionActor?: () => Promise<SessionActor | null>;
  now?: Date;
}

/**
 * The caller of an API request: the owner of a personal token sent as `Authorization: Bearer <token>`,
 * otherwise the signed-in user of the session cookie. A request that sends an Authorization header is
 * judged by it alone (a bad token is refused even beside a valid cookie). Throws UNAUTHENTICATED.
 */
export async function authenticateRequest(
  request: Request,
  { sessionActor = getActor, now = new Date() }: AuthenticateOptions = {},
): Promise<SessionActor> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = bearerToken(authorization);
    if (!token)
      throw new AppError("UNAUTHENTICATED", { message: "Authorization header is not a bearer token" });
    const verified = await verifyApiToken(prisma, token, now);
    if (!verified.ok)
      throw new AppError("UNAUTHENTICATED", {
        message: `API token refused: ${verified.reason}`,
        details: { tokenRefusal: verified.reason },
      });
    // The token's statement loaded the owner as a session would (a locked owner is refused above).
    return verified.actor;
  }
  const actor = await sessionActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "No session or API token" });
  return actor;
}
