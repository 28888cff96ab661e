import "server-only";
import { type Actor, AppError, authorize, can, type SubmissionState } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { SessionActor } from "@/server/session";
import {
  agencyHasApprover,
  type Db,
  loadAgencyContent,
  type OrganizationRow,
  organizationSelect,
  type PeriodRow,
  periodSelect,
} from "./load-agency-report";
import {
  asSubmissionContent,
  coverDigest,
  reviewDigest,
  SNAPSHOT_SCHEMA_V1,
  type SubmissionContent,
  taskTitle,
  verifySnapshot,
} from "./snapshot";
import { buildTimeline, SUBMISSION_AUDIT_ACTIONS, type TimelineEntry } from "./timeline";

export const submissionDetailSelect = {
  id: true,
  state: true,
  coverSummary: true,
  submittedAt: true,
  reviewedAt: true,
  returnReason: true,
  lastActivityAt: true,
  version: true,
} as const;

export interface SnapshotSummary {
  sequence: number;
  submittedAt: Date;
  submittedByName: string | null;
  sha256: string;
}

/** The submission's history: its snapshots (without their content) and the timeline. Three queries. */
export async function loadSubmissionHistory(
  db: Db,
  submission: {
    id: string;
    state: SubmissionState;
    reviewedAt: Date | null;
    reviewedById: string | null;
    returnReason: string | null;
  },
): Promise<{ snapshots: SnapshotSummary[]; timeline: TimelineEntry[] }> {
  const submissionId = submission.id;
  const [snapshots, events] = await Promise.all([
    db.submissionSnapshot.findMany({
      where: { submissionId },
      orderBy: { sequence: "asc" },
      select: { sequence: true, submittedAt: true, submittedById: true, sha256: true },
    }),
    db.auditEvent.findMany({
      where: {
        entityType: "AgencySubmission",
        entityId: submissionId,
        action: { in: Object.values(SUBMISSION_AUDIT_ACTIONS) },
      },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, at: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  const submitterIds = [
    ...new Set(
      [...snapshots.map((s) => s.submittedById), submission.reviewedById].filter((id): id is string => !!id),
    ),
  ];
  const submitters = submitterIds.length
    ? await db.user.findMany({ where: { id: { in: submitterIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(submitters.map((u) => [u.id, u.name]));
  const summaries = snapshots.map((s) => ({
    sequence: s.sequence,
    submittedAt: s.submittedAt,
    submittedByName: nameOf.get(s.submittedById) ?? null,
    sha256: s.sha256,
  }));
  const timeline = buildTimeline(
    events.map((e) => ({ action: e.action, at: e.at, actorName: e.actor?.name ?? null, after: e.after })),
    summaries,
    {
      state: submission.state,
      reviewedAt: submission.reviewedAt,
      reviewedByName: submission.reviewedById ? (nameOf.get(submission.reviewedById) ?? null) : null,
      returnReason: submission.returnReason,
    },
  );
  return { snapshots: summaries, timeline };
}

/**
 * A stored snapshot's content with the result of checking it against its checksum. A version 1 snapshot
 * (demo seed) named tasks by code only: their titles are looked up in the plan for display (one query).
 */
export async function loadSnapshot(
  db: Db,
  submissionId: string,
  sequence: number,
  planId: string,
): Promise<{ content: SubmissionContent; intact: boolean } | null> {
  const snapshot = await db.submissionSnapshot.findUnique({
    where: { submissionId_sequence: { submissionId, sequence } },
    select: { content: true, sha256: true },
  });
  if (!snapshot) return null;
  const content = asSubmissionContent(snapshot.content);
  const intact = verifySnapshot(snapshot);
  if (content.schema !== SNAPSHOT_SCHEMA_V1) return { content, intact };
  const tasks = await db.task.findMany({
    where: { planId, code: { in: [...new Set(content.updates.map((u) => u.taskCode))] } },
    select: {
      id: true,
      code: true,
      heading: true,
      content: true,
      actionItems: { select: { id: true, code: true, content: true } },
    },
  });
  const byCode = new Map(tasks.map((t) => [t.code, t]));
  return {
    intact,
    content: {
      ...content,
      updates: content.updates.map((u) => {
        const task = byCode.get(u.taskCode);
        if (!task) return u;
        const item = u.actionItem ? task.actionItems.find((i) => i.code === u.actionItem?.code) : undefined;
        return {
          ...u,
          taskId: task.id,
          taskTitle: taskTitle(task),
          actionItem:
            u.actionItem && item ? { id: item.id, code: item.code, content: item.content } : u.actionItem,
        };
      }),
    },
  };
}

/** The agencies an actor reports for: where they are staff or approver, in membership order. */
export function reportingAgencies(actor: SessionActor): { id: string; shortName: string; name: string }[] {
  const seen = new Map<string, { id: string; shortName: string; name: string }>();
  for (const m of actor.memberships) {
    if ((m.role === "STAFF" || m.role === "APPROVER") && !seen.has(m.organizationId)) {
      seen.set(m.organizationId, {
        id: m.organizationId,
        shortName: m.organization.shortName,
        name: m.organization.name,
      });
    }
  }
  return [...seen.values()];
}

export interface AgencySubmissionView {
  period: PeriodRow;
  organization: OrganizationRow;
  submission: {
    id: string;
    state: SubmissionState;
    coverSummary: string;
    submittedAt: Date | null;
    submittedByName: string | null;
    reviewedAt: Date | null;
    reviewedByName: string | null;
    returnReason: string | null;
  } | null;
  state: SubmissionState;
  /** What the page shows: the live report while it may be edited, the last snapshot once sent. */
  content: SubmissionContent;
  /** Whether `content` is the sent snapshot (read-only) rather than the live draft. */
  showingSnapshot: { sequence: number; intact: boolean } | null;
  /** Digests the forms carry back (see `reviewDigest` and `coverDigest`). */
  reviewedDigest: string;
  coverBase: string;
  agencyHasApprover: boolean;
  canEdit: boolean;
  canSubmit: boolean;
  snapshots: SnapshotSummary[];
  timeline: TimelineEntry[];
}

/**
 * Everything the agency's report page shows, for an organization the actor reports for. NOT_FOUND for a
 * period that does not exist; FORBIDDEN when the actor does not belong to the organization (the page
 * answers both with a 404). A fixed number of queries whatever the number of updates.
 */
export async function loadAgencySubmission(
  db: PrismaClient,
  actor: Actor,
  periodId: string,
  organizationId: string,
): Promise<AgencySubmissionView> {
  const [period, organization, submission] = await Promise.all([
    db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect }),
    db.organization.findUnique({ where: { id: organizationId }, select: organizationSelect }),
    db.agencySubmission.findUnique({
      where: { periodId_organizationId: { periodId, organizationId } },
      select: {
        ...submissionDetailSelect,
        submittedById: true,
        reviewedById: true,
      },
    }),
  ]);
  if (!period || !organization) throw new AppError("NOT_FOUND");
  const state = submission?.state ?? "DRAFT";
  authorize(actor, "submission.read", {
    organizationId,
    submissionState: state,
    planFocalOrganizationId: period.plan.focalOrganizationId,
  });
  // The live updates are the agency's own drafts: only its members see them here (the focal agency reads
  // what was sent on its review page).
  if (!actor.memberships.some((m) => m.organizationId === organizationId)) {
    throw new AppError("FORBIDDEN", { message: `User ${actor.userId} is not a member of ${organizationId}` });
  }

  const [hasApprover, history, people] = await Promise.all([
    agencyHasApprover(db, organizationId),
    submission ? loadSubmissionHistory(db, submission) : Promise.resolve({ snapshots: [], timeline: [] }),
    submission
      ? db.user.findMany({
          where: {
            id: {
              in: [submission.submittedById, submission.reviewedById].filter((id): id is string => !!id),
            },
          },
          select: { id: true, name: true },
        })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(people.map((u) => [u.id, u.name]));
  const coverSummary = submission?.coverSummary ?? "";
  const sent = state === "SUBMITTED" || state === "ACCEPTED";
  const latest = history.snapshots.at(-1);
  const snapshot =
    sent && submission && latest
      ? await loadSnapshot(db, submission.id, latest.sequence, period.planId)
      : null;
  const live = snapshot ? null : await loadAgencyContent(db, period, organization, coverSummary);
  const content = snapshot?.content ?? (live as SubmissionContent);

  const policyResource = { organizationId, submissionState: state, periodState: period.state };
  return {
    period,
    organization,
    submission: submission
      ? {
          id: submission.id,
          state: submission.state,
          coverSummary: submission.coverSummary,
          submittedAt: submission.submittedAt,
          submittedByName: submission.submittedById ? (nameOf.get(submission.submittedById) ?? null) : null,
          reviewedAt: submission.reviewedAt,
          reviewedByName: submission.reviewedById ? (nameOf.get(submission.reviewedById) ?? null) : null,
          returnReason: submission.returnReason,
        }
      : null,
    state,
    content,
    showingSnapshot: snapshot && latest ? { sequence: latest.sequence, intact: snapshot.intact } : null,
    reviewedDigest: reviewDigest(content),
    coverBase: coverDigest(coverSummary),
    agencyHasApprover: hasApprover,
    canEdit: can(actor, "update.write", policyResource),
    canSubmit: can(actor, "submission.submit", { ...policyResource, agencyHasApprover: hasApprover }),
    snapshots: history.snapshots,
    timeline: history.timeline,
  };
}
