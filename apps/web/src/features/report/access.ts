import "server-only";
import { type Action, type Actor, AppError, can, type ReportState } from "@plan-tracker/core";
import type { PeriodRow } from "@/features/submissions/load-agency-report";

type ReportAction = Extract<Action, `report.${string}`>;

/**
 * Role first, then state: someone who may never do this is FORBIDDEN whatever the report's state (ids
 * cannot be probed); a compiler acting on a report in the wrong state gets CONFLICT with the reason.
 */
export function authorizeReport(
  actor: Actor,
  action: ReportAction,
  period: PeriodRow,
  state: ReportState,
  allowedStates: readonly ReportState[],
): void {
  const focalOrganizationId = period.plan.focalOrganizationId;
  const anyState = allowedStates.some((s) => can(actor, action, { focalOrganizationId, reportState: s }));
  if (!anyState) throw new AppError("FORBIDDEN");
  if (!can(actor, action, { focalOrganizationId, reportState: state }))
    throw new AppError("CONFLICT", { details: { reason: state === "DRAFT" ? "notFinal" : "notDraft" } });
}
