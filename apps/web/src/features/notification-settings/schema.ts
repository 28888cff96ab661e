import { REMINDER_KINDS } from "@plan-tracker/jobs/reminders/kinds";
import { z } from "zod";

/** The kinds the user wants by email: each checkbox is named after its kind, "on" when ticked. */
export function parseEmailChoices(form: FormData): Record<(typeof REMINDER_KINDS)[number], boolean> {
  const schema = z.object(Object.fromEntries(REMINDER_KINDS.map((k) => [k, z.literal("on").optional()])));
  const parsed = schema.parse(Object.fromEntries(REMINDER_KINDS.map((k) => [k, form.get(k) ?? undefined])));
  return Object.fromEntries(REMINDER_KINDS.map((k) => [k, parsed[k] === "on"])) as Record<
    (typeof REMINDER_KINDS)[number],
    boolean
  >;
}
