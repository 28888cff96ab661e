/** What an agency reports for a task in a period (Tình trạng). */
export const REPORTED_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "COMPLETED",
  "DONE_THIS_YEAR",
  "BLOCKED",
] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

/** One-off with a due date, recurring yearly, or continuous ("thường xuyên"). */
export const TASK_KINDS = ["ONE_OFF", "RECURRING", "CONTINUOUS"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * The category Vietnam's task-tracking regime counts a task in, derived and never typed or stored.
 * These five partition all tasks, so a report's counts always add up to the number of tasks.
 */
export const OFFICIAL_CATEGORIES = [
  "COMPLETED_ON_TIME",
  "COMPLETED_LATE",
  "IN_PROGRESS_ON_TIME",
  "OVERDUE",
  "RECURRING",
] as const;
export type OfficialCategory = (typeof OFFICIAL_CATEGORIES)[number];

/**
 * "Chưa báo cáo" is a fact about reporting, not a category of the regime: the regime still counts an
 * unreported task by its due date. Dashboards show it as a sixth bucket in place of the assumed one.
 */
export const NOT_REPORTED = "NOT_REPORTED" as const;
export type DisplayCategory = OfficialCategory | typeof NOT_REPORTED;
export const DISPLAY_CATEGORIES: readonly DisplayCategory[] = [...OFFICIAL_CATEGORIES, NOT_REPORTED];
