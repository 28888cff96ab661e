import "server-only";
import {
  type Actor,
  AppError,
  authorize,
  type CoordinatorScope,
  can,
  expectedReporters,
  type OrganizationKind,
  type SubmissionState,
} from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { loadSnapshot, loadSubmissionHistory, type SnapshotSummary } from "@/features/submissions/data";
import {
  type OrganizationRow,
  organizationSelect,
  type PeriodRow,
  periodSelect,
} from "@/features/submissions/load-agency-report";
import type { SubmissionContent } from "@/features/submissions/snapshot";
import type { TimelineEntry } from "@/features/submissions/timeline";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface ExpectedAgencyRow {
  organization: { id: string; code: string; name: string; shortName: string };
  /** Tasks it leads and coordinates in the plan. */
  leads: number;
  coordinates: number;
  /** Null: the agency has not started its report (no submission row). */
  state: SubmissionState | null;
  submittedAt: Date | null;
  lastActivityAt: Date | null;
  /** Whether the compiler may open it: once sent (a draft is the agency's own). */
  readable: boolean;
}

export interface PeriodSubmissionsView {
  period: PeriodRow;
  rows: ExpectedAgencyRow[];
  counts: Record<SubmissionState | "NONE", number> & { total: number };
}

/** Awaiting the compiler first, then returned, not sent, accepted. */
const STATE_ORDER: Readonly<Record<SubmissionState | "NONE", number>> = {
  SUBMITTED: 0,
  RETURNED: 1,
  DRAFT: 2,
  NONE: 3,
  ACCEPTED: 4,
};

/**
 * Every agency expected to report in the period (leads and coordinators of the plan's tasks, generic
 * phrases resolved on the cut-off day), with its report's state, for those who watch the plan
 * (`submission.list`: the focal agency's compilers, leaders, administrators). Five queries whatever the
 * plan's size. NOT_FOUND for an unknown period, FORBIDDEN for anyone else.
 */
export async function listPeriodSubmissions(
  db: PrismaClient,
  actor: Actor,
  periodId: string,
): Promise<PeriodSubmissionsView> {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect });
  if (!period) throw new AppError("NOT_FOUND");
  authorize(actor, "submission.list", { focalOrganizationId: period.plan.focalOrganizationId });

  const [tasks, organizations, submissions, activity] = await Promise.all([
    db.task.findMany({
      where: { planId: period.planId, retiredAt: null },
      select: {
        leadOrganizationId: true,
        leadScope: true,
        coordinators: { select: { organizationId: true } },
        genericCoordinators: { select: { scope: true } },
      },
    }),
    db.organization.findMany({ select: { ...organizationSelect } }),
    db.agencySubmission.findMany({
      where: { periodId },
      select: { organizationId: true, state: true, submittedAt: true, lastActivityAt: true },
    }),
    db.progressUpdate.groupBy({
      by: ["organizationId"],
      where: { periodId },
      _max: { updatedAt: true },
    }),
  ]);
  const reporters = organizations.map((o) => ({
    id: o.id,
    kind: o.kind as OrganizationKind,
    validFrom: o.validFrom ? isoDay(o.validFrom) : null,
    validTo: o.validTo ? isoDay(o.validTo) : null,
  }));
  const cutoff = isoDay(period.cutoffDate);
  const tally = new Map<string, { leads: number; coordinates: number }>();
  const count = (id: string, key: "leads" | "coordinates") => {
    const entry = tally.get(id) ?? { leads: 0, coordinates: 0 };
    entry[key] += 1;
    tally.set(id, entry);
  };
  for (const task of tasks) {
    const { leads, coordinators } = expectedReporters(
      {
        leadOrganizationId: task.leadOrganizationId,
        leadScope: task.leadScope as CoordinatorScope | null,
        coordinatorIds: task.coordinators.map((c) => c.organizationId),
        coordinatorScopes: task.genericCoordinators.map((g) => g.scope as CoordinatorScope),
      },
      reporters,
      cutoff,
    );
    for (const id of leads) count(id, "leads");
    for (const id of coordinators) count(id, "coordinates");
  }
  const submissionOf = new Map(submissions.map((s) => [s.organizationId, s]));
  const updatedOf = new Map(activity.map((a) => [a.organizationId, a._max.updatedAt]));
  // An agency that has a report but is no longer assigned (plan corrected) still shows.
  for (const s of submissions)
    if (!tally.has(s.organizationId)) tally.set(s.organizationId, { leads: 0, coordinates: 0 });
  const orgOf = new Map(organizations.map((o) => [o.id, o]));

  const rows: ExpectedAgencyRow[] = [...tally.entries()].flatMap(([id, roles]) => {
    const org = orgOf.get(id);
    if (!org) return [];
    const submission = submissionOf.get(id);
    const updatedAt = updatedOf.get(id) ?? null;
    const activityAt = [submission?.lastActivityAt ?? null, updatedAt]
      .filter((d): d is Date => d !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    const state = submission?.state ?? null;
    return [
      {
        organization: { id: org.id, code: org.code, name: org.name, shortName: org.shortName },
        ...roles,
        state,
        submittedAt: submission?.submittedAt ?? null,
        lastActivityAt: activityAt ?? null,
        readable:
          state !== null &&
          can(actor, "submission.read", {
            organizationId: id,
            submissionState: state,
            planFocalOrganizationId: period.plan.focalOrganizationId,
          }),
      },
    ];
  });
  rows.sort(
    (a, b) =>
      STATE_ORDER[a.state ?? "NONE"] - STATE_ORDER[b.state ?? "NONE"] ||
      a.organization.name.localeCompare(b.organization.name, "vi"),
  );
  const counts = { SUBMITTED: 0, RETURNED: 0, DRAFT: 0, ACCEPTED: 0, NONE: 0, total: rows.length };
  for (const row of rows) counts[row.state ?? "NONE"] += 1;
  return { period, rows, counts };
}

export interface SubmissionReviewView {
  period: PeriodRow;
  organization: OrganizationRow;
  submission: {
    id: string;
    state: SubmissionState;
    submittedAt: Date | null;
    reviewedAt: Date | null;
    reviewedByName: string | null;
    returnReason: string | null;
  };
  snapshots: SnapshotSummary[];
  /** The snapshot shown (the latest unless another was asked for); null if none was ever sent. */
  shown: { summary: SnapshotSummary; content: SubmissionContent; intact: boolean; latest: boolean } | null;
  timeline: TimelineEntry[];
  canReview: boolean;
}

/**
 * One agency's report as sent, for whoever may read it (`submission.read`: the agency itself, and once
 * sent, the focal agency's compilers, leaders, administrators). A draft is the agency's own: FORBIDDEN
 * to anyone else, as for another agency's report. NOT_FOUND when there is no report.
 */
export async function loadSubmissionForReview(
  db: PrismaClient,
  actor: Actor,
  periodId: string,
  organizationId: string,
  sequence?: number,
): Promise<SubmissionReviewView> {
  const [period, organization, submission] = await Promise.all([
    db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect }),
    db.organization.findUnique({ where: { id: organizationId }, select: organizationSelect }),
    db.agencySubmission.findUnique({
      where: { periodId_organizationId: { periodId, organizationId } },
      select: {
        id: true,
        state: true,
        submittedAt: true,
        reviewedAt: true,
        reviewedById: true,
        returnReason: true,
      },
    }),
  ]);
  if (!period || !organization) throw new AppError("NOT_FOUND");
  const resource = {
    organizationId,
    submissionState: submission?.state ?? ("DRAFT" as const),
    planFocalOrganizationId: period.plan.focalOrganizationId,
  };
  authorize(actor, "submission.read", resource);
  if (!submission) throw new AppError("NOT_FOUND");

  const [history, reviewer] = await Promise.all([
    loadSubmissionHistory(db, submission),
    submission.reviewedById
      ? db.user.findUnique({ where: { id: submission.reviewedById }, select: { name: true } })
      : Promise.resolve(null),
  ]);
  const latest = history.snapshots.at(-1);
  const wanted = sequence ? history.snapshots.find((s) => s.sequence === sequence) : latest;
  if (sequence && !wanted) throw new AppError("NOT_FOUND");
  const stored = wanted ? await loadSnapshot(db, submission.id, wanted.sequence, period.planId) : null;
  return {
    period,
    organization,
    submission: {
      id: submission.id,
      state: submission.state,
      submittedAt: submission.submittedAt,
      reviewedAt: submission.reviewedAt,
      reviewedByName: reviewer?.name ?? null,
      returnReason: submission.returnReason,
    },
    snapshots: history.snapshots,
    shown:
      wanted && stored
        ? { summary: wanted, content: stored.content, intact: stored.intact, latest: wanted === latest }
        : null,
    timeline: history.timeline,
    canReview: can(actor, "submission.review", {
      ...resource,
      submissionState: submission.state,
      periodState: period.state,
    }),
  };
}
