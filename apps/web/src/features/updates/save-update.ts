import { type Actor, AppError, authorize, isAgencyEditable, percentForStatus } from "@plan-tracker/core";
import { Prisma, type PrismaClient, type SubmissionState } from "@plan-tracker/db";
import { lockAgencySubmission } from "@/features/submissions/lock-submission";
import { recordAudit } from "@/server/audit";
import { jsonColumn } from "@/server/json-column";
import { loadUpdateTarget } from "./load-update-target";
import { type SaveUpdateInput, subjectKeyOf } from "./schema";
import {
  savedUpdateSelect,
  toUpdateView,
  type UpdateIdentityRow,
  type UpdateView,
  updateColumnsSelect,
} from "./update-view";

/** Either way, what the update is about (codes for the API) and the agency report's state. */
interface SavedContext {
  identity: UpdateIdentityRow;
  submissionState: SubmissionState;
}

export type SaveUpdateResult =
  | ({ ok: true; update: UpdateView } & SavedContext)
  /** Someone saved since `expectedVersion`: nothing was written; here is what they saved. */
  | ({ ok: false; conflict: UpdateView } & SavedContext);

/** The saver: who they are for the policy, and their name for the saved view ("cập nhật bởi …"). */
export type SavingActor = Actor & { name: string };

export interface SaveContext {
  ip?: string | null;
  userAgent?: string | null;
}

const isoToDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * A save waits its turn rather than failing: under load it queues for a pooled connection (maxWait) and
 * for its agency's lock; Prisma's defaults (2 s, 5 s) turned a busy minute into errors.
 */
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Saves an agency's update with optimistic concurrency: the write names the version it started from,
 * and a save based on an older version is refused with the current text (never a silent overwrite).
 * Everything (update, cited documents, indicator values, the agency's draft submission, the audit event)
 * commits together.
 */
export async function saveUpdate(
  prisma: PrismaClient,
  actor: SavingActor,
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
    resultScope: input.resultScope,
    difficulties: input.difficulties,
    proposals: input.proposals,
    // The agency's own save: whatever was carried forward is now its answer for this period.
    carriedFromId: null,
  };

  try {
    return await prisma.$transaction(async (tx) => {
      // The agency's report row, locked: a submit and this save run one after the other, so nothing is
      // written after the snapshot that should hold it. The state is checked again under the lock.
      const submission = await lockAgencySubmission(tx, key.periodId, key.organizationId, { touch: true });
      if (!isAgencyEditable(submission.state, target.period.state)) {
        throw new AppError("FORBIDDEN", { message: "the agency's report was submitted meanwhile" });
      }
      const submissionState = submission.state as SubmissionState;
      const current = await tx.progressUpdate.findUnique({
        where: { periodId_organizationId_taskId_subjectKey: key },
        select: savedUpdateSelect,
      });
      // Every writer of an agency's updates holds this lock, so the version read here is the one to beat.
      if (current && current.version !== input.expectedVersion)
        return { ok: false, conflict: toUpdateView(current), identity: current, submissionState };
      if (!current && input.expectedVersion !== 0)
        throw new AppError("NOT_FOUND", { message: "update to edit does not exist" });

      const citedDocuments = input.citedDocuments.map((d, order) => ({
        order,
        ...d,
        issuedOn: isoToDate(d.issuedOn),
      }));
      const saved = current
        ? await writeExisting(tx, current, input, fields, citedDocuments, actor)
        : await tx.progressUpdate.create({
            data: {
              ...key,
              actionItemId: input.actionItemId,
              ...fields,
              authorId: actor.userId,
              updatedById: actor.userId,
              ...(citedDocuments.length ? { citedDocuments: { createMany: { data: citedDocuments } } } : {}),
              ...(input.indicatorValues.length
                ? { indicatorValues: { createMany: { data: input.indicatorValues } } }
                : {}),
            },
            select: savedUpdateSelect,
          });
      const view = toUpdateView(saved);
      await recordAudit(tx, {
        actorId: actor.userId,
        actorOrgId: target.organization.id,
        action: current ? "update.edit" : "update.create",
        entityType: "ProgressUpdate",
        entityId: saved.id,
        planId: target.period.planId,
        before: current ? auditFields(toUpdateView(current)) : undefined,
        after: auditFields(view),
        ip: context.ip,
        userAgent: context.userAgent,
      });
      return { ok: true, update: view, identity: saved, submissionState };
    }, SAVE_TRANSACTION);
  } catch (error) {
    // Two first saves of the same update raced (P2002), or a write without the lock changed the version
    // (P2025): the loser sees the winner's text as a conflict.
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      (error.code === "P2002" || error.code === "P2025")
    ) {
      const [winner, submission] = await Promise.all([
        prisma.progressUpdate.findUnique({
          where: { periodId_organizationId_taskId_subjectKey: key },
          select: savedUpdateSelect,
        }),
        prisma.agencySubmission.findUnique({
          where: { periodId_organizationId: { periodId: key.periodId, organizationId: key.organizationId } },
          select: { state: true },
        }),
      ]);
      if (winner)
        return {
          ok: false,
          conflict: toUpdateView(winner),
          identity: winner,
          submissionState: submission?.state ?? "DRAFT",
        };
    }
    throw error;
  }
}

type SavedRow = Prisma.ProgressUpdateGetPayload<{ select: typeof savedUpdateSelect }>;
type UpdateFieldsData = Pick<
  Prisma.ProgressUpdateUncheckedUpdateInput,
  | "status"
  | "percent"
  | "completedOn"
  | "results"
  | "resultScope"
  | "difficulties"
  | "proposals"
  | "carriedFromId"
>;
type CitedDocumentData = Prisma.CitedDocumentCreateManyUpdateInput;

/**
 * Writes a new version of an existing update and returns it as `savedUpdateSelect` reads it. A save that
 * changes only the update's own columns (the usual one: text, status, percent; no cited documents or
 * indicator values before or after) is one UPDATE … RETURNING, and the rest of the view is what was read
 * under the agency's lock (identity, attachments) plus the saver's name; reading it all back cost one more
 * statement per save. Otherwise one nested write replaces the related rows and reads everything back.
 */
async function writeExisting(
  tx: Prisma.TransactionClient,
  current: SavedRow,
  input: SaveUpdateInput,
  fields: UpdateFieldsData,
  citedDocuments: CitedDocumentData[],
  actor: SavingActor,
): Promise<SavedRow> {
  // The version in the WHERE as well: a write that did not take the lock still cannot slip under.
  const where = { id: current.id, version: input.expectedVersion };
  const data = { ...fields, updatedById: actor.userId, version: { increment: 1 } };
  const columnsOnly =
    citedDocuments.length === 0 &&
    input.indicatorValues.length === 0 &&
    current.citedDocuments.length === 0 &&
    current.indicatorValues.length === 0;
  if (columnsOnly) {
    const row = await tx.progressUpdate.update({ where, data, select: updateColumnsSelect });
    return { ...current, ...row, carriedFrom: null, updatedBy: { name: actor.name } };
  }
  return tx.progressUpdate.update({
    where,
    data: {
      ...data,
      citedDocuments: {
        ...(current.citedDocuments.length ? { deleteMany: {} } : {}),
        ...(citedDocuments.length ? { createMany: { data: citedDocuments } } : {}),
      },
      indicatorValues: {
        ...(current.indicatorValues.length ? { deleteMany: {} } : {}),
        ...(input.indicatorValues.length ? { createMany: { data: input.indicatorValues } } : {}),
      },
    },
    select: savedUpdateSelect,
  });
}

function auditFields(view: UpdateView): Prisma.InputJsonValue {
  const { attachments: _attachments, updatedAt: _updatedAt, ...rest } = view;
  return jsonColumn(rest);
}
