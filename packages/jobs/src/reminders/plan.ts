import type { PeriodState, SubmissionState } from "@plan-tracker/core";
import { type IsoDay, toIsoDay, type WorkingCalendar } from "@plan-tracker/core/calendar";
import type { ReminderKind } from "./kinds";

/** Working days before a deadline at which reminders go out. */
export const AGENCY_MILESTONES = [7, 3, 1] as const;
export const COMPILER_MILESTONES = [7, 3, 1] as const;

export interface AgencyFacts {
  id: string;
  name: string;
  /** Null: the agency has not started its report. */
  state: SubmissionState | null;
  /** Approvers and staff of the agency. */
  recipients: readonly string[];
}

export interface PeriodFacts {
  id: string;
  planId: string;
  planSymbol: string;
  /** The period inside a sentence: "năm 2026", "tháng 11/2026". */
  period: string;
  state: PeriodState;
  agencyDeadline: IsoDay;
  reportDueDate: IsoDay;
  /** Compilers of the plan's focal agency. */
  compilers: readonly string[];
  /** Every agency expected to report in the period. */
  agencies: readonly AgencyFacts[];
}

export interface ScheduleFacts {
  periods: readonly PeriodFacts[];
  leaders: readonly string[];
}

export type ReminderMessage =
  | {
      type: "agency";
      agencyName: string;
      planSymbol: string;
      period: string;
      agencyDeadline: IsoDay;
      /** Working days left (milestone reminders) or null once late. */
      workingDaysLeft: number | null;
      workingDaysLate: number | null;
    }
  | {
      type: "compiler";
      planSymbol: string;
      period: string;
      reportDueDate: IsoDay;
      workingDaysLeft: number;
      total: number;
      notSubmitted: number;
      awaitingReview: number;
      /** Names of the agencies that have not submitted (the first few). */
      notSubmittedNames: string[];
    }
  | {
      type: "digest";
      planSymbol: string;
      period: string;
      week: string;
      agencyDeadline: IsoDay;
      reportDueDate: IsoDay;
      total: number;
      notStarted: number;
      drafting: number;
      submitted: number;
      returned: number;
      accepted: number;
    }
  | {
      type: "opened";
      planSymbol: string;
      period: string;
      agencyDeadline: IsoDay;
      reportDueDate: IsoDay;
    }
  | { type: "blocked"; planSymbol: string; period: string; openPeriod: string };

/** One reminder occurrence: sent once to each of its users, whatever the number of runs or nodes. */
export interface Occurrence {
  kind: ReminderKind;
  /** The occurrence's dedupe key; each recipient's row is keyed `<key>:<userId>`. */
  key: string;
  userIds: string[];
  /** Path inside the application. */
  link: string;
  message: ReminderMessage;
}

/** A report that still has to reach the focal agency (never started, drafting, or returned). */
export const isNotSubmitted = (state: SubmissionState | null): boolean =>
  state === null || state === "DRAFT" || state === "RETURNED";

/** The last milestone reached with `left` working days to go: 5 left → 7; 3 or 2 → 3; 1 or 0 → 1. */
export function milestoneReached(left: number, milestones: readonly number[]): number | null {
  if (left < 0) return null;
  const reached = milestones.filter((m) => left <= m);
  return reached.length ? Math.min(...reached) : null;
}

/**
 * How many working days before the deadline `today` is: n when `today` is `addWorkingDays(deadline, -n)`.
 * A deadline on a day off counts from the last working day before it (1 on that day, 0 on none).
 */
export function workingDaysLeft(today: IsoDay, deadline: IsoDay, calendar: WorkingCalendar): number {
  const between = calendar.workingDaysBetween(today, deadline);
  return between >= 0 && !calendar.isWorkingDay(deadline) && today < deadline ? between + 1 : between;
}

/** ISO 8601 week of a calendar day: "2026-W48". */
export function isoWeek(day: IsoDay): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/**
 * Reminders to each agency that has not submitted: at the 7th, 3rd and 1st working day before the agency
 * deadline (the last milestone reached, so a day the worker missed is caught up once) and on every working
 * day after it. Only in an OPEN period (agencies can no longer write once compiling starts).
 */
export function agencyReminders(period: PeriodFacts, today: IsoDay, calendar: WorkingCalendar): Occurrence[] {
  if (period.state !== "OPEN") return [];
  const left = workingDaysLeft(today, period.agencyDeadline, calendar);
  const late = today > period.agencyDeadline;
  const milestone = late ? null : milestoneReached(left, AGENCY_MILESTONES);
  if (!late && milestone === null) return [];
  const occurrence = late ? `late:${today}` : `d-${milestone}`;
  return period.agencies
    .filter((a) => isNotSubmitted(a.state) && a.recipients.length > 0)
    .map((agency) => ({
      kind: "reminder.agency" as const,
      key: `agency:${period.id}:${agency.id}:${occurrence}`,
      userIds: [...agency.recipients],
      link: `/periods/${period.id}/submission`,
      message: {
        type: "agency" as const,
        agencyName: agency.name,
        planSymbol: period.planSymbol,
        period: period.period,
        agencyDeadline: period.agencyDeadline,
        workingDaysLeft: late ? null : left,
        workingDaysLate: late ? -left : null,
      },
    }));
}

/**
 * The compiler's reminder before the provincial due date (5 December for plan 182): at the 7th, 3rd and
 * 1st working day before it, what is still missing (not submitted) or waiting for review.
 */
export function compilerReminders(
  period: PeriodFacts,
  today: IsoDay,
  calendar: WorkingCalendar,
): Occurrence[] {
  if (period.state !== "OPEN" && period.state !== "COMPILING") return [];
  if (today > period.reportDueDate || period.compilers.length === 0) return [];
  const left = workingDaysLeft(today, period.reportDueDate, calendar);
  const milestone = milestoneReached(left, COMPILER_MILESTONES);
  if (milestone === null) return [];
  const missing = period.agencies.filter((a) => isNotSubmitted(a.state));
  const awaitingReview = period.agencies.filter((a) => a.state === "SUBMITTED").length;
  if (missing.length === 0 && awaitingReview === 0) return [];
  return [
    {
      kind: "reminder.compiler",
      key: `compiler:${period.id}:d-${milestone}`,
      userIds: [...period.compilers],
      link: `/periods/${period.id}/submissions`,
      message: {
        type: "compiler",
        planSymbol: period.planSymbol,
        period: period.period,
        reportDueDate: period.reportDueDate,
        workingDaysLeft: left,
        total: period.agencies.length,
        notSubmitted: missing.length,
        awaitingReview,
        notSubmittedNames: missing
          .map((a) => a.name)
          .sort((a, b) => a.localeCompare(b, "vi"))
          .slice(0, 10),
      },
    },
  ];
}

/** The leaders' weekly digest of an open period: on the first working day of each ISO week. */
export function weeklyDigest(
  period: PeriodFacts,
  leaders: readonly string[],
  today: IsoDay,
  calendar: WorkingCalendar,
): Occurrence[] {
  if (period.state !== "OPEN" && period.state !== "COMPILING") return [];
  if (leaders.length === 0 || !calendar.isWorkingDay(today)) return [];
  const week = isoWeek(today);
  const count = (s: SubmissionState | null) => period.agencies.filter((a) => a.state === s).length;
  return [
    {
      kind: "digest.weekly",
      key: `digest:${period.id}:${week}`,
      userIds: [...leaders],
      link: `/periods/${period.id}/submissions`,
      message: {
        type: "digest",
        planSymbol: period.planSymbol,
        period: period.period,
        week,
        agencyDeadline: period.agencyDeadline,
        reportDueDate: period.reportDueDate,
        total: period.agencies.length,
        notStarted: count(null),
        drafting: count("DRAFT"),
        submitted: count("SUBMITTED"),
        returned: count("RETURNED"),
        accepted: count("ACCEPTED"),
      },
    },
  ];
}

/**
 * Everything due at `now` (an instant; its Vietnam day decides). Nothing goes out on a day off: the
 * reminders of a weekend or holiday are the next working day's.
 */
export function dueOccurrences(facts: ScheduleFacts, now: Date, calendar: WorkingCalendar): Occurrence[] {
  const today = toIsoDay(now);
  if (!calendar.isWorkingDay(today)) return [];
  return [
    ...facts.periods.flatMap((p) => [
      ...agencyReminders(p, today, calendar),
      ...compilerReminders(p, today, calendar),
      ...weeklyDigest(p, facts.leaders, today, calendar),
    ]),
  ];
}
