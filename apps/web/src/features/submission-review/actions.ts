"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionFailure, actionFailure, fieldErrorsOf } from "@/features/submissions/action-result";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { remindAgencies } from "./remind";
import { reviewSubmission } from "./review-submission";
import { acceptSubmissionSchema, remindSchema, returnSubmissionSchema } from "./schema";

/** On success both actions redirect to the report's page with `done=returned|accepted`. */
export type ReturnSubmissionState =
  | { status: "idle" }
  | (ActionFailure<"reason"> & { values: { reason: string } });

export type AcceptSubmissionState = { status: "idle" } | ActionFailure<never>;

export async function returnSubmissionAction(
  _prev: ReturnSubmissionState,
  form: FormData,
): Promise<ReturnSubmissionState> {
  const raw = {
    periodId: form.get("periodId"),
    organizationId: form.get("organizationId"),
    sequence: form.get("sequence"),
    reason: form.get("reason") ?? "",
  };
  const values = { reason: String(raw.reason) };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = returnSubmissionSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["reason"] as const),
      values,
    };
  }
  try {
    await reviewSubmission(
      prisma,
      actor,
      { decision: "return", input: parsed.data },
      await auditRequestContext(),
    );
  } catch (error) {
    return { ...actionFailure(error, "submission.return"), values };
  }
  redirect(donePath(parsed.data, "returned"));
}

export async function acceptSubmissionAction(
  _prev: AcceptSubmissionState,
  form: FormData,
): Promise<AcceptSubmissionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = acceptSubmissionSchema.safeParse({
    periodId: form.get("periodId"),
    organizationId: form.get("organizationId"),
    sequence: form.get("sequence"),
  });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    await reviewSubmission(
      prisma,
      actor,
      { decision: "accept", input: parsed.data },
      await auditRequestContext(),
    );
  } catch (error) {
    return actionFailure(error, "submission.accept");
  }
  redirect(donePath(parsed.data, "accepted"));
}

/** The report's page after a decision: it says what happened at its top (the decision form is gone). */
function donePath(
  input: { periodId: string; organizationId: string },
  done: "returned" | "accepted",
): string {
  return `/periods/${input.periodId}/submissions/${input.organizationId}?done=${done}`;
}

export type RemindState =
  | { status: "idle" }
  | { status: "done"; reminded: number; alreadyToday: number; emails: number }
  | { status: "error"; error: AppErrorCode; reason?: string };

/** "Nhắc" one agency (organizationId set) or every agency that has not sent its report. */
export async function remindAction(_prev: RemindState, form: FormData): Promise<RemindState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = remindSchema.safeParse({
    periodId: form.get("periodId"),
    organizationId: form.get("organizationId") || null,
  });
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    const result = await remindAgencies(prisma, actor, parsed.data, await auditRequestContext());
    revalidatePath(`/periods/${parsed.data.periodId}/submissions`);
    return {
      status: "done",
      reminded: result.reminded.length,
      alreadyToday: result.alreadyToday.length,
      emails: result.emails,
    };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("submission.remind failed", appError.cause ?? appError);
    const reason = appError.details?.reason;
    return { status: "error", error: appError.code, ...(typeof reason === "string" ? { reason } : {}) };
  }
}
