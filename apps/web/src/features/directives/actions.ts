"use server";

import { refresh } from "next/cache";
import { WORKFLOW_REFUSALS } from "@/features/submissions/schema";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { answerDirective, closeDirective } from "./answer-directive";
import { createDirective } from "./create-directive";
import { answerDirectiveSchema, closeDirectiveSchema, createDirectiveSchema } from "./schema";

type Values = Record<string, string>;
export type DirectiveFormState = ActionState<{ status: "done"; at: number }, string, Values>;

/** The form's fields; the domain function's VALIDATION errors name organizationId and dueDate too. */
const CREATE_FIELDS = ["body", "dueDate", "organizationId"] as const;

export const createDirectiveAction = authedAction(
  {
    name: "directive.create",
    input: (_prev: DirectiveFormState, form: FormData) =>
      textFields(form, ["planId", "taskId", "body", "dueDate", "organizationId"]),
    schema: createDirectiveSchema,
    fields: CREATE_FIELDS,
    values: (_prev, form): Values => textFields(form, ["body", "dueDate", "organizationId"]),
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }) => {
    await createDirective(prisma, actor, input, await request());
    refresh();
    return { status: "done" as const, at: Date.now() };
  },
);

export const answerDirectiveAction = authedAction(
  {
    name: "directive.answer",
    input: (_prev: DirectiveFormState, form: FormData) => textFields(form, ["directiveId", "response"]),
    schema: answerDirectiveSchema,
    fields: ["response"],
    values: (_prev, form): Values => textFields(form, ["response"]),
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }) => {
    await answerDirective(prisma, actor, input, await request());
    refresh();
    return { status: "done" as const, at: Date.now() };
  },
);

export const closeDirectiveAction = authedAction(
  {
    name: "directive.close",
    input: (_prev: DirectiveFormState, form: FormData) => textFields(form, ["directiveId"]),
    schema: closeDirectiveSchema,
    values: (): Values => ({}),
    reasons: WORKFLOW_REFUSALS,
  },
  async ({ actor, input, request }) => {
    await closeDirective(prisma, actor, input.directiveId, await request());
    refresh();
    return { status: "done" as const, at: Date.now() };
  },
);
