"use server";

import { type AppErrorCode, toAppError } from "@plan-tracker/core";
import { revalidatePath } from "next/cache";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { addCalendarDay, removeCalendarDay } from "./calendar-days";
import { addCalendarDaySchema, removeCalendarDaySchema } from "./schema";

type Field = "date" | "kind" | "name";

export type CalendarDayState =
  | { status: "idle" }
  | { status: "saved"; date: string }
  | {
      status: "error";
      error: AppErrorCode;
      /** Field -> key under calendarAdmin.errors. */
      fieldErrors?: Partial<Record<Field, string>>;
      values?: { date: string; kind: string; name: string };
    };

const PAGE = "/admin/calendar";

export async function addCalendarDayAction(
  _prev: CalendarDayState,
  form: FormData,
): Promise<CalendarDayState> {
  const values = {
    date: String(form.get("date") ?? ""),
    kind: String(form.get("kind") ?? ""),
    name: String(form.get("name") ?? ""),
  };
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", values };
  const parsed = addCalendarDaySchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      fieldErrors[field] ??= issue.message;
    }
    return { status: "error", error: "VALIDATION", fieldErrors, values };
  }
  try {
    await addCalendarDay(prisma, actor, parsed.data, await auditRequestContext());
    revalidatePath(PAGE);
    return { status: "saved", date: parsed.data.date };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL")
      console.error("saving a calendar day failed", appError.cause ?? appError);
    const dateError = appError.details?.fieldErrors?.date?.[0];
    return {
      status: "error",
      error: appError.code,
      ...(dateError ? { fieldErrors: { date: dateError } } : {}),
      values,
    };
  }
}

export async function removeCalendarDayAction(form: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  const parsed = removeCalendarDaySchema.safeParse({ date: form.get("date") });
  if (!parsed.success) return;
  try {
    await removeCalendarDay(prisma, actor, parsed.data.date, await auditRequestContext());
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL")
      console.error("removing a calendar day failed", appError.cause ?? appError);
  }
  revalidatePath(PAGE);
}
