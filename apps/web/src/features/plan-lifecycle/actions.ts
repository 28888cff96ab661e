"use server";

import { isAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { changePlanStatus } from "./change-plan-status";
import {
  changePlanStatusSchema,
  PLAN_STATUS_FIELDS,
  PLAN_STATUS_PROBLEMS,
  type PlanStatusField,
} from "./schema";

export type ChangePlanStatusState = ActionState<
  { status: "saved"; planStatus: string },
  PlanStatusField,
  Record<PlanStatusField, string>
>;

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/");
}

export const changePlanStatusAction = authedAction(
  {
    name: "plan.changeStatus",
    input: (_prev: ChangePlanStatusState, form: FormData) => ({
      planId: form.get("planId"),
      from: form.get("from"),
      ...textFields(form, PLAN_STATUS_FIELDS),
    }),
    schema: changePlanStatusSchema,
    fields: PLAN_STATUS_FIELDS,
    values: (_prev, form) => textFields(form, PLAN_STATUS_FIELDS),
    reasons: PLAN_STATUS_PROBLEMS,
  },
  async ({ actor, input, request }) => {
    try {
      const changed = await changePlanStatus(prisma, actor, input, await request());
      revalidatePlan(changed.planId);
      return { status: "saved" as const, planStatus: changed.status };
    } catch (error) {
      // Another user changed it first: show the page as it now is, under the message.
      if (isAppError(error) && error.code === "CONFLICT") revalidatePlan(input.planId);
      throw error;
    }
  },
);
