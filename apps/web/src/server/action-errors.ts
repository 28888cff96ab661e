import type { AppError } from "@plan-tracker/core";
import type { z } from "zod";
import type { ActionError } from "./action-result";

/** How the action client (action-client.ts) turns failures into answers; pure, so unit-tested alone. */

/** An AppError as the form shows it: only reasons and fields the action declared. */
export function fromAppError<Field extends string>(
  appError: AppError,
  fields: readonly Field[],
  reasons: readonly string[],
): ActionError<Field, never> {
  const details = appError.details ?? {};
  const reason =
    typeof details.reason === "string" && reasons.includes(details.reason) ? details.reason : undefined;
  const params =
    plainParams(details.params) ?? (details.minutes === undefined ? undefined : { minutes: details.minutes });
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const [field, messages] of Object.entries(details.fieldErrors ?? {}))
    if ((fields as readonly string[]).includes(field) && messages[0])
      fieldErrors[field as Field] = messages[0];
  const messages = Array.isArray(details.messages)
    ? details.messages.filter((m): m is string => typeof m === "string")
    : [];
  return {
    status: "error",
    error: appError.code,
    ...(reason === undefined ? {} : { reason }),
    ...(params === undefined ? {} : { params }),
    ...(messages.length > 0 ? { messages } : {}),
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}

function plainParams(value: unknown): Record<string, string | number> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(value))
    if (typeof v === "string" || typeof v === "number") out[key] = v;
  return out;
}

/** Field -> its first message key, for the fields the form shows. */
export function zodFieldErrors<Field extends string>(
  error: z.ZodError,
  fields: readonly Field[],
  keys: "first" | "path" = "first",
): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const key = (keys === "path" ? issue.path.join(".") || "_" : String(issue.path[0] ?? "_")) as Field;
    if ((keys === "path" || fields.includes(key)) && out[key] === undefined) out[key] = issue.message;
  }
  return out;
}
