import type { ReviewProblem } from "./review-problems";

export type PlanImportFailure = "PLAN_EXISTS" | "NOT_READY" | "PLAN_NOT_FOUND" | "DRAFT_USED";

/**
 * An expected refusal of a write, with a Vietnamese message the web and the command line show as is.
 * Thrown inside the caller's transaction, so whatever was written before it rolls back.
 */
export class PlanImportError extends Error {
  readonly code: PlanImportFailure;
  readonly problems: ReviewProblem[];
  /** For PLAN_EXISTS: the plan a re-import should target. */
  readonly existingPlanId: string | null;

  constructor(
    code: PlanImportFailure,
    message: string,
    extra: { problems?: ReviewProblem[]; existingPlanId?: string } = {},
  ) {
    super(message);
    this.name = "PlanImportError";
    this.code = code;
    this.problems = extra.problems ?? [];
    this.existingPlanId = extra.existingPlanId ?? null;
  }
}

export function isPlanImportError(value: unknown): value is PlanImportError {
  return (
    value instanceof PlanImportError ||
    (typeof value === "object" && value !== null && (value as { name?: unknown }).name === "PlanImportError")
  );
}
