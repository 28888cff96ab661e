import { type Actor, can, type SubmissionState } from "@plan-tracker/core";
import { formatPeriodKey, periodKeyOf, periodName } from "@plan-tracker/core/reporting/period-key";
import { toUpdateView, type UpdateView } from "@/features/updates/update-view";
import type {
  ApiUpdateRow,
  PeriodRow,
  PeriodWithFocalRow,
  SubmissionRow,
  SubmissionStateRow,
  UpdateIdentityRow,
} from "./reporting-data";
import type { ApiAgencySubmission, ApiProgressUpdate, ApiReportingPeriod } from "./reporting-schemas";
import { calendarDay } from "./serializers";

/**
 * Reporting rows -> API objects, and the policy's row-by-row decision of what a caller may read.
 * Pure: no I/O, no Next.js.
 */

export function serializePeriod(row: PeriodRow): ApiReportingPeriod {
  return {
    id: row.id,
    planId: row.planId,
    year: row.year,
    cycle: row.cycle,
    key: formatPeriodKey(periodKeyOf(row)),
    name: periodName(periodKeyOf(row)),
    cutoffDate: calendarDay(row.cutoffDate),
    agencyDeadline: calendarDay(row.agencyDeadline),
    reportDueDate: calendarDay(row.reportDueDate),
    state: row.state,
  };
}

/** Evidence is downloaded through the app's own route, which applies `update.read` again. */
export function attachmentDownloadUrl(attachmentId: string): string {
  return `/files/${encodeURIComponent(attachmentId)}`;
}

export type UpdateIdentity = Pick<
  UpdateIdentityRow,
  "periodId" | "taskId" | "actionItemId" | "organizationId"
> & {
  task: { code: string };
  actionItem: { code: string } | null;
  organization: { code: string };
};

/** An update as the editor sees it (`UpdateView`, what `saveUpdate` returns) -> the API's update. */
export function serializeUpdate(
  view: UpdateView,
  identity: UpdateIdentity,
  submissionState: SubmissionState,
): ApiProgressUpdate {
  return {
    id: view.id,
    periodId: identity.periodId,
    taskId: identity.taskId,
    taskCode: identity.task.code,
    actionItemId: identity.actionItemId,
    actionItemCode: identity.actionItem?.code ?? null,
    organizationId: identity.organizationId,
    organizationCode: identity.organization.code,
    status: view.status,
    percent: view.percent,
    completedOn: view.completedOn,
    results: view.results,
    resultScope: view.resultScope,
    carriedFrom: view.carriedFrom,
    difficulties: view.difficulties,
    proposals: view.proposals,
    citedDocuments: view.citedDocuments.map((d) => ({
      symbol: d.symbol,
      issuedOn: d.issuedOn,
      issuer: d.issuer,
      summary: d.summary,
    })),
    indicatorValues: view.indicatorValues.map((v) => ({
      indicatorId: v.indicatorId,
      value: v.value,
      note: v.note,
    })),
    attachments: view.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      createdAt: a.createdAt,
      downloadUrl: attachmentDownloadUrl(a.id),
    })),
    version: view.version,
    updatedAt: view.updatedAt,
    updatedByName: view.updatedByName,
    submissionState,
  };
}

/** Plan order: task, then the task's own update before its action items', then agency code. */
export function compareUpdateRows(
  a: Pick<ApiUpdateRow, "task" | "actionItem" | "organization">,
  b: Pick<ApiUpdateRow, "task" | "actionItem" | "organization">,
): number {
  return (
    a.task.order - b.task.order ||
    a.task.code.localeCompare(b.task.code) ||
    (a.actionItem?.order ?? -1) - (b.actionItem?.order ?? -1) ||
    (a.organization.code < b.organization.code ? -1 : a.organization.code > b.organization.code ? 1 : 0)
  );
}

/**
 * The updates of a period the actor may read (`update.read`, judged with the owning agency's
 * submission state: an agency without a submission row has a draft), in plan order.
 */
export function readableUpdates(
  actor: Actor,
  data: { period: PeriodWithFocalRow; updates: ApiUpdateRow[]; submissions: SubmissionStateRow[] },
): ApiProgressUpdate[] {
  const stateOf = new Map(data.submissions.map((s) => [s.organizationId, s.state]));
  const focal = data.period.plan.focalOrganizationId;
  return data.updates
    .map((row) => ({ row, state: stateOf.get(row.organizationId) ?? ("DRAFT" as const) }))
    .filter(({ row, state }) =>
      can(actor, "update.read", {
        organizationId: row.organizationId,
        state,
        planFocalOrganizationId: focal,
        taskLeadOrganizationId: row.task.leadOrganizationId ?? "",
      }),
    )
    .sort((a, b) => compareUpdateRows(a.row, b.row))
    .map(({ row, state }) => serializeUpdate(toUpdateView(row), row, state));
}

function isoOrNull(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export function serializeSubmission(row: SubmissionRow): ApiAgencySubmission {
  const latest = row.snapshots[0];
  return {
    id: row.id,
    periodId: row.periodId,
    organizationId: row.organizationId,
    organizationCode: row.organization.code,
    state: row.state,
    submittedAt: isoOrNull(row.submittedAt),
    reviewedAt: isoOrNull(row.reviewedAt),
    returnReason: row.returnReason,
    latestSnapshot: latest
      ? { sequence: latest.sequence, sha256: latest.sha256, submittedAt: latest.submittedAt.toISOString() }
      : null,
  };
}

/** The submissions of a period the actor may read (`submission.read`), by agency code. */
export function readableSubmissions(
  actor: Actor,
  data: { period: PeriodWithFocalRow; submissions: SubmissionRow[] },
): ApiAgencySubmission[] {
  const focal = data.period.plan.focalOrganizationId;
  return data.submissions
    .filter((s) =>
      can(actor, "submission.read", {
        organizationId: s.organizationId,
        submissionState: s.state,
        planFocalOrganizationId: focal,
      }),
    )
    .map(serializeSubmission);
}
