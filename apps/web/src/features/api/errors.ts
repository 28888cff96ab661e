import {
  AppError,
  type AppErrorCode,
  appErrorHttpStatus,
  appErrorMessage,
  toAppError,
} from "@plan-tracker/core";
import { z } from "zod";
import type { ErrorResponse } from "./schemas";

/** API answers depend on who asks and must not be stored by shared caches. */
export const PRIVATE_NO_STORE: Readonly<Record<string, string>> = {
  "Cache-Control": "private, no-store",
  Vary: "Authorization, Cookie",
};

export const WWW_AUTHENTICATE = 'Bearer realm="plan-tracker"';

/**
 * Why a bearer token was refused, as RFC 6750 tells a client (error="invalid_token"): an expired or revoked
 * token needs a new one, not a retry. Said only to the holder of that very token (it is looked up by its
 * hash), so nothing about other tokens or users leaks; unknown and malformed tokens get the same answer.
 */
const TOKEN_REFUSAL_DESCRIPTIONS: Readonly<Record<string, string>> = {
  expired: "The API token has expired; create a new one",
  revoked: "The API token was revoked; create a new one",
  locked: "The API token's owner cannot sign in",
  unknown: "The API token is not valid",
  malformed: "The API token is not valid",
};

function wwwAuthenticate(details: Record<string, unknown> | undefined): string {
  const refusal = details?.tokenRefusal;
  const description = typeof refusal === "string" ? TOKEN_REFUSAL_DESCRIPTIONS[refusal] : undefined;
  return description
    ? `${WWW_AUTHENTICATE}, error="invalid_token", error_description="${description}"`
    : WWW_AUTHENTICATE;
}

export function apiErrorBody(code: AppErrorCode, fieldErrors?: Record<string, string[]>): ErrorResponse {
  return {
    error: { code, message: appErrorMessage(code, "vi"), ...(fieldErrors ? { fieldErrors } : {}) },
  };
}

/** A zod failure on a parameter -> VALIDATION, with each parameter's messages for the client. */
export function validationError(error: z.ZodError): AppError {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[key] = messages;
  }
  if (flat.formErrors.length) fieldErrors._ = flat.formErrors;
  return new AppError("VALIDATION", { message: "Invalid API parameters", details: { fieldErrors } });
}

/** An unexpected failure of a request, for the server's log (its cause, never shown to the caller). */
export function logRequestFailure(
  request: { method: string; url: string },
  error: AppError,
  log: (message: string, context: Record<string, unknown>) => void = (message, context) =>
    console.error(message, context),
): void {
  log("API request failed", {
    method: request.method,
    path: new URL(request.url).pathname,
    error: error.cause ?? error,
  });
}

/**
 * Anything thrown -> a JSON error response. Expected errors (AppError) answer their code with the
 * user-facing message; anything else is logged here and answered 500 with the generic message, never
 * with its own text.
 */
export function apiErrorResponse(
  thrown: unknown,
  request: { method: string; url: string },
  log: (message: string, context: Record<string, unknown>) => void = (message, context) =>
    console.error(message, context),
): Response {
  const error = toAppError(thrown);
  if (error.code === "INTERNAL") logRequestFailure(request, error, log);
  const fieldErrors = error.code === "VALIDATION" ? error.details?.fieldErrors : undefined;
  const headers: Record<string, string> = { ...PRIVATE_NO_STORE };
  if (error.code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = wwwAuthenticate(error.details);
  if (error.code === "UNAVAILABLE") headers["Retry-After"] = "2";
  if (error.code === "RATE_LIMITED") {
    const seconds = Number(error.details?.retryAfterSeconds);
    headers["Retry-After"] = String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60);
  }
  return Response.json(apiErrorBody(error.code, fieldErrors), {
    status: appErrorHttpStatus(error.code),
    headers,
  });
}
