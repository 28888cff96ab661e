/** Calendar dates of a reporting period, as ISO "yyyy-MM-dd" strings (they are days, not instants). */
export interface PeriodDates {
  /** Thời điểm chốt số liệu. */
  cutoffDate: string;
  /** Hạn gửi báo cáo: agencies to the focal agency. */
  agencyDeadline: string;
  /** Hạn báo cáo UBND tỉnh. */
  reportDueDate: string;
}

export interface ReportingRule {
  reportDueDay: number;
  reportDueMonth: number;
  /** Days before the report due date by which agencies submit (10 by default for plan 182). */
  agencyDeadlineOffsetDays: number;
}

/** Days between the data cut-off and the agency deadline: agencies need time to write after the cut-off. */
export const CUTOFF_BEFORE_AGENCY_DEADLINE_DAYS = 10;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/**
 * The default dates of year N's period under a plan's reporting rule: due date from the rule (5/12 for
 * plan 182), agency deadline the offset before it, cut-off ten days before that. Pure calendar arithmetic
 * in UTC, so no time zone can shift a day.
 */
export function defaultPeriodDates(year: number, rule: ReportingRule): PeriodDates {
  if (rule.agencyDeadlineOffsetDays < 0)
    throw new RangeError("agencyDeadlineOffsetDays must not be negative");
  const due = new Date(Date.UTC(year, rule.reportDueMonth - 1, rule.reportDueDay));
  if (due.getUTCMonth() !== rule.reportDueMonth - 1) throw new RangeError("invalid report due day");
  const reportDueDate = iso(due);
  const agencyDeadline = addDays(reportDueDate, -rule.agencyDeadlineOffsetDays);
  const cutoffDate = addDays(agencyDeadline, -CUTOFF_BEFORE_AGENCY_DEADLINE_DAYS);
  return { cutoffDate, agencyDeadline, reportDueDate };
}

/** Dates must run cut-off ≤ agency deadline ≤ report due date. Returns the broken rule, or null. */
export function periodDatesProblem(
  dates: PeriodDates,
): "CUTOFF_AFTER_DEADLINE" | "DEADLINE_AFTER_DUE" | null {
  if (dates.cutoffDate > dates.agencyDeadline) return "CUTOFF_AFTER_DEADLINE";
  if (dates.agencyDeadline > dates.reportDueDate) return "DEADLINE_AFTER_DUE";
  return null;
}
