"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { changePeriodState } from "./change-period-state";
import { type PeriodProblem, type PeriodProblemParams, periodProblemOf } from "./errors";
import { openPeriod } from "./open-period";
import { changePeriodStateSchema, fieldErrorsOf, type OpenPeriodField, openPeriodSchema } from "./schema";

const OPEN_FIELDS = ["year", "cutoffDate", "agencyDeadline", "reportDueDate"] as const;

type OpenPeriodValues = Record<OpenPeriodField, string>;

export type OpenPeriodState =
  | { status: "idle" }
  | { status: "opened"; year: number }
  | {
      status: "error";
      /** Key under `errors` (an AppError code), shown when there is no `reason`. */
      error: AppErrorCode;
      /** Key under `periods.errors`: what exactly was refused. */
      reason?: PeriodProblem;
      params?: PeriodProblemParams;
      /** Field → key under `periods.errors`. */
      fieldErrors?: Partial<Record<OpenPeriodField, string>>;
      values: OpenPeriodValues;
    };

export type ChangePeriodStateState =
  | { status: "idle" }
  | { status: "changed"; periodId: string; year: number; state: string }
  | { status: "error"; error: AppErrorCode; reason?: PeriodProblem; params?: PeriodProblemParams };

function failure(error: unknown, what: string) {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  const problem = periodProblemOf(appError);
  return {
    error: appError.code,
    ...(problem ? { reason: problem.reason, params: problem.params } : {}),
    field: problem?.field,
  };
}

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}/periods`);
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/");
}

export async function openPeriodAction(_prev: OpenPeriodState, form: FormData): Promise<OpenPeriodState> {
  const values: OpenPeriodValues = {
    year: String(form.get("year") ?? ""),
    cutoffDate: String(form.get("cutoffDate") ?? ""),
    agencyDeadline: String(form.get("agencyDeadline") ?? ""),
    reportDueDate: String(form.get("reportDueDate") ?? ""),
  };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = openPeriodSchema.safeParse({ planId: form.get("planId"), ...values });
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, OPEN_FIELDS),
      values,
    };
  }
  try {
    const opened = await openPeriod(prisma, actor, parsed.data, await auditRequestContext());
    revalidatePlan(opened.planId);
    return { status: "opened", year: opened.year };
  } catch (error) {
    const { field, ...rest } = failure(error, "period.open");
    const fieldErrors =
      field && rest.reason && (OPEN_FIELDS as readonly string[]).includes(field)
        ? { [field as OpenPeriodField]: rest.reason }
        : undefined;
    return { status: "error", ...rest, ...(fieldErrors ? { fieldErrors } : {}), values };
  }
}

export async function changePeriodStateAction(
  _prev: ChangePeriodStateState,
  form: FormData,
): Promise<ChangePeriodStateState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = changePeriodStateSchema.safeParse({
    periodId: form.get("periodId"),
    from: form.get("from"),
    to: form.get("to"),
  });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    const changed = await changePeriodState(prisma, actor, parsed.data, await auditRequestContext());
    revalidatePlan(changed.planId);
    return { status: "changed", periodId: changed.id, year: changed.year, state: changed.state };
  } catch (error) {
    const { field: _field, ...rest } = failure(error, "period.changeState");
    // The page was out of date (another compiler acted): refresh it under the message. The id only names
    // the page to refresh; it grants nothing.
    const planId = form.get("planId");
    if (rest.error === "CONFLICT" && typeof planId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(planId))
      revalidatePlan(planId);
    return { status: "error", ...rest };
  }
}
