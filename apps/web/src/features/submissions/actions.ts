"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { saveCoverSummary } from "./save-cover-summary";
import { saveCoverSchema, submitSchema, WORKFLOW_REFUSALS } from "./schema";
import { submitAgencyReport } from "./submit-agency-report";

type CoverField = "coverSummary";
type CoverValues = { coverSummary: string };

export type SaveCoverState = ActionState<
  { status: "saved"; coverBase: string; at: string },
  CoverField,
  CoverValues
>;

/** On success the action redirects to the page with `done=submitted|unchanged&seq=<n>`. */
export type SubmitReportState = ActionState<never, CoverField, CoverValues>;

function fields(_prev: unknown, form: FormData) {
  return {
    periodId: form.get("periodId"),
    organizationId: form.get("organizationId"),
    coverSummary: form.get("coverSummary") ?? "",
    coverBase: form.get("coverBase"),
    reviewedDigest: form.get("reviewedDigest"),
  };
}

const values = (_prev: unknown, form: FormData): CoverValues => ({
  coverSummary: String(form.get("coverSummary") ?? ""),
});

export const saveCoverAction = authedAction(
  {
    name: "submission.saveCover",
    input: (prev: SaveCoverState, form: FormData) => fields(prev, form),
    schema: saveCoverSchema,
    fields: ["coverSummary"],
    values,
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }) => {
    const saved = await saveCoverSummary(prisma, actor, input, await request());
    refresh();
    return { status: "saved" as const, coverBase: saved.coverBase, at: new Date().toISOString() };
  },
);

export const submitReportAction = authedAction(
  {
    name: "submission.submit",
    input: (prev: SubmitReportState, form: FormData) => fields(prev, form),
    schema: submitSchema,
    fields: ["coverSummary"],
    values,
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    const result = await submitAgencyReport(prisma, actor, input, await request());
    // The page changes (read-only, the snapshot): it says what happened at its top.
    redirect(
      `/periods/${input.periodId}/submission?org=${input.organizationId}&done=${result.status}&seq=${result.sequence}`,
    );
  },
);
