import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { apiErrorResponse, PRIVATE_NO_STORE, validationError } from "./errors";

/**
 * Route handlers stay thin: parse -> authenticate -> authorize -> data -> serialize, inside this
 * wrapper, which turns whatever is thrown into the JSON error answer.
 */
export async function handleApiRequest(
  request: Request,
  handler: () => Promise<Response>,
): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects) are not errors of ours.
    unstable_rethrow(error);
    return apiErrorResponse(error, request);
  }
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
