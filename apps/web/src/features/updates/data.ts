import "server-only";
import { AppError, can, type SubmissionState } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { SessionActor } from "@/server/session";
import { loadUpdateTarget } from "./load-update-target";
import { subjectKeyOf } from "./schema";
import { toUpdateView, type UpdateView, updateViewSelect } from "./update-view";

export interface Contribution {
  organization: { id: string; name: string; shortName: string };
  role: "lead" | "coordinate";
  state: SubmissionState;
  update: UpdateView;
}

/** The agencies an actor writes for: where they are staff or approver. */
export function agencyOrganizationIds(actor: SessionActor): string[] {
  return [
    ...new Set(
      actor.memberships
        .filter((m) => m.role === "STAFF" || m.role === "APPROVER")
        .map((m) => m.organizationId),
    ),
  ];
}

/**
 * Everything the update page shows: the task (or action item), the agency's own update, whether it may
 * still be edited, and the other agencies' updates on the same subject that this actor may read (the
 * lead sees its coordinators' contributions once they are submitted). A fixed number of queries.
 */
export async function loadUpdateEditor(
  prisma: PrismaClient,
  actor: SessionActor,
  ids: { periodId: string; taskId: string; actionItemId: string | null; organizationId: string },
) {
  if (!agencyOrganizationIds(actor).includes(ids.organizationId)) throw new AppError("NOT_FOUND");
  const target = await loadUpdateTarget(prisma, ids);
  const subjectKey = subjectKeyOf(ids.actionItemId);
  const [task, updates] = await Promise.all([
    prisma.task.findUniqueOrThrow({
      where: { id: ids.taskId },
      select: {
        code: true,
        heading: true,
        content: true,
        kind: true,
        leadOrganization: { select: { name: true, shortName: true } },
        plan: { select: { id: true, symbol: true } },
        actionItems: { orderBy: { order: "asc" }, select: { id: true, code: true, content: true } },
        indicators: {
          orderBy: { order: "asc" },
          select: { id: true, name: true, unit: true, target: true, targetYear: true },
        },
      },
    }),
    prisma.progressUpdate.findMany({
      where: { periodId: ids.periodId, taskId: ids.taskId, subjectKey },
      select: { ...updateViewSelect, organization: { select: { id: true, name: true, shortName: true } } },
    }),
  ]);
  const otherOrgIds = updates.map((u) => u.organizationId).filter((id) => id !== ids.organizationId);
  const submissions = otherOrgIds.length
    ? await prisma.agencySubmission.findMany({
        where: { periodId: ids.periodId, organizationId: { in: otherOrgIds } },
        select: { organizationId: true, state: true },
      })
    : [];
  const stateOf = new Map(submissions.map((s) => [s.organizationId, s.state]));
  const own = updates.find((u) => u.organizationId === ids.organizationId);
  const contributions: Contribution[] = updates
    .filter((u) => u.organizationId !== ids.organizationId)
    .map((u) => ({ u, state: stateOf.get(u.organizationId) ?? ("DRAFT" as SubmissionState) }))
    .filter(({ u, state }) =>
      can(actor, "update.read", {
        organizationId: u.organizationId,
        state,
        planFocalOrganizationId: target.planFocalOrganizationId,
        taskLeadOrganizationId: target.task.leadOrganizationId ?? "",
      }),
    )
    .map(({ u, state }) => ({
      organization: u.organization,
      role: u.organizationId === target.task.leadOrganizationId ? ("lead" as const) : ("coordinate" as const),
      state,
      update: toUpdateView(u),
    }));
  const actionItem = ids.actionItemId
    ? (task.actionItems.find((i) => i.id === ids.actionItemId) ?? null)
    : null;
  return {
    target,
    task,
    actionItem,
    update: own ? toUpdateView(own) : null,
    canWrite: can(actor, "update.write", {
      organizationId: target.organization.id,
      submissionState: target.submissionState,
      periodState: target.period.state,
    }),
    contributions,
  };
}

export type UpdateEditorData = Awaited<ReturnType<typeof loadUpdateEditor>>;
