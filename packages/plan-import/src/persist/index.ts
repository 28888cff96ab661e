/**
 * Writing an imported plan: create it, or diff a revised document against the plan in the database and
 * apply the differences without losing reported progress. Every function takes the caller's transaction.
 */

export { type ApplyResult, applyPlanDiff } from "./apply-diff";
export { type CreatedPlan, createPlanFromImport, findSamePlan } from "./create-plan";
export {
  diffPlan,
  type FieldChange,
  isEmptyDiff,
  type PlanDiff,
  type RemovedTask,
  type TaskChange,
} from "./diff-plan";
export { isPlanImportError, PlanImportError, type PlanImportFailure } from "./errors";
export { APPENDIX_SECTION_CODE, codeFromName, reviewedFromParsed } from "./from-parsed";
export { type ExistingPlan, loadExistingPlan } from "./load-plan";
export { type ReviewProblem, type ReviewProblemCode, reviewProblems } from "./review-problems";
export * from "./reviewed-plan";
export type { AuditContext, Tx } from "./rows";
