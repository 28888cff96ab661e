"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { WORKFLOW_REFUSALS } from "@/features/submissions/schema";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { remindAgencies } from "./remind";
import { reviewSubmission } from "./review-submission";
import { acceptSubmissionSchema, remindSchema, returnSubmissionSchema } from "./schema";

/** On success both actions redirect to the report's page with `done=returned|accepted`. */
export type ReturnSubmissionState = ActionState<never, "reason", { reason: string }>;

export type AcceptSubmissionState = ActionState<never, never>;

export const returnSubmissionAction = authedAction(
  {
    name: "submission.return",
    input: (_prev: ReturnSubmissionState, form: FormData) => ({
      periodId: form.get("periodId"),
      organizationId: form.get("organizationId"),
      sequence: form.get("sequence"),
      reason: form.get("reason") ?? "",
    }),
    schema: returnSubmissionSchema,
    fields: ["reason"],
    values: (_prev, form) => ({ reason: String(form.get("reason") ?? "") }),
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    await reviewSubmission(prisma, actor, { decision: "return", input }, await request());
    redirect(donePath(input, "returned"));
  },
);

export const acceptSubmissionAction = authedAction(
  {
    name: "submission.accept",
    input: (_prev: AcceptSubmissionState, form: FormData) => ({
      periodId: form.get("periodId"),
      organizationId: form.get("organizationId"),
      sequence: form.get("sequence"),
    }),
    schema: acceptSubmissionSchema,
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }): Promise<never> => {
    await reviewSubmission(prisma, actor, { decision: "accept", input }, await request());
    redirect(donePath(input, "accepted"));
  },
);

/** The report's page after a decision: it says what happened at its top (the decision form is gone). */
function donePath(
  input: { periodId: string; organizationId: string },
  done: "returned" | "accepted",
): string {
  return `/periods/${input.periodId}/submissions/${input.organizationId}?done=${done}`;
}

export type RemindState = ActionState<
  { status: "done"; reminded: number; alreadyToday: number; emails: number },
  never
>;

/** Reasons `remindAgencies` gives; the button has a message for each. */
const REMIND_REFUSALS = ["periodNotOpen", "nothingToRemind"] as const;

/** "Nhắc" one agency (organizationId set) or every agency that has not sent its report. */
export const remindAction = authedAction(
  {
    name: "submission.remind",
    input: (_prev: RemindState, form: FormData) => ({
      periodId: form.get("periodId"),
      organizationId: form.get("organizationId") || null,
    }),
    schema: remindSchema,
    reasons: REMIND_REFUSALS,
  },
  async ({ actor, input, request }) => {
    const result = await remindAgencies(prisma, actor, input, await request());
    revalidatePath(`/periods/${input.periodId}/submissions`);
    return {
      status: "done" as const,
      reminded: result.reminded.length,
      alreadyToday: result.alreadyToday.length,
      emails: result.emails,
    };
  },
);
