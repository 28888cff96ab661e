import { type Actor, AppError, authorize, isAgencyEditable, percentForStatus } from "@plan-tracker/core";
import { Prisma, type PrismaClient } from "@plan-tracker/db";
import { lockAgencySubmission } from "@/features/submissions/lock-submission";
import { recordAudit } from "@/server/audit";
import { loadUpdateTarget } from "./load-update-target";
import { type SaveUpdateInput, subjectKeyOf } from "./schema";
import { toUpdateView, type UpdateView, updateViewSelect } from "./update-view";

export type SaveUpdateResult =
  | { ok: true; update: UpdateView }
  /** Someone saved since `expectedVersion`: nothing was written; here is what they saved. */
  | { ok: false; conflict: UpdateView };

export interface SaveContext {
  ip?: string | null;
  userAgent?: string | null;
}

const isoToDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Saves an agency's update with optimistic concurrency: the write names the version it started from,
 * and a save based on an older version is refused with the current text (never a silent overwrite).
 * Everything (update, cited documents, indicator values, the agency's draft submission, the audit event)
 * commits together.
 */
/**
 * A save waits its turn rather than failing: under load it queues for a pooled connection (maxWait) and
 * for its agency's lock; Prisma's defaults (2 s, 5 s) turned a busy minute into errors.
 */
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

export async function saveUpdate(
  prisma: PrismaClient,
  actor: Actor,
  input: SaveUpdateInput,
  context: SaveContext = {},
): Promise<SaveUpdateResult> {
  const target = await loadUpdateTarget(prisma, input);
  authorize(actor, "update.write", {
    organizationId: target.organization.id,
    submissionState: target.submissionState,
    periodState: target.period.state,
  });
  const unknownIndicator = input.indicatorValues.find(
    (v) => !target.task.indicatorIds.includes(v.indicatorId),
  );
  if (unknownIndicator) throw new AppError("VALIDATION", { message: "indicator not on this task" });

  const key = {
    periodId: target.period.id,
    organizationId: target.organization.id,
    taskId: target.task.id,
    subjectKey: subjectKeyOf(input.actionItemId),
  };
  const fields = {
    status: input.status,
    percent: percentForStatus(input.status, input.percent),
    completedOn: isoToDate(input.completedOn),
    results: input.results,
    difficulties: input.difficulties,
    proposals: input.proposals,
  };

  try {
    return await prisma.$transaction(async (tx) => {
      // The agency's report row, locked: a submit and this save run one after the other, so nothing is
      // written after the snapshot that should hold it. The state is checked again under the lock.
      const submission = await lockAgencySubmission(tx, key.periodId, key.organizationId);
      if (!isAgencyEditable(submission.state, target.period.state)) {
        throw new AppError("FORBIDDEN", { message: "the agency's report was submitted meanwhile" });
      }
      const current = await tx.progressUpdate.findUnique({
        where: { periodId_organizationId_taskId_subjectKey: key },
        select: updateViewSelect,
      });
      if (current && current.version !== input.expectedVersion)
        return { ok: false, conflict: toUpdateView(current) };
      if (!current && input.expectedVersion !== 0)
        throw new AppError("NOT_FOUND", { message: "update to edit does not exist" });

      let id: string;
      if (current) {
        // The version in the WHERE makes the check and the write one step, even under concurrent saves.
        const written = await tx.progressUpdate.updateMany({
          where: { id: current.id, version: input.expectedVersion },
          data: { ...fields, updatedById: actor.userId, version: { increment: 1 } },
        });
        if (written.count === 0) {
          const latest = await tx.progressUpdate.findUniqueOrThrow({
            where: { id: current.id },
            select: updateViewSelect,
          });
          return { ok: false, conflict: toUpdateView(latest) };
        }
        id = current.id;
        // Only what exists is deleted: most saves change text alone, and every statement is held under
        // the agency's lock.
        if (current.citedDocuments.length) await tx.citedDocument.deleteMany({ where: { updateId: id } });
        if (current.indicatorValues.length) await tx.indicatorValue.deleteMany({ where: { updateId: id } });
      } else {
        const created = await tx.progressUpdate.create({
          data: {
            ...key,
            actionItemId: input.actionItemId,
            ...fields,
            authorId: actor.userId,
            updatedById: actor.userId,
          },
          select: { id: true },
        });
        id = created.id;
      }
      if (input.citedDocuments.length) {
        await tx.citedDocument.createMany({
          data: input.citedDocuments.map((d, order) => ({
            updateId: id,
            order,
            ...d,
            issuedOn: isoToDate(d.issuedOn),
          })),
        });
      }
      if (input.indicatorValues.length) {
        await tx.indicatorValue.createMany({
          data: input.indicatorValues.map((v) => ({ updateId: id, ...v })),
        });
      }
      await tx.agencySubmission.update({
        where: { id: submission.id },
        data: { lastActivityAt: new Date() },
      });
      const saved = await tx.progressUpdate.findUniqueOrThrow({ where: { id }, select: updateViewSelect });
      const view = toUpdateView(saved);
      await recordAudit(tx, {
        actorId: actor.userId,
        actorOrgId: target.organization.id,
        action: current ? "update.edit" : "update.create",
        entityType: "ProgressUpdate",
        entityId: id,
        planId: target.period.planId,
        before: current ? auditFields(toUpdateView(current)) : undefined,
        after: auditFields(view),
        ip: context.ip,
        userAgent: context.userAgent,
      });
      return { ok: true, update: view };
    }, SAVE_TRANSACTION);
  } catch (error) {
    // Two first saves of the same update raced: the loser sees the winner's text as a conflict.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.progressUpdate.findUnique({
        where: { periodId_organizationId_taskId_subjectKey: key },
        select: updateViewSelect,
      });
      if (winner) return { ok: false, conflict: toUpdateView(winner) };
    }
    throw error;
  }
}

function auditFields(view: UpdateView): Prisma.InputJsonValue {
  const { attachments: _attachments, updatedAt: _updatedAt, ...rest } = view;
  return rest as unknown as Prisma.InputJsonValue;
}
