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
  if (error.code === "INTERNAL") {
    log("API request failed", {
      method: request.method,
      path: new URL(request.url).pathname,
      error: error.cause ?? error,
    });
  }
  const fieldErrors = error.code === "VALIDATION" ? error.details?.fieldErrors : undefined;
  const headers: Record<string, string> = { ...PRIVATE_NO_STORE };
  if (error.code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = WWW_AUTHENTICATE;
  if (error.code === "UNAVAILABLE") headers["Retry-After"] = "2";
  return Response.json(apiErrorBody(error.code, fieldErrors), {
    status: appErrorHttpStatus(error.code),
    headers,
  });
}
