import { type Actor, can } from "@plan-tracker/core";

/** What a user may do on a plan's periods page. */
export type PeriodAccess = "manage" | "read";

/**
 * `period.manage` (the focal agency's compiler; administrators) opens periods and moves their states.
 * Reading them goes with reading the consolidated report's draft (leaders, administrators, the focal
 * compiler), so the page is read-only for leadership. Agencies learn their deadline from "Việc của tôi".
 */
export function periodAccess(actor: Actor | null, focalOrganizationId: string): PeriodAccess | null {
  if (!actor) return null;
  if (can(actor, "period.manage", { focalOrganizationId })) return "manage";
  if (can(actor, "report.read", { focalOrganizationId, reportState: "DRAFT" })) return "read";
  return null;
}
