import "server-only";
import { type Actor, AppError, type CommentTarget, can } from "@plan-tracker/core";
import type { Db } from "@/features/submissions/load-agency-report";
import { type CommentTargetRef, targetKindOf } from "./schema";

/** A comment target as the policy and the notifications need it, read from the database. */
export interface ResolvedTarget {
  ref: CommentTargetRef;
  /** The resource of `comment.create`. */
  policy: CommentTarget;
  /** Whether an actor may read the target (and so its comments). */
  canRead: (actor: Actor) => boolean;
  planId: string;
  focalOrganizationId: string;
  /** The agency the target belongs to (the update's or submission's; the task's lead), if any. */
  agencyId: string | null;
  kind: "update" | "submission" | "task";
  /** For notifications: the task's code (update, task) and the agency's name (update, submission). */
  code: string;
  agencyName: string;
  /** Where the agency's people and the focal agency's compilers read the thread. */
  links: { agency: string; focal: string };
}

const submissionPaths = (periodId: string, organizationId: string, anchor: string) => ({
  agency: `/periods/${periodId}/submission?org=${organizationId}#${anchor}`,
  focal: `/periods/${periodId}/submissions/${organizationId}#${anchor}`,
});

/** Loads the target; NOT_FOUND when it does not exist. One or two queries. */
export async function resolveCommentTarget(db: Db, ref: CommentTargetRef): Promise<ResolvedTarget> {
  const { kind, id } = targetKindOf(ref);
  if (kind === "update") {
    const update = await db.progressUpdate.findUnique({
      where: { id },
      select: {
        id: true,
        periodId: true,
        organizationId: true,
        taskId: true,
        actionItemId: true,
        organization: { select: { name: true } },
        task: {
          select: {
            code: true,
            planId: true,
            leadOrganizationId: true,
            plan: { select: { focalOrganizationId: true } },
          },
        },
      },
    });
    if (!update) throw new AppError("NOT_FOUND", { message: `update ${id} not found` });
    const submission = await db.agencySubmission.findUnique({
      where: {
        periodId_organizationId: { periodId: update.periodId, organizationId: update.organizationId },
      },
      select: { state: true },
    });
    const resource = {
      organizationId: update.organizationId,
      state: submission?.state ?? ("DRAFT" as const),
      planFocalOrganizationId: update.task.plan.focalOrganizationId,
      taskLeadOrganizationId: update.task.leadOrganizationId ?? "",
    };
    return {
      ref,
      policy: { on: "update", ...resource },
      canRead: (actor) => can(actor, "update.read", resource),
      planId: update.task.planId,
      focalOrganizationId: resource.planFocalOrganizationId,
      agencyId: update.organizationId,
      kind: "update",
      code: update.task.code,
      agencyName: update.organization.name,
      links: {
        // The agency answers on the update's own page; the focal agency reads it within the report.
        agency: `/periods/${update.periodId}/tasks/${update.taskId}?org=${update.organizationId}${
          update.actionItemId ? `&item=${update.actionItemId}` : ""
        }#comments`,
        focal: submissionPaths(update.periodId, update.organizationId, `update-${update.id}`).focal,
      },
    };
  }
  if (kind === "submission") {
    const submission = await db.agencySubmission.findUnique({
      where: { id },
      select: {
        id: true,
        periodId: true,
        organizationId: true,
        state: true,
        organization: { select: { name: true } },
        period: { select: { planId: true, plan: { select: { focalOrganizationId: true } } } },
      },
    });
    if (!submission) throw new AppError("NOT_FOUND", { message: `submission ${id} not found` });
    const resource = {
      organizationId: submission.organizationId,
      submissionState: submission.state,
      planFocalOrganizationId: submission.period.plan.focalOrganizationId,
    };
    return {
      ref,
      policy: { on: "submission", ...resource },
      canRead: (actor) => can(actor, "submission.read", resource),
      planId: submission.period.planId,
      focalOrganizationId: resource.planFocalOrganizationId,
      agencyId: submission.organizationId,
      kind: "submission",
      code: "",
      agencyName: submission.organization.name,
      links: submissionPaths(submission.periodId, submission.organizationId, "comments"),
    };
  }
  const task = await db.task.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      planId: true,
      leadOrganizationId: true,
      plan: { select: { focalOrganizationId: true } },
    },
  });
  if (!task) throw new AppError("NOT_FOUND", { message: `task ${id} not found` });
  const link = `/tasks/${task.id}#comments`;
  return {
    ref,
    policy: { on: "task" },
    canRead: (actor) => can(actor, "plan.read"),
    planId: task.planId,
    focalOrganizationId: task.plan.focalOrganizationId,
    agencyId: task.leadOrganizationId,
    kind: "task",
    code: task.code,
    agencyName: "",
    links: { agency: link, focal: link },
  };
}
