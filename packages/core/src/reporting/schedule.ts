import { WorkingCalendar } from "../calendar/working-calendar";
import { type CycleRule, defaultCycleDates } from "./cycle-dates";
import type { PeriodDates } from "./period-dates";
import { type PeriodKey, REPORTING_CYCLES, type ReportingCycle } from "./period-key";

/**
 * When periods open by themselves (docs/reporting-cycles.md, "Opening on schedule"):
 *
 * - a period opens on the first day of the month its data are cut off in (Tháng 11/2026: 01/11; the year
 *   of plan 182, cut off 15/11: 01/11; Quý IV: 01/12), so agencies can write before the cut-off and the
 *   previous month's report is with the compiler by then;
 * - it stays due until its report to UBND tỉnh is due: a job that was down catches up, but a period
 *   whose due date has passed is not opened late (the compiler may still open it by hand);
 * - where a plan reports on several cycles and a longer period is cut off in the same month as a shorter
 *   one (the year and December, six months and June), the longer period's report takes the shorter one's
 *   place, so agencies write one report, not two on the same data.
 */
export interface SchedulePlan {
  cycles: readonly ReportingCycle[];
  rule: CycleRule;
  /** The years the plan runs (its term): nothing opens outside them. */
  validFromYear: number;
  validToYear: number;
}

export interface ScheduledPeriod {
  key: PeriodKey;
  dates: PeriodDates;
  /** The first day the period may open ("yyyy-MM-dd"). */
  opensOn: string;
}

const COUNT: Record<ReportingCycle, number> = { MONTHLY: 12, QUARTERLY: 4, SEMIANNUAL: 2, ANNUAL: 1 };
/** Longest first: the order in which one period takes another's place. */
const LONGEST_FIRST = [...REPORTING_CYCLES].reverse();

const monthOf = (day: string) => day.slice(0, 7);

/** The day a period opens on schedule: the first of its cut-off's month. */
export function scheduledOpeningDay(dates: PeriodDates): string {
  return `${monthOf(dates.cutoffDate)}-01`;
}

function periodsAround(cycle: ReportingCycle, year: number): PeriodKey[] {
  const keys: PeriodKey[] = [];
  for (const y of [year - 1, year, year + 1])
    for (let index = 1; index <= COUNT[cycle]; index++) keys.push({ cycle, year: y, index });
  return keys;
}

/**
 * The period of `plan` that is due to be open on `today` ("yyyy-MM-dd"), or null: the one whose opening
 * day has come and whose report is not yet due, once the longer periods have taken the place of the
 * shorter ones cut off in the same month. When two qualify (a catch-up), the later one.
 */
export function scheduledPeriod(
  plan: SchedulePlan,
  today: string,
  calendar: WorkingCalendar = new WorkingCalendar(),
): ScheduledPeriod | null {
  const year = Number(today.slice(0, 4));
  const cycles = LONGEST_FIRST.filter((c) => plan.cycles.includes(c));
  const takenMonths = new Set<string>();
  const due: ScheduledPeriod[] = [];
  for (const cycle of cycles) {
    const months = new Set<string>();
    for (const key of periodsAround(cycle, year)) {
      const dates = defaultCycleDates(key, plan.rule, calendar);
      const month = monthOf(dates.cutoffDate);
      months.add(month);
      if (takenMonths.has(month)) continue;
      if (key.year < plan.validFromYear || key.year > plan.validToYear) continue;
      const opensOn = scheduledOpeningDay(dates);
      if (opensOn <= today && today <= dates.reportDueDate) due.push({ key, dates, opensOn });
    }
    for (const month of months) takenMonths.add(month);
  }
  due.sort((a, b) => (a.opensOn < b.opensOn ? 1 : a.opensOn > b.opensOn ? -1 : 0));
  return due[0] ?? null;
}
