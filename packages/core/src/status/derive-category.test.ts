import { describe, expect, it } from "vitest";
import { vnDate } from "../dates/vn-time";
import { type CategoryInput, deriveDisplayCategory, deriveOfficialCategory } from "./derive-category";
import type { DisplayCategory, OfficialCategory } from "./types";

const utc = (iso: string) => new Date(iso);
const due = vnDate(2026, 6, 30); // 2026-06-29T17:00:00Z
const onDueDayEarly = utc("2026-06-29T17:00:00Z"); // 00:00 on 30/06 in Vietnam
const onDueDayLate = utc("2026-06-30T16:59:59Z"); // 23:59:59 on 30/06 in Vietnam
const dayAfterDue = utc("2026-06-30T17:00:00Z"); // 00:00 on 01/07 in Vietnam, still 30/06 in UTC
const before = vnDate(2026, 5, 10);
const later = vnDate(2026, 12, 5);

type Row = [name: string, input: CategoryInput, official: OfficialCategory, display: DisplayCategory];

const rows: Row[] = [
  // One-off, completed
  [
    "completed well before due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", completedOn: before, asOf: later },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
  [
    "completed at 23:59 on the due day",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", completedOn: onDueDayLate, asOf: later },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
  [
    "completed at 00:00 the day after (still the due day in UTC)",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", completedOn: dayAfterDue, asOf: later },
    "COMPLETED_LATE",
    "COMPLETED_LATE",
  ],
  [
    "completed months late",
    {
      kind: "ONE_OFF",
      dueDate: due,
      reportedStatus: "COMPLETED",
      completedOn: vnDate(2026, 11, 1),
      asOf: later,
    },
    "COMPLETED_LATE",
    "COMPLETED_LATE",
  ],
  [
    "completed, no due date",
    { kind: "ONE_OFF", dueDate: null, reportedStatus: "COMPLETED", completedOn: later, asOf: later },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
  [
    "completed, no date given, reported before due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", asOf: before },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
  [
    "completed, no date given, reported after due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", completedOn: null, asOf: later },
    "COMPLETED_LATE",
    "COMPLETED_LATE",
  ],
  [
    "completion dated after asOf: not yet done then",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "COMPLETED", completedOn: later, asOf: before },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "completion dated after asOf, asOf past due",
    {
      kind: "ONE_OFF",
      dueDate: due,
      reportedStatus: "COMPLETED",
      completedOn: later,
      asOf: vnDate(2026, 8, 1),
    },
    "OVERDUE",
    "OVERDUE",
  ],
  // One-off, not completed: the boundary is the Vietnam due day
  [
    "in progress before due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "IN_PROGRESS", asOf: before },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "in progress at 00:00 on the due day",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "IN_PROGRESS", asOf: onDueDayEarly },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "in progress at 23:59 on the due day",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "IN_PROGRESS", asOf: onDueDayLate },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "in progress at 00:00 the day after",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "IN_PROGRESS", asOf: dayAfterDue },
    "OVERDUE",
    "OVERDUE",
  ],
  [
    "not started after due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "NOT_STARTED", asOf: later },
    "OVERDUE",
    "OVERDUE",
  ],
  [
    "blocked before due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "BLOCKED", asOf: before },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "blocked after due",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "BLOCKED", asOf: later },
    "OVERDUE",
    "OVERDUE",
  ],
  [
    "in progress, no due date",
    { kind: "ONE_OFF", dueDate: null, reportedStatus: "IN_PROGRESS", asOf: later },
    "IN_PROGRESS_ON_TIME",
    "IN_PROGRESS_ON_TIME",
  ],
  [
    "DONE_THIS_YEAR on a one-off is not completion",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: "DONE_THIS_YEAR", asOf: later },
    "OVERDUE",
    "OVERDUE",
  ],
  // One-off, nothing reported
  [
    "nothing reported, before due",
    { kind: "ONE_OFF", dueDate: due, asOf: before },
    "IN_PROGRESS_ON_TIME",
    "NOT_REPORTED",
  ],
  [
    "nothing reported, no due date",
    { kind: "ONE_OFF", dueDate: null, reportedStatus: null, asOf: later },
    "IN_PROGRESS_ON_TIME",
    "NOT_REPORTED",
  ],
  [
    "nothing reported, after due: overdue wins",
    { kind: "ONE_OFF", dueDate: due, reportedStatus: null, asOf: later },
    "OVERDUE",
    "OVERDUE",
  ],
  // Recurring and continuous
  [
    "recurring, done this year",
    { kind: "RECURRING", dueDate: null, reportedStatus: "DONE_THIS_YEAR", asOf: later },
    "RECURRING",
    "RECURRING",
  ],
  [
    "recurring, in progress",
    { kind: "RECURRING", reportedStatus: "IN_PROGRESS", asOf: later },
    "RECURRING",
    "RECURRING",
  ],
  [
    "recurring, past a due date: never overdue",
    { kind: "RECURRING", dueDate: due, reportedStatus: "IN_PROGRESS", asOf: later },
    "RECURRING",
    "RECURRING",
  ],
  [
    "continuous, blocked",
    { kind: "CONTINUOUS", reportedStatus: "BLOCKED", asOf: later },
    "RECURRING",
    "RECURRING",
  ],
  ["continuous, nothing reported", { kind: "CONTINUOUS", asOf: later }, "RECURRING", "NOT_REPORTED"],
  [
    "continuous, completed for good, on time",
    { kind: "CONTINUOUS", dueDate: due, reportedStatus: "COMPLETED", completedOn: before, asOf: later },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
  [
    "recurring, completed for good, late",
    { kind: "RECURRING", dueDate: due, reportedStatus: "COMPLETED", completedOn: later, asOf: later },
    "COMPLETED_LATE",
    "COMPLETED_LATE",
  ],
  [
    "recurring, completed, no due date",
    { kind: "RECURRING", reportedStatus: "COMPLETED", completedOn: before, asOf: later },
    "COMPLETED_ON_TIME",
    "COMPLETED_ON_TIME",
  ],
];

describe("deriveOfficialCategory / deriveDisplayCategory", () => {
  it.each(rows)("%s", (_name, input, official, display) => {
    expect(deriveOfficialCategory(input)).toBe(official);
    expect(deriveDisplayCategory(input)).toBe(display);
  });

  it("does not depend on the process time zone", () => {
    // Under Asia/Kathmandu (UTC+5:45) 00:00 on 01/07 in Vietnam is still 30/06 locally; it must be overdue.
    expect(new Date(dayAfterDue).getDate()).toBe(30);
    expect(
      deriveOfficialCategory({
        kind: "ONE_OFF",
        dueDate: due,
        reportedStatus: "IN_PROGRESS",
        asOf: dayAfterDue,
      }),
    ).toBe("OVERDUE");
  });
});
