import { vnDayDiff } from "../dates/vn-time";
import {
  type DisplayCategory,
  NOT_REPORTED,
  type OfficialCategory,
  type ReportedStatus,
  type TaskKind,
} from "./types";

export type CategoryInput = {
  kind: TaskKind;
  dueDate?: Date | null;
  /** The status of the latest update in scope; null or absent when nothing was reported. */
  reportedStatus?: ReportedStatus | null;
  /** The day the work was completed, as reported. */
  completedOn?: Date | null;
  /** The moment the category is judged at: now, or a period's cut-off for a historical view. */
  asOf: Date;
};

/** After `b`'s Vietnam calendar day: the due day itself is still on time, whatever the hour. */
const afterDay = (a: Date, b: Date): boolean => vnDayDiff(b, a) > 0;

/**
 * The regime's category for a task:
 * - Completed (reported COMPLETED, and the completion day not after `asOf`): on time when completed on or
 *   before the due day (or when there is no due date), late otherwise. A COMPLETED report without a date
 *   is judged at `asOf`, the earliest day we know it was done; the update form should require the date.
 * - Recurring and continuous duties are "thực hiện thường xuyên" (they have no end to be late for), unless
 *   reported COMPLETED: a duty finished for good (a phase that ended) is judged like a one-off.
 * - Otherwise: overdue once `asOf` is past the due day in Vietnam, else in progress on time. NOT_STARTED,
 *   BLOCKED and nothing reported count the same way: the regime counts by due date, not by what was said.
 *   DONE_THIS_YEAR on a one-off task is not completion ("performed this year" is recurring vocabulary).
 */
export function deriveOfficialCategory(input: CategoryInput): OfficialCategory {
  const { kind, dueDate, reportedStatus, completedOn, asOf } = input;

  if (reportedStatus === "COMPLETED") {
    const doneOn = completedOn ?? asOf;
    // A completion dated after the moment we judge at had not happened yet at that moment.
    if (!afterDay(doneOn, asOf)) {
      return dueDate && afterDay(doneOn, dueDate) ? "COMPLETED_LATE" : "COMPLETED_ON_TIME";
    }
  }

  if (kind !== "ONE_OFF") return "RECURRING";
  return dueDate && afterDay(asOf, dueDate) ? "OVERDUE" : "IN_PROGRESS_ON_TIME";
}

/**
 * The official category, except that a task with nothing reported shows as "Chưa báo cáo" where its
 * category would only be an assumption (in progress on time, recurring). An unreported task past its
 * due day stays OVERDUE: being late is known without a report, and is the more urgent fact.
 */
export function deriveDisplayCategory(input: CategoryInput): DisplayCategory {
  const category = deriveOfficialCategory(input);
  const reported = input.reportedStatus != null;
  if (!reported && (category === "IN_PROGRESS_ON_TIME" || category === "RECURRING")) return NOT_REPORTED;
  return category;
}
