import { type AppErrorCode, toAppError } from "@plan-tracker/core";

/** Why a report action was refused, beyond its AppError code (keys under `report.errors`). */
export const REPORT_REFUSALS = [
  "staleVersion",
  "notDraft",
  "notFinal",
  "notCompiled",
  "unknownBlock",
  "pdfRendererMissing",
] as const;
export type ReportRefusal = (typeof REPORT_REFUSALS)[number];

export interface ReportFailure {
  status: "error";
  error: AppErrorCode;
  reason?: ReportRefusal;
  /** Field -> message key under `report.errors`. */
  fieldErrors?: Partial<Record<string, string>>;
}

/** Maps anything thrown to what the compiler is told; unexpected failures are logged, never shown. */
export function reportFailure(error: unknown, what: string): ReportFailure {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  const reason = appError.details?.reason;
  return REPORT_REFUSALS.includes(reason as ReportRefusal)
    ? { status: "error", error: appError.code, reason: reason as ReportRefusal }
    : { status: "error", error: appError.code };
}
