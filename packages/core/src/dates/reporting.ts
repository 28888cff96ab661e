import { addVnDays, vnDate } from "./vn-time";

/**
 * The consolidated report's due day in a year, from the plan's rule "before day D of month M each year"
 * (plan 182: 05/12). Returned as 00:00 Vietnam time; the whole day counts as on time.
 * Argument order follows how the rule is written (day-month) after the year.
 */
export function reportDueDate(year: number, day: number, month: number): Date {
  return vnDate(year, month, day);
}

/**
 * The agencies' deadline: `offsetDays` calendar days before the report is due, so the focal agency
 * has time to compile (offset 10 on 05/12 -> 25/11). Calendar, not working, days: the compiler sets
 * the period's actual deadline when opening it and can move one that falls on a weekend or holiday.
 */
export function agencyDeadline(due: Date, offsetDays: number): Date {
  if (!Number.isInteger(offsetDays) || offsetDays < 0) {
    throw new RangeError(`Agency deadline offset must be a whole number of days >= 0: ${offsetDays}`);
  }
  return addVnDays(due, -offsetDays);
}
