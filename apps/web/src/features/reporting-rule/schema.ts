import { REPORTING_CYCLES } from "@plan-tracker/core/reporting/period-key";
import { z } from "zod";

/** Messages are keys under `plans.rule.errors`. */
const id = z.string({ error: "invalid" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

const whole = (min: number, max: number, error: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(max, { error }));

export const reportingRuleSchema = z.object({
  planId: id,
  /** The rule the page showed ("ANNUAL|5|12|10"): a change made on a stale page is refused. */
  from: z.string().max(100),
  cycles: z
    .array(z.enum(REPORTING_CYCLES, { error: "invalid" }))
    .min(1, { error: "cyclesRequired" })
    .max(4)
    .transform((cycles) => REPORTING_CYCLES.filter((c) => cycles.includes(c))),
  reportDueDay: whole(1, 31, "dayInvalid"),
  reportDueMonth: whole(1, 12, "monthInvalid"),
  agencyDeadlineOffsetDays: whole(0, 60, "offsetInvalid"),
});

export type ReportingRuleInput = z.output<typeof reportingRuleSchema>;
export const RULE_FIELDS = ["cycles", "reportDueDay", "reportDueMonth", "agencyDeadlineOffsetDays"] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The rule as the form carries it back, to refuse a change based on a stale page. */
export function ruleStamp(rule: {
  reportingCycles: readonly string[];
  reportDueDay: number;
  reportDueMonth: number;
  agencyDeadlineOffsetDays: number;
}): string {
  return [
    rule.reportingCycles.join(","),
    rule.reportDueDay,
    rule.reportDueMonth,
    rule.agencyDeadlineOffsetDays,
  ].join("|");
}
