import "server-only";
import { type Actor, can, type SubmissionState, vnDateParts } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";

export interface HistoryTask {
  id: string;
  planId: string;
  leadOrganizationId: string | null;
  focalOrganizationId: string;
}

const updateSelect = {
  id: true,
  periodId: true,
  organizationId: true,
  subjectKey: true,
  status: true,
  percent: true,
  completedOn: true,
  results: true,
  difficulties: true,
  proposals: true,
  updatedAt: true,
  organization: { select: { shortName: true } },
  actionItem: { select: { code: true } },
  updatedBy: { select: { name: true } },
  attachments: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, size: true },
  },
  citedDocuments: {
    orderBy: { order: "asc" },
    select: { id: true, symbol: true, issuedOn: true, summary: true },
  },
} as const;

/**
 * A task's whole history across the plan's periods (newest first), as the actor may see it: every period's updates from
 * the lead and coordinators (another agency's drafts left out by the policy), their evidence and cited
 * documents, comments on the task and on the visible updates, and each reporting agency's submissions
 * (every send, return and acceptance). Seven queries whatever the history's length.
 */
export async function loadTaskHistory(db: PrismaClient, actor: Actor, task: HistoryTask) {
  const [periods, updates] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { planId: task.planId },
      orderBy: [{ cutoffDate: "desc" }, { year: "desc" }],
      select: { id: true, year: true, cycle: true, index: true, state: true, cutoffDate: true },
    }),
    db.progressUpdate.findMany({
      where: { taskId: task.id },
      orderBy: [{ subjectKey: "asc" }, { updatedAt: "asc" }],
      select: updateSelect,
    }),
  ]);
  const orgIds = [...new Set(updates.map((u) => u.organizationId))];
  const submissions = await db.agencySubmission.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, organizationId: { in: orgIds } },
    select: {
      id: true,
      periodId: true,
      organizationId: true,
      state: true,
      reviewedAt: true,
      returnReason: true,
      organization: { select: { shortName: true } },
      snapshots: { orderBy: { sequence: "asc" }, select: { sequence: true, submittedAt: true } },
    },
  });
  const stateOf = new Map(
    submissions.map((s) => [`${s.periodId}:${s.organizationId}`, s.state as SubmissionState]),
  );
  const visible = updates.filter((u) =>
    can(actor, "update.read", {
      organizationId: u.organizationId,
      state: stateOf.get(`${u.periodId}:${u.organizationId}`) ?? "DRAFT",
      planFocalOrganizationId: task.focalOrganizationId,
      taskLeadOrganizationId: task.leadOrganizationId ?? "",
    }),
  );
  const comments = await db.comment.findMany({
    where: {
      deletedAt: null,
      OR: [{ taskId: task.id }, { updateId: { in: visible.map((u) => u.id) } }],
    },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true, body: true, createdAt: true, updateId: true, author: { select: { name: true } } },
  });
  const readableSubmissions = submissions.filter(
    (s) =>
      s.state !== "DRAFT" &&
      can(actor, "submission.read", {
        organizationId: s.organizationId,
        submissionState: s.state as SubmissionState,
        planFocalOrganizationId: task.focalOrganizationId,
      }),
  );

  return periods.map((period) => {
    const mine = visible.filter((u) => u.periodId === period.id);
    // The lead's answer first, then coordinators; the task itself before its action items.
    mine.sort(
      (a, b) =>
        Number(b.organizationId === task.leadOrganizationId) -
          Number(a.organizationId === task.leadOrganizationId) ||
        Number(b.subjectKey === "task") - Number(a.subjectKey === "task") ||
        a.organization.shortName.localeCompare(b.organization.shortName, "vi") ||
        (a.actionItem?.code ?? "").localeCompare(b.actionItem?.code ?? ""),
    );
    const ids = new Set(mine.map((u) => u.id));
    return {
      period,
      updates: mine.map((u) => ({ ...u, comments: comments.filter((c) => c.updateId === u.id) })),
      submissions: readableSubmissions.filter(
        (s) => s.periodId === period.id && orgIds.includes(s.organizationId),
      ),
      taskComments: comments.filter(
        (c) =>
          c.updateId === null && vnDateParts(c.createdAt).year === period.year && !ids.has(c.updateId ?? ""),
      ),
    };
  });
}

export type TaskHistory = Awaited<ReturnType<typeof loadTaskHistory>>;
