import type { WorkingCalendar } from "@plan-tracker/core/calendar/working-calendar";
import {
  type CycleRule,
  decreeDataWindow,
  defaultCycleDates,
} from "@plan-tracker/core/reporting/cycle-dates";
import type { PeriodDates } from "@plan-tracker/core/reporting/period-dates";
import type { PeriodKey, ReportingCycle } from "@plan-tracker/core/reporting/period-key";

export type GeneratedPeriodState = "OPEN" | "FINALIZED" | "CLOSED";

export interface GeneratedPeriod {
  key: PeriodKey;
  dates: PeriodDates;
  /** The decree's data window (first and last day the period reports on). */
  window: { from: string; to: string };
  state: GeneratedPeriodState;
}

const PERIODS_PER_YEAR: Record<ReportingCycle, number> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  SEMIANNUAL: 2,
  ANNUAL: 1,
};
/** On equal due dates the longer cycle is the one open (the year's report covers the shorter ones). */
const CYCLE_LENGTH: Record<ReportingCycle, number> = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, ANNUAL: 12 };

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

/**
 * A plan's periods from `firstYear` to `openYear` on its cycles, dated by `defaultCycleDates` (the plan's
 * rule on the working calendar) and put in the state they would have on `asOf`:
 *
 * - a period due before `asOf` is done: FINALIZED when due in the year before `asOf`, else CLOSED;
 * - of the periods due on or after `asOf`, the latest due is OPEN (on equal dates the longer cycle) and
 *   the others are left out: a plan has one open period at a time, so they are not opened yet.
 *
 * Sorted by due date, then the longer cycle first.
 */
export function planPeriods(
  cycles: readonly ReportingCycle[],
  rule: CycleRule,
  calendar: WorkingCalendar,
  { firstYear, openYear, asOf }: { firstYear: number; openYear: number; asOf: string },
): GeneratedPeriod[] {
  const all: Omit<GeneratedPeriod, "state">[] = [];
  for (const cycle of cycles)
    for (let year = firstYear; year <= openYear; year++)
      for (let index = 1; index <= PERIODS_PER_YEAR[cycle]; index++) {
        const key: PeriodKey = { cycle, year, index };
        all.push({ key, dates: defaultCycleDates(key, rule, calendar), window: decreeDataWindow(key) });
      }
  const byDue = (a: Omit<GeneratedPeriod, "state">, b: Omit<GeneratedPeriod, "state">) =>
    a.dates.reportDueDate.localeCompare(b.dates.reportDueDate) ||
    CYCLE_LENGTH[b.key.cycle] - CYCLE_LENGTH[a.key.cycle];
  all.sort(byDue);
  // The latest due of those not yet due on asOf; on equal dates the longer cycle.
  const open =
    all
      .filter((p) => p.dates.reportDueDate >= asOf)
      .sort(
        (a, b) =>
          b.dates.reportDueDate.localeCompare(a.dates.reportDueDate) ||
          CYCLE_LENGTH[b.key.cycle] - CYCLE_LENGTH[a.key.cycle],
      )[0] ?? null;
  const finalizedFrom = yearBefore(asOf);
  return all.flatMap((p): GeneratedPeriod[] => {
    if (p === open) return [{ ...p, state: "OPEN" }];
    if (p.dates.reportDueDate >= asOf) return [];
    return [{ ...p, state: p.dates.reportDueDate >= finalizedFrom ? "FINALIZED" : "CLOSED" }];
  });
}
