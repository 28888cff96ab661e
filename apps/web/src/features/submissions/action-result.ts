import "server-only";
import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import type { z } from "zod";
import { isWorkflowRefusal, type WorkflowRefusal } from "./schema";

/** A refused action as the form shows it: an AppError code, and where known, why (a message key). */
export interface ActionFailure<Field extends string = string> {
  status: "error";
  /** Key under `errors` (an AppError code). */
  error: AppErrorCode;
  /** Key under `submission.errors` / `review.errors`: the specific reason, when there is one. */
  reason?: WorkflowRefusal;
  /** Field -> message key of the form's namespace. */
  fieldErrors?: Partial<Record<Field, string>>;
}

/** Maps anything thrown to what the user is told; unexpected failures are logged, never shown. */
export function actionFailure(error: unknown, what: string): ActionFailure<never> {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  const reason = appError.details?.reason;
  return isWorkflowRefusal(reason)
    ? { status: "error", error: appError.code, reason }
    : { status: "error", error: appError.code };
}

/** The first message of each field of a failed zod parse. */
export function fieldErrorsOf<Field extends string>(
  error: z.ZodError,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field;
    if (fields.includes(field) && !out[field]) out[field] = issue.message;
  }
  return out;
}
