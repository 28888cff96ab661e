import type { ActionError } from "@/server/action-result";

/**
 * The key under accounts.errors that heads a refused account form: its fields to fix, a throttle, a busy
 * database, or anything else ("unexpected"). An expired session is said with errors.UNAUTHENTICATED.
 */
export function accountErrorKey(
  error: ActionError<string, unknown>,
): "fix_fields" | "rate_limited" | "unavailable" | "unexpected" {
  if (error.error === "VALIDATION" && error.fieldErrors) return "fix_fields";
  if (error.error === "RATE_LIMITED") return "rate_limited";
  if (error.error === "UNAVAILABLE") return "unavailable";
  return "unexpected";
}
