/** The portfolio's sortable columns and status filter (shared by the URL schema and the loader). */
export const PLAN_SORTS = ["plan", "focal", "percent", "overdue", "late", "due", "report"] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];
export const AGENCY_SORTS = ["agency", "plans", "late", "overdue"] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];
export { PLAN_STATUSES, type PlanStatus } from "@plan-tracker/core";
