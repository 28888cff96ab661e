import type { ReportingCycle } from "@plan-tracker/core/reporting/period-key";

/**
 * How a synthetic plan reports and how large it is. The mix (PROFILE_PATTERN) is set by the issue's
 * "about 3,000 periods": with 49 plans over 2021–2026 that takes about seven plans in ten reporting
 * monthly (72 periods each, 77 with the years), the rest quarterly (24, or 40 with halves and years) or
 * yearly (6). Plan 0 reports monthly, so every scale has a monthly plan.
 *
 * Per-period volume: every expected reporter (the lead and the coordinators) files an update on each of
 * its tasks in every period, as the product expects, so a period's updates are tasks × reporters. At the
 * yearly plans' size (100 tasks, 1–4 coordinators drawn from all 149 agencies: about 330 updates and 107
 * agency reports a period) the 72 monthly periods would make 24,000 updates per plan and about 850,000
 * in all. A plan reported monthly is a narrower, operational plan, so it has fewer tasks (40), carried
 * out by 12 of the provincial departments and district committees (the 25 "Sở" and "UBND huyện", who
 * carry out such plans), with a lead and at most one coordinator each: about 56 updates and 12 agency
 * reports a period. A quarterly plan has 60 tasks among all 25 with at most two coordinators (about 120
 * updates a period). The whole data set stays under 200,000 updates (twice the yearly-only set, for
 * ten times the periods) while a monthly plan is still the longest history to read (about 4,000–4,500
 * updates over 72–77 periods, against 2,000 over 6 for a yearly plan). With fewer tasks per plan, the
 * departments and district committees still carry more tasks across the plans than any agency did in the
 * yearly-only set (the busiest 185, against 142: what "Việc của tôi" lists).
 */
export interface PlanProfile {
  name: "MONTHLY" | "MONTHLY_ANNUAL" | "QUARTERLY" | "QUARTERLY_HALF_ANNUAL" | "ANNUAL";
  cycles: readonly ReportingCycle[];
  tasks: number;
  /** How many departments and district committees lead and coordinate its tasks (drawn per plan); null: any agency. */
  agencies: number | null;
  /** How many coordinators a task draws (the lead is dropped when drawn). */
  coordinators: readonly [min: number, max: number];
  reportDueDay: number;
  /** The yearly report's month (the column is required even when the plan has no yearly cycle). */
  reportDueMonth: number;
  agencyDeadlineOffsetDays: number;
  reportingRuleText: string;
  /** A recurring task's time as the plan writes it. */
  recurringText: string;
}

export const PROFILES: Record<PlanProfile["name"], PlanProfile> = {
  MONTHLY: {
    name: "MONTHLY",
    cycles: ["MONTHLY"],
    tasks: 40,
    agencies: 12,
    coordinators: [0, 1],
    reportDueDay: 20,
    reportDueMonth: 12,
    agencyDeadlineOffsetDays: 3,
    reportingRuleText: "Định kỳ hằng tháng, báo cáo kết quả thực hiện trước ngày 20 hằng tháng.",
    recurringText: "Hằng tháng",
  },
  MONTHLY_ANNUAL: {
    name: "MONTHLY_ANNUAL",
    cycles: ["MONTHLY", "ANNUAL"],
    tasks: 40,
    agencies: 12,
    coordinators: [0, 1],
    reportDueDay: 20,
    reportDueMonth: 12,
    agencyDeadlineOffsetDays: 3,
    reportingRuleText:
      "Định kỳ hằng tháng (trước ngày 20 hằng tháng) và hằng năm (trước ngày 20/12), báo cáo kết quả thực hiện.",
    recurringText: "Hằng tháng",
  },
  QUARTERLY: {
    name: "QUARTERLY",
    cycles: ["QUARTERLY"],
    tasks: 60,
    agencies: 25,
    coordinators: [0, 2],
    reportDueDay: 20,
    reportDueMonth: 12,
    agencyDeadlineOffsetDays: 5,
    reportingRuleText: "Định kỳ hằng quý, báo cáo kết quả thực hiện trước ngày 20 tháng cuối quý.",
    recurringText: "Hằng quý",
  },
  QUARTERLY_HALF_ANNUAL: {
    name: "QUARTERLY_HALF_ANNUAL",
    cycles: ["QUARTERLY", "SEMIANNUAL", "ANNUAL"],
    tasks: 60,
    agencies: 25,
    coordinators: [0, 2],
    reportDueDay: 20,
    reportDueMonth: 12,
    agencyDeadlineOffsetDays: 5,
    reportingRuleText:
      "Định kỳ hằng quý, 6 tháng và năm, báo cáo kết quả thực hiện trước ngày 20 tháng cuối kỳ (báo cáo năm trước ngày 20/12).",
    recurringText: "Hằng quý",
  },
  ANNUAL: {
    name: "ANNUAL",
    cycles: ["ANNUAL"],
    tasks: 100,
    agencies: null,
    coordinators: [1, 4],
    reportDueDay: 15,
    reportDueMonth: 12,
    agencyDeadlineOffsetDays: 10,
    reportingRuleText: "Định kỳ hằng năm, báo cáo kết quả thực hiện trước ngày 15/12.",
    recurringText: "Hằng năm",
  },
};

/** Ten plans in a row: 4 monthly, 3 monthly and yearly, 1 quarterly, 1 quarterly, six-monthly and yearly, 1 yearly. */
const PROFILE_PATTERN: readonly PlanProfile["name"][] = [
  "MONTHLY",
  "MONTHLY_ANNUAL",
  "QUARTERLY_HALF_ANNUAL",
  "MONTHLY",
  "ANNUAL",
  "MONTHLY_ANNUAL",
  "MONTHLY",
  "QUARTERLY",
  "MONTHLY",
  "MONTHLY_ANNUAL",
];

/** The profile of the synthetic plan at `index` (0-based). */
export function planProfile(index: number): PlanProfile {
  return PROFILES[PROFILE_PATTERN[index % PROFILE_PATTERN.length] as PlanProfile["name"]];
}
