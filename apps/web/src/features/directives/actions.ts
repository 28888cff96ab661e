"use server";

import { refresh } from "next/cache";
import { type ActionFailure, actionFailure, fieldErrorsOf } from "@/features/submissions/action-result";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { answerDirective, closeDirective } from "./answer-directive";
import { createDirective } from "./create-directive";
import { answerDirectiveSchema, closeDirectiveSchema, createDirectiveSchema } from "./schema";

type Values = Record<string, string>;
export type DirectiveFormState =
  | { status: "idle" }
  | { status: "done"; at: number }
  | (ActionFailure<string> & { values: Values });

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

function withFieldErrors(failure: ActionFailure<never>, error: unknown): ActionFailure<string> {
  // AppError VALIDATION from the domain function carries its own field keys (target, dueDate).
  const fields = (error as { details?: { fieldErrors?: Record<string, string[]> } })?.details?.fieldErrors;
  if (!fields) return failure;
  const fieldErrors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(fields)) if (messages[0]) fieldErrors[key] = messages[0];
  return { ...failure, fieldErrors };
}

export async function createDirectiveAction(
  _prev: DirectiveFormState,
  form: FormData,
): Promise<DirectiveFormState> {
  const values = {
    body: text(form, "body"),
    dueDate: text(form, "dueDate"),
    organizationId: text(form, "organizationId"),
  };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = createDirectiveSchema.safeParse({
    planId: text(form, "planId"),
    taskId: text(form, "taskId"),
    ...values,
  });
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["body", "dueDate", "organizationId"] as const),
      values,
    };
  }
  try {
    await createDirective(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return { ...withFieldErrors(actionFailure(error, "directive.create"), error), values };
  }
  refresh();
  return { status: "done", at: Date.now() };
}

export async function answerDirectiveAction(
  _prev: DirectiveFormState,
  form: FormData,
): Promise<DirectiveFormState> {
  const values = { response: text(form, "response") };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = answerDirectiveSchema.safeParse({ directiveId: text(form, "directiveId"), ...values });
  if (!parsed.success) {
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["response"] as const),
      values,
    };
  }
  try {
    await answerDirective(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return { ...actionFailure(error, "directive.answer"), values };
  }
  refresh();
  return { status: "done", at: Date.now() };
}

export async function closeDirectiveAction(
  _prev: DirectiveFormState,
  form: FormData,
): Promise<DirectiveFormState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values: {} };
  const parsed = closeDirectiveSchema.safeParse({ directiveId: text(form, "directiveId") });
  if (!parsed.success) return { status: "error", error: "VALIDATION", values: {} };
  try {
    await closeDirective(prisma, actor, parsed.data.directiveId, await auditRequestContext());
  } catch (error) {
    return { ...actionFailure(error, "directive.close"), values: {} };
  }
  refresh();
  return { status: "done", at: Date.now() };
}
