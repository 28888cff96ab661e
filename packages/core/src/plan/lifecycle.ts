/**
 * A plan's legal life. In force (ACTIVE), agencies report on it; once it expires or another document
 * replaces it, it is read-only with its whole history and leaves the agencies' lists (the database refuses
 * writes to it: migration plan_lifecycle). DRAFT is a plan not yet issued.
 */
export const PLAN_STATUSES = ["ACTIVE", "EXPIRED", "REPLACED", "DRAFT"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The statuses a plan can be moved to on its page (a draft is only ever created by an import). */
export const PLAN_LIFECYCLE_STATUSES = ["ACTIVE", "EXPIRED", "REPLACED"] as const;
export type PlanLifecycleStatus = (typeof PLAN_LIFECYCLE_STATUSES)[number];

export function isPlanInForce(status: PlanStatus): boolean {
  return status === "ACTIVE";
}

export interface PlanLifecycleChange {
  status: PlanLifecycleStatus;
  /** ISO day the plan left force; required unless ACTIVE. */
  endedOn: string | null;
  replacedById: string | null;
  replacedByText: string;
}

export type PlanLifecycleProblem =
  | "endedOnRequired"
  | "endedBeforeIssued"
  | "replacementRequired"
  | "replacedBySelf"
  | "replacementNotAllowed";

/**
 * What is wrong with a change, or null: leaving force needs its day (not before the plan's own); a
 * replacement needs the replacing document (a plan in the tracker or its number and date as written),
 * never the plan itself; a plan in force or expired names no replacement.
 */
export function planLifecycleProblem(
  change: PlanLifecycleChange,
  plan: { id: string; issuedOn: string },
): PlanLifecycleProblem | null {
  if (change.status === "ACTIVE") return null;
  if (!change.endedOn) return "endedOnRequired";
  if (change.endedOn < plan.issuedOn) return "endedBeforeIssued";
  const names = change.replacedById !== null || change.replacedByText.trim() !== "";
  if (change.status === "EXPIRED") return names ? "replacementNotAllowed" : null;
  if (!names) return "replacementRequired";
  if (change.replacedById === plan.id) return "replacedBySelf";
  return null;
}
