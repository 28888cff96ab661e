"use server";

import { revalidatePath } from "next/cache";
import { authedAction, textFields } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { addCalendarDay, removeCalendarDay } from "./calendar-days";
import { addCalendarDaySchema, removeCalendarDaySchema } from "./schema";

const FIELDS = ["date", "kind", "name"] as const;
type Field = (typeof FIELDS)[number];

/** Field errors are keys under `calendarAdmin.errors`. */
export type CalendarDayState = ActionState<{ status: "saved"; date: string }, Field, Record<Field, string>>;

export type RemoveCalendarDayState = ActionState<{ status: "removed"; date: string }, never>;

const PAGE = "/admin/calendar";

export const addCalendarDayAction = authedAction(
  {
    name: "calendarDay.add",
    input: (_prev: CalendarDayState, form: FormData) => textFields(form, FIELDS),
    schema: addCalendarDaySchema,
    fields: FIELDS,
    values: (_prev, form) => textFields(form, FIELDS),
  },
  async ({ actor, input, request }) => {
    await addCalendarDay(prisma, actor, input, await request());
    revalidatePath(PAGE);
    return { status: "saved" as const, date: input.date };
  },
);

export const removeCalendarDayAction = authedAction(
  {
    name: "calendarDay.remove",
    input: (_prev: RemoveCalendarDayState, form: FormData) => ({ date: form.get("date") }),
    schema: removeCalendarDaySchema,
  },
  async ({ actor, input, request }) => {
    await removeCalendarDay(prisma, actor, input.date, await request());
    revalidatePath(PAGE);
    return { status: "removed" as const, date: input.date };
  },
);
