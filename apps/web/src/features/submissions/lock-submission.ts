import "server-only";
import { Prisma } from "@plan-tracker/db";

export const submissionRowSelect = {
  id: true,
  periodId: true,
  organizationId: true,
  state: true,
  coverSummary: true,
  submittedById: true,
  submittedAt: true,
  reviewedById: true,
  reviewedAt: true,
  returnReason: true,
  version: true,
} as const satisfies Prisma.AgencySubmissionSelect;

export type SubmissionRow = Prisma.AgencySubmissionGetPayload<{ select: typeof submissionRowSelect }>;

/**
 * The agency's submission row for a period, created in DRAFT if it does not exist yet, and locked
 * (SELECT … FOR UPDATE) until the transaction ends. Every change of the agency's report takes this lock
 * first and then checks the state it returns: a submit and a save of an update then run one after the
 * other, so no update is written after the snapshot that should have held it, and two submits make one
 * snapshot. Call it inside `$transaction(async (tx) => …)`.
 */
export async function lockAgencySubmission(
  tx: Prisma.TransactionClient,
  periodId: string,
  organizationId: string,
  { touch = false }: { touch?: boolean } = {},
): Promise<SubmissionRow> {
  // Every save takes this lock while it holds a pooled connection: one statement when the row exists
  // (the usual case), not three. An UPDATE locks the row as FOR UPDATE does, so `touch` (an agency's
  // activity: its last-activity time) costs nothing more.
  const existing = await lockRow(tx, periodId, organizationId, touch);
  if (existing) return existing;
  // ON CONFLICT DO NOTHING: two first saves of the same agency do not fail on the unique key.
  await tx.agencySubmission.createMany({ data: [{ periodId, organizationId }], skipDuplicates: true });
  const created = await lockRow(tx, periodId, organizationId, touch);
  if (!created) throw new Error(`agency submission ${periodId}/${organizationId} vanished`);
  return created;
}

async function lockRow(
  tx: Prisma.TransactionClient,
  periodId: string,
  organizationId: string,
  touch: boolean,
): Promise<SubmissionRow | null> {
  const rows = touch
    ? await tx.$queryRaw<SubmissionRow[]>`UPDATE "AgencySubmission" SET "lastActivityAt" = now()
        WHERE "periodId" = ${periodId} AND "organizationId" = ${organizationId}
        RETURNING ${SUBMISSION_ROW_COLUMNS}`
    : await tx.$queryRaw<SubmissionRow[]>`SELECT ${SUBMISSION_ROW_COLUMNS} FROM "AgencySubmission"
        WHERE "periodId" = ${periodId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

const SUBMISSION_ROW_COLUMNS = Prisma.raw(`"id", "periodId", "organizationId", "state"::text AS "state",
  "coverSummary", "submittedById", "submittedAt", "reviewedById", "reviewedAt", "returnReason", "version"`);

/** Locks an existing submission by id (the compiler's decisions never create one); null if there is none. */
export async function lockSubmissionById(
  tx: Prisma.TransactionClient,
  submissionId: string,
): Promise<SubmissionRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AgencySubmission"
    WHERE "id" = ${submissionId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.agencySubmission.findUniqueOrThrow({ where: { id: submissionId }, select: submissionRowSelect });
}
