import { type Actor, can } from "@plan-tracker/core";

/**
 * Importing a plan is managing a plan (`plan.manage`): administrators, and the compiler of the agency that
 * will be the plan's focal agency. Before the plan exists its focal agency is not known, so the import
 * pages open to anyone who could manage a plan focused on one of their organizations; creation then checks
 * `plan.manage` against the focal agency chosen in the review.
 */
export function canImportPlans(actor: Actor | null): boolean {
  if (!actor) return false;
  return actor.memberships.some((m) => can(actor, "plan.manage", { focalOrganizationId: m.organizationId }));
}
