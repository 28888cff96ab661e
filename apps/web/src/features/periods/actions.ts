"use server";

import { isAppError } from "@plan-tracker/core";
import { periodNameInSentence } from "@plan-tracker/core/reporting/period-key";
import { PERIOD_PROBLEMS } from "@plan-tracker/periods/errors";
import { openPeriod } from "@plan-tracker/periods/open-period";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { changePeriodState } from "./change-period-state";
import { changePeriodStateSchema, type OpenPeriodField, openPeriodSchema } from "./schema";

const OPEN_FIELDS = ["year", "slot", "cutoffDate", "agencyDeadline", "reportDueDate"] as const;

type OpenPeriodValues = Record<OpenPeriodField, string>;

/**
 * A refusal's `reason` is a key under `periods.errors` (what exactly was refused, shown instead of the
 * code's message), with its `params`; field errors are keys under `periods.errors` too.
 */
export type OpenPeriodState = ActionState<
  { status: "opened"; year: number; period: string },
  OpenPeriodField,
  OpenPeriodValues
>;

export type ChangePeriodStateState = ActionState<
  { status: "changed"; periodId: string; year: number; period: string; state: string },
  never
>;

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}/periods`);
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/");
}

export const openPeriodAction = authedAction(
  {
    name: "period.open",
    input: (_prev: OpenPeriodState, form: FormData) => ({
      planId: form.get("planId"),
      ...textFields(form, OPEN_FIELDS),
    }),
    schema: openPeriodSchema,
    fields: OPEN_FIELDS,
    values: (_prev, form): OpenPeriodValues => textFields(form, OPEN_FIELDS),
    reasons: PERIOD_PROBLEMS,
  },
  async ({ actor, input, request }) => {
    const { slot, ...dates } = input;
    const opened = await openPeriod(prisma, { actor }, { ...dates, ...slot }, await request());
    revalidatePlan(opened.planId);
    return { status: "opened" as const, year: opened.year, period: periodNameInSentence(opened) };
  },
);

export const changePeriodStateAction = authedAction(
  {
    name: "period.changeState",
    input: (_prev: ChangePeriodStateState, form: FormData) => ({
      periodId: form.get("periodId"),
      from: form.get("from"),
      to: form.get("to"),
      planId: form.get("planId"),
    }),
    // The plan only names the page to refresh after a stale change; it grants nothing.
    schema: changePeriodStateSchema.extend({
      planId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .nullable()
        .catch(null),
    }),
    reasons: PERIOD_PROBLEMS,
  },
  async ({ actor, input, request }) => {
    try {
      const changed = await changePeriodState(prisma, actor, input, await request());
      revalidatePlan(changed.planId);
      return {
        status: "changed" as const,
        periodId: changed.id,
        year: changed.year,
        period: periodNameInSentence(changed),
        state: changed.state,
      };
    } catch (error) {
      // The page was out of date (another compiler acted): refresh it under the message.
      if (isAppError(error) && error.code === "CONFLICT" && input.planId) revalidatePlan(input.planId);
      throw error;
    }
  },
);
