import { PERIOD_STATES, parseVnDate, periodDatesProblem, toIsoDate } from "@plan-tracker/core";
import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { periodDatesOutOfRange } from "@plan-tracker/core/reporting/period-rules";
import { z } from "zod";

/**
 * Zod schemas shared by the forms and the server actions. Error messages are keys under `periods.errors`.
 * The domain functions check again what depends on the database (the plan's years, one period per year,
 * one open period per plan).
 */

/** A static sanity range; the plan narrows it (from its issue year to next year). */
export const PERIOD_YEAR_MIN = 2000;
export const PERIOD_YEAR_MAX = 2100;

export const PERIOD_DATE_FIELDS = ["cutoffDate", "agencyDeadline", "reportDueDate"] as const;
export type PeriodDateField = (typeof PERIOD_DATE_FIELDS)[number];
export type OpenPeriodField = "year" | "slot" | PeriodDateField;

const id = z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

/** A day typed as dd/MM/yyyy (5/12/2026, 05-12-2026 also pass) → "2026-12-05". */
const day = z
  .string({ error: "dateRequired" })
  .trim()
  .min(1, { error: "dateRequired" })
  .max(20, { error: "dateInvalid" })
  .transform((text, ctx) => {
    const parsed = parseVnDate(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return toIsoDate(parsed);
  });

const year = z
  .string({ error: "yearRequired" })
  .trim()
  .min(1, { error: "yearRequired" })
  .regex(/^\d{4}$/, { error: "yearInvalid" })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(PERIOD_YEAR_MIN, { error: "yearInvalid" })
      .max(PERIOD_YEAR_MAX, { error: "yearInvalid" }),
  );

/**
 * Which period of the year: "ANNUAL-1" (the default when the plan reports yearly only), "SEMIANNUAL-2",
 * "QUARTERLY-4", "MONTHLY-11". Absent means the year's own period.
 */
const slot = z
  .string()
  .trim()
  .optional()
  .transform((text, ctx) => {
    if (!text) return { cycle: "ANNUAL" as const, index: 1 };
    const match = /^(ANNUAL|SEMIANNUAL|QUARTERLY|MONTHLY)-(\d{1,2})$/.exec(text);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "periodInvalid" });
      return z.NEVER;
    }
    return { cycle: match[1] as ReportingCycle, index: Number(match[2]) };
  });

export const openPeriodSchema = z
  .object({ planId: id, year, slot, cutoffDate: day, agencyDeadline: day, reportDueDate: day })
  .superRefine((value, ctx) => {
    // Zod runs this even when a field failed: judge the order only of what parsed.
    const isDay = (d: unknown) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d);
    const yearOk =
      Number.isInteger(value.year) && value.year >= PERIOD_YEAR_MIN && value.year <= PERIOD_YEAR_MAX;
    if (!yearOk || !PERIOD_DATE_FIELDS.every((field) => isDay(value[field]))) return;
    const problem = periodDatesProblem(value);
    if (problem === "CUTOFF_AFTER_DEADLINE")
      ctx.addIssue({ code: "custom", path: ["cutoffDate"], message: "cutoffAfterDeadline" });
    if (problem === "DEADLINE_AFTER_DUE")
      ctx.addIssue({ code: "custom", path: ["agencyDeadline"], message: "deadlineAfterDue" });
    if (!problem && periodDatesOutOfRange(value, value.year)) {
      for (const field of PERIOD_DATE_FIELDS) {
        const d = value[field];
        const alone = { cutoffDate: d, agencyDeadline: d, reportDueDate: d };
        if (periodDatesOutOfRange(alone, value.year))
          ctx.addIssue({ code: "custom", path: [field], message: "dateOutOfYear" });
      }
    }
  });

export const changePeriodStateSchema = z.object({
  periodId: id,
  /** The state the page showed: a change based on a stale page is refused, not applied twice. */
  from: z.enum(PERIOD_STATES, { error: "invalid" }),
  to: z.enum(PERIOD_STATES, { error: "invalid" }),
});

export type ChangePeriodStateInput = z.output<typeof changePeriodStateSchema>;
