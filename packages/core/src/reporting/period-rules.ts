import { daysUntil } from "../dates/vn-time";
import type { PeriodState } from "../workflow/states";
import type { PeriodDates } from "./period-dates";

/**
 * The yearly cycle: OPEN (agencies write and submit) → COMPILING (the focal agency compiles; it may reopen
 * for late agencies) → FINALIZED (the consolidated report is frozen) → CLOSED (archived). Nothing moves
 * back from FINALIZED: a finalized report is immutable, and late material goes into a new version.
 */
const PERIOD_TRANSITIONS: Readonly<Record<PeriodState, readonly PeriodState[]>> = {
  OPEN: ["COMPILING"],
  COMPILING: ["FINALIZED", "OPEN"],
  FINALIZED: ["CLOSED"],
  CLOSED: [],
};

/** The states a period may move to from `from`, forward first. */
export function periodTransitionsFrom(from: PeriodState): readonly PeriodState[] {
  return PERIOD_TRANSITIONS[from];
}

export function isPeriodTransitionAllowed(from: PeriodState, to: PeriodState): boolean {
  return PERIOD_TRANSITIONS[from].includes(to);
}

/**
 * Years a period may be opened for: from the year the plan was issued (nothing to report before it) to
 * the year after the current one (a compiler may prepare next year's period in December).
 */
export function periodYearBounds(planIssuedYear: number, currentYear: number): { min: number; max: number } {
  return { min: planIssuedYear, max: Math.max(planIssuedYear, currentYear + 1) };
}

/**
 * Each date of year N's period lies between 01/01/(N-1) and 31/12/(N+1): wide enough for a rule whose due
 * day falls early in the next year (or whose cut-off falls in the previous one), narrow enough to catch a
 * mistyped year (2062 for 2026).
 */
export function periodDatesOutOfRange(dates: PeriodDates, year: number): boolean {
  const first = `${String(year - 1).padStart(4, "0")}-01-01`;
  const last = `${String(year + 1).padStart(4, "0")}-12-31`;
  return [dates.cutoffDate, dates.agencyDeadline, dates.reportDueDate].some((d) => d < first || d > last);
}

export interface PeriodCountdown {
  /** Days to the agencies' deadline (negative once passed); null when agencies no longer submit. */
  agencyDeadline: number | null;
  /** Days to the report due to the provincial People's Committee; null once the report is done with. */
  reportDue: number | null;
}

/**
 * What is still running in a period, in Vietnam calendar days: agencies submit while it is OPEN; the
 * consolidated report is due while the period is OPEN or COMPILING (once FINALIZED, the report is done).
 */
export function periodCountdown(
  period: { state: PeriodState; agencyDeadline: Date; reportDueDate: Date },
  now: Date,
): PeriodCountdown {
  const reportRunning = period.state === "OPEN" || period.state === "COMPILING";
  return {
    agencyDeadline: period.state === "OPEN" ? daysUntil(period.agencyDeadline, now) : null,
    reportDue: reportRunning ? daysUntil(period.reportDueDate, now) : null,
  };
}

/**
 * The year the "open a period" form proposes: the current year while it has no period, otherwise the year
 * after the latest one (kept within the bounds).
 */
export function nextPeriodYear(
  existingYears: readonly number[],
  currentYear: number,
  bounds: { min: number; max: number },
): number {
  const taken = new Set(existingYears);
  const latest = existingYears.length ? Math.max(...existingYears) : null;
  const proposed = !taken.has(currentYear) ? currentYear : (latest ?? currentYear) + 1;
  return Math.min(bounds.max, Math.max(bounds.min, proposed));
}
