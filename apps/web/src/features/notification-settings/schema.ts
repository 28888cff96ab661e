import { REMINDER_KINDS } from "@plan-tracker/jobs/reminders/kinds";
import { z } from "zod";

type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The kinds the user wants by email: each checkbox is named after its kind, "on" when ticked. */
export const emailChoicesSchema = z
  .object(Object.fromEntries(REMINDER_KINDS.map((k) => [k, z.literal("on").optional()])))
  .transform(
    (parsed) =>
      Object.fromEntries(REMINDER_KINDS.map((k) => [k, parsed[k] === "on"])) as Record<ReminderKind, boolean>,
  );

/** The form's checkboxes, unticked ones absent. */
export function emailChoicesInput(form: FormData): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(REMINDER_KINDS.map((k) => [k, form.get(k) ?? undefined]));
}
