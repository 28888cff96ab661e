import { AppError, type AppErrorCode, isAppError } from "@plan-tracker/core";

/**
 * Why a period change was refused, beyond the generic error code: each is a key under `periods.errors`,
 * so the user reads what to do ("Kế hoạch đã có kỳ báo cáo năm 2026"), not "Dữ liệu không hợp lệ".
 */
export const PERIOD_PROBLEMS = [
  "duplicatePeriod",
  "periodInvalid",
  "cycleNotInPlan",
  "anotherPeriodOpen",
  "yearOutOfRange",
  "cutoffAfterDeadline",
  "deadlineAfterDue",
  "dateOutOfYear",
  "transitionNotAllowed",
  "stale",
] as const;
export type PeriodProblem = (typeof PERIOD_PROBLEMS)[number];

/** Values the messages interpolate. */
export type PeriodProblemParams = { year?: number; min?: number; max?: number; period?: string };

export function periodError(
  code: AppErrorCode,
  reason: PeriodProblem,
  params: PeriodProblemParams = {},
  field?: string,
): AppError {
  return new AppError(code, {
    message: `period: ${reason} ${JSON.stringify(params)}`,
    details: { reason, params, ...(field ? { fieldErrors: { [field]: [reason] } } : {}) },
  });
}

/** The problem an error carries, if it is one of ours. */
export function periodProblemOf(
  error: unknown,
): { reason: PeriodProblem; params: PeriodProblemParams; field?: string } | null {
  if (!isAppError(error)) return null;
  const reason = error.details?.reason;
  if (typeof reason !== "string" || !(PERIOD_PROBLEMS as readonly string[]).includes(reason)) return null;
  const params = (error.details?.params ?? {}) as PeriodProblemParams;
  const field = Object.keys(error.details?.fieldErrors ?? {})[0];
  return { reason: reason as PeriodProblem, params, ...(field ? { field } : {}) };
}
