"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { type ActionFailure, actionFailure, fieldErrorsOf } from "./action-result";
import { saveCoverSummary } from "./save-cover-summary";
import { saveCoverSchema, submitSchema } from "./schema";
import { submitAgencyReport } from "./submit-agency-report";

type CoverField = "coverSummary";

export type SaveCoverState =
  | { status: "idle" }
  | { status: "saved"; coverBase: string; at: string }
  | (ActionFailure<CoverField> & { values: { coverSummary: string } });

/** On success the action redirects to the page with `done=submitted|unchanged&seq=<n>`. */
export type SubmitReportState =
  | { status: "idle" }
  | (ActionFailure<CoverField> & { values: { coverSummary: string } });

function fields(form: FormData) {
  return {
    periodId: form.get("periodId"),
    organizationId: form.get("organizationId"),
    coverSummary: form.get("coverSummary") ?? "",
    coverBase: form.get("coverBase"),
    reviewedDigest: form.get("reviewedDigest"),
  };
}

export async function saveCoverAction(_prev: SaveCoverState, form: FormData): Promise<SaveCoverState> {
  const raw = fields(form);
  const values = { coverSummary: String(raw.coverSummary) };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = saveCoverSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["coverSummary"] as const),
      values,
    };
  }
  try {
    const saved = await saveCoverSummary(prisma, actor, parsed.data, await auditRequestContext());
    refresh();
    return { status: "saved", coverBase: saved.coverBase, at: new Date().toISOString() };
  } catch (error) {
    return { ...actionFailure(error, "submission.saveCover"), values };
  }
}

export async function submitReportAction(
  _prev: SubmitReportState,
  form: FormData,
): Promise<SubmitReportState> {
  const raw = fields(form);
  const values = { coverSummary: String(raw.coverSummary) };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = submitSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["coverSummary"] as const),
      values,
    };
  }
  let result: Awaited<ReturnType<typeof submitAgencyReport>>;
  try {
    result = await submitAgencyReport(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return { ...actionFailure(error, "submission.submit"), values };
  }
  // The page changes (read-only, the snapshot): it says what happened at its top.
  redirect(
    `/periods/${parsed.data.periodId}/submission?org=${parsed.data.organizationId}&done=${result.status}&seq=${result.sequence}`,
  );
}
