import { WorkingCalendar } from "../calendar/working-calendar";
import { defaultPeriodDates, type PeriodDates } from "./period-dates";
import type { PeriodKey } from "./period-key";

/**
 * A plan's reporting rule as the default dates of its periods need it: the day the focal agency reports to
 * UBND tỉnh (with its month, for a yearly report: 05/12 for plan 182), and how many days before that the
 * agencies report to the focal agency.
 */
export interface CycleRule {
  reportDueDay: number | null;
  /** Only for a yearly date ("trước ngày 05 tháng 12 hằng năm"); null for "trước ngày 20 hằng tháng". */
  reportDueMonth: number | null;
  agencyDeadlineOffsetDays: number;
}

/** The agencies' deadline when the plan says nothing shorter: three working days before the focal agency's. */
export const DEFAULT_AGENCY_WORKING_DAYS = 3;
/** The day of the month a report is due when the plan names none ("trước ngày 20"): the common choice. */
export const DEFAULT_DUE_DAY = 20;

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};

/**
 * The data window of a period under Decree 09/2019/NĐ-CP, Article 12 (docs/reporting-cycles.md): monthly,
 * from the 15th of the previous month to the 14th of the month; quarterly, from the 15th of the month
 * before the quarter to the 14th of its last month; six-monthly, 15/12 of the previous year to 14/6, and
 * 15/6 to 14/12; yearly, 15/12 of the previous year to 14/12.
 */
export function decreeDataWindow(key: PeriodKey): { from: string; to: string } {
  const { year, index } = key;
  switch (key.cycle) {
    case "MONTHLY":
      return { from: iso(year, index - 1, 15), to: iso(year, index, 14) };
    case "QUARTERLY":
      return { from: iso(year, 3 * (index - 1), 15), to: iso(year, 3 * index, 14) };
    case "SEMIANNUAL":
      return index === 1
        ? { from: iso(year - 1, 12, 15), to: iso(year, 6, 14) }
        : { from: iso(year, 6, 15), to: iso(year, 12, 14) };
    case "ANNUAL":
      return { from: iso(year - 1, 12, 15), to: iso(year, 12, 14) };
  }
}

const shift = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The first working day on or after `day`: a time limit whose last day is a day off ends on the next
 * working day (Bộ luật Dân sự 2015, Article 148(5)), so a deadline never falls on a weekend, a holiday or
 * Tết, and never moves before the data it reports on is cut off.
 */
function workingDayOnOrAfter(calendar: WorkingCalendar, day: string): string {
  let d = day;
  for (let i = 0; i < 31 && !calendar.isWorkingDay(d); i++) d = shift(d, 1);
  return d;
}

/** The working day before `day`. */
function previousWorkingDay(calendar: WorkingCalendar, day: string): string {
  let d = shift(day, -1);
  for (let i = 0; i < 31 && !calendar.isWorkingDay(d); i++) d = shift(d, -1);
  return d;
}

/**
 * The default dates of a period. A yearly period of a plan that names its own date (182: before 05/12)
 * keeps the plan's dates as they always were (defaultPeriodDates). Otherwise the cut-off is the end of the
 * decree's data window, the report is due on the plan's day of the month (20th if it names none) in the
 * cut-off's month, or the next month when that day comes before the cut-off; the agencies' deadline is the
 * plan's offset before it, or up to three working days before when the offset would reach the cut-off.
 * A computed deadline that falls on a weekend, a holiday or Tết moves to the next working day.
 */
export function defaultCycleDates(
  key: PeriodKey,
  rule: CycleRule,
  calendar: WorkingCalendar = new WorkingCalendar(),
): PeriodDates {
  if (key.cycle === "ANNUAL" && rule.reportDueDay && rule.reportDueMonth)
    return defaultPeriodDates(key.year, {
      reportDueDay: rule.reportDueDay,
      reportDueMonth: rule.reportDueMonth,
      agencyDeadlineOffsetDays: rule.agencyDeadlineOffsetDays,
    });
  const cutoffDate = decreeDataWindow(key).to;
  const [cy, cm] = cutoffDate.split("-").map(Number) as [number, number];
  const dueDay = Math.min(rule.reportDueDay ?? DEFAULT_DUE_DAY, 28);
  const dueRaw = dueDay > 14 ? iso(cy, cm, dueDay) : iso(cy, cm + 1, dueDay);
  const reportDueDate = workingDayOnOrAfter(calendar, dueRaw);
  let agencyDeadline = workingDayOnOrAfter(calendar, shift(reportDueDate, -rule.agencyDeadlineOffsetDays));
  if (agencyDeadline <= cutoffDate || agencyDeadline > reportDueDate) {
    agencyDeadline = reportDueDate;
    for (let i = 0; i < DEFAULT_AGENCY_WORKING_DAYS; i++) {
      const candidate = previousWorkingDay(calendar, agencyDeadline);
      if (candidate <= cutoffDate) break;
      agencyDeadline = candidate;
    }
  }
  return { cutoffDate, agencyDeadline, reportDueDate };
}
