import type { DisplayCategory } from "@plan-tracker/core";

/** One colour per category, the same in every chart (distinguishable in grey print too: dark to light). */
export const categoryColor: Record<DisplayCategory, string> = {
  COMPLETED_ON_TIME: "#047857",
  COMPLETED_LATE: "#65a30d",
  IN_PROGRESS_ON_TIME: "#0b5cad",
  OVERDUE: "#b91c1c",
  RECURRING: "#7c3aed",
  NOT_REPORTED: "#94a3b8",
};
