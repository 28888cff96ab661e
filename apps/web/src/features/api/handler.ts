import "server-only";
import { AppError, appErrorHttpStatus, appErrorMessage, toAppError } from "@plan-tracker/core";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getActor, type SessionActor } from "@/server/session";
import { type AuthenticateOptions, authenticateRequest } from "./auth-from-request";
import { apiErrorResponse, logRequestFailure, PRIVATE_NO_STORE, validationError } from "./errors";
import { consumeApiQuota } from "./rate-limit";

export type RouteAuth = "session" | "session-or-token";

export interface RouteOptions<P, Q> {
  /**
   * Who may call: "session" the signed-in user of the session cookie only (the pages' downloads);
   * "session-or-token" also the owner of a personal API token (`authenticateRequest`).
   */
  auth: RouteAuth;
  /** How a failure is answered: the API's JSON error body, or plain text (file downloads). */
  answer: "json" | "text";
  /** The route's parameters, validated before the caller is authenticated (VALIDATION, 400). */
  params?: z.ZodType<P>;
  /** The query string, likewise. */
  query?: z.ZodType<Q>;
  /** "text" only: the answer to a caller who is not signed in; 401 "Unauthorized" unless given. */
  signedOut?: () => Response;
  /** The session's actor and the clock; tests pass their own. */
  authentication?: AuthenticateOptions;
  /** The API's rate limit (rate-limit.ts); tests pass their own limiters. */
  rateLimit?: (request: Request) => Promise<void>;
}

export interface RouteInput<P, Q> {
  request: Request;
  actor: SessionActor;
  params: P;
  query: Q;
}

/**
 * The one wrapper of authenticated route handlers (the route.ts files under apps/web/src/app): parameters ->
 * authenticate (session cookie, or API token where the route allows it) -> the handler, which authorizes,
 * reads and answers. Whatever is thrown is answered here: an AppError by its HTTP status
 * (`appErrorHttpStatus`), anything else is logged and answered 500 with the generic message, never with
 * its own text. Next.js signals (dynamic rendering, redirects, notFound) pass through.
 */
export function authenticatedRoute<P = Record<string, string>, Q = undefined>(
  options: RouteOptions<P, Q>,
  handler: (input: RouteInput<P, Q>) => Promise<Response>,
): (request: Request, context?: { params: Promise<unknown> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const rawParams = (await context?.params) ?? {};
      const params = options.params ? parseParams(options.params, rawParams) : (rawParams as P);
      const query = options.query ? parseParams(options.query, queryOf(request)) : (undefined as Q);
      // The API (token or session) is rate limited; the pages' own downloads are not.
      if (options.auth === "session-or-token") await (options.rateLimit ?? consumeApiQuota)(request);
      const actor = await authenticate(request, options);
      return await handler({ request, actor, params, query });
    } catch (error) {
      unstable_rethrow(error);
      return options.answer === "json"
        ? apiErrorResponse(error, request)
        : textErrorResponse(error, request, options.signedOut);
    }
  };
}

async function authenticate(
  request: Request,
  options: RouteOptions<unknown, unknown>,
): Promise<SessionActor> {
  if (options.auth === "session-or-token") return authenticateRequest(request, options.authentication);
  const actor = await (options.authentication?.sessionActor ?? getActor)();
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "No session" });
  return actor;
}

/**
 * A failure of a download as plain text: the bodies these routes have always answered ("Unauthorized",
 * "Not found"), otherwise the Vietnamese message of the code; an unexpected error is logged, never shown.
 */
function textErrorResponse(
  thrown: unknown,
  request: { method: string; url: string },
  signedOut: (() => Response) | undefined,
): Response {
  const error = toAppError(thrown);
  if (error.code === "INTERNAL") logRequestFailure(request, error);
  if (error.code === "UNAUTHENTICATED") return signedOut?.() ?? new Response("Unauthorized", { status: 401 });
  if (error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
  return new Response(appErrorMessage(error.code, "vi"), {
    status: appErrorHttpStatus(error.code),
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Validates parameters; a failure becomes VALIDATION (400) with the offending parameters named. */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Query string -> plain object (a repeated parameter keeps its last value). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** A 200 answer whose body the type checker holds to the response schema the route documents. */
export function apiJson<S extends z.ZodType>(_schema: S, body: z.output<S>): Response {
  return Response.json(body, { status: 200, headers: PRIVATE_NO_STORE });
}
