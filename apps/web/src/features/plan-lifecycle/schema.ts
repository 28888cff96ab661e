import { PLAN_LIFECYCLE_STATUSES, PLAN_STATUSES, parseVnDate, toIsoDate } from "@plan-tracker/core";
import { z } from "zod";

/** Messages are keys under `plans.lifecycle.errors`. */
const id = z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

/** Empty → null; a day typed dd/mm/yyyy or posted ISO by the date field → "2026-12-31". */
const optionalDay = z
  .string()
  .trim()
  .max(20, { error: "dateInvalid" })
  .transform((text, ctx) => {
    if (text === "") return null;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
    const parsed = iso ? new Date(`${iso}T00:00:00Z`) : parseVnDate(text);
    if (!parsed || Number.isNaN(parsed.getTime()) || (iso && parsed.toISOString().slice(0, 10) !== iso)) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return iso ?? toIsoDate(parsed);
  });

export const changePlanStatusSchema = z.object({
  planId: id,
  /** The status the page showed: a change made on a stale page is refused, not applied over another. */
  from: z.enum(PLAN_STATUSES, { error: "invalid" }),
  status: z.enum(PLAN_LIFECYCLE_STATUSES, { error: "invalid" }),
  endedOn: optionalDay,
  replacedById: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(id.nullable()),
  replacedByText: z.string().trim().max(300, { error: "tooLong" }),
});

export type ChangePlanStatusInput = z.output<typeof changePlanStatusSchema>;
export const PLAN_STATUS_FIELDS = ["status", "endedOn", "replacedById", "replacedByText"] as const;
export type PlanStatusField = (typeof PLAN_STATUS_FIELDS)[number];

export const PLAN_STATUS_PROBLEMS = [
  "endedOnRequired",
  "endedBeforeIssued",
  "replacementRequired",
  "replacedBySelf",
  "replacementNotAllowed",
  "replacementUnknown",
  "stale",
] as const;
