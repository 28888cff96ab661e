"use server";

import { revalidatePath } from "next/cache";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { changeReportingRule } from "./change-reporting-rule";
import { RULE_FIELDS, type RuleField, reportingRuleSchema } from "./schema";

const TEXT_FIELDS = ["reportDueDay", "reportDueMonth", "agencyDeadlineOffsetDays"] as const;

export type ReportingRuleState = ActionState<
  { status: "saved" },
  RuleField,
  Record<(typeof TEXT_FIELDS)[number], string> & { cycles: string[] }
>;

export const changeReportingRuleAction = authedAction(
  {
    name: "plan.changeReportingRule",
    input: (_prev: ReportingRuleState, form: FormData) => ({
      planId: form.get("planId"),
      from: form.get("from"),
      cycles: form.getAll("cycles").map(String),
      ...textFields(form, TEXT_FIELDS),
    }),
    schema: reportingRuleSchema,
    fields: RULE_FIELDS,
    values: (_prev, form) => ({
      ...textFields(form, TEXT_FIELDS),
      cycles: form.getAll("cycles").map(String),
    }),
    reasons: ["stale"],
  },
  async ({ actor, input, request }) => {
    const { planId } = await changeReportingRule(prisma, actor, input, await request());
    revalidatePath(`/plans/${planId}`);
    revalidatePath(`/plans/${planId}/periods`);
    return { status: "saved" as const };
  },
);
