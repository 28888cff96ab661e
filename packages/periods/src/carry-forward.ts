import type { Prisma } from "@plan-tracker/db";

/**
 * No retyping: a newly opened period starts, for each agency and each task (or action item) still in the
 * plan, from that agency's last accepted answer in an earlier period of the plan (by cut-off), copied as a
 * draft marked `carriedFromId` until the agency saves it. Text, status, percent, completion day and the
 * results' scope carry; figures (indicator values), cited documents and attachments do not: they are the
 * evidence of the period they were given for. "Đã thực hiện trong năm" does not carry into a new year: it
 * becomes "đang thực hiện", the new year's duty not yet done.
 *
 * The copy keeps its author, last editor and time, so "last updated by …" names who wrote the text and
 * when (not the moment of copying), and the agency's activity on the board starts at its own first save.
 *
 * The rows belong to the agency like any draft: nobody else reads them until it submits, and no figure
 * counts them (figures read submitted reports). One statement, inside the opening transaction.
 */
export function carryForwardUpdates(
  tx: Prisma.TransactionClient,
  period: { id: string; planId: string; year: number; cutoffDate: Date },
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "ProgressUpdate" ("id", "periodId", "taskId", "actionItemId", "subjectKey", "organizationId",
      "status", "percent", "completedOn", "results", "difficulties", "proposals", "resultScope",
      "carriedFromId", "authorId", "updatedById", "updatedAt")
    SELECT gen_random_uuid()::text, ${period.id}, last."taskId", last."actionItemId", last."subjectKey",
      last."organizationId",
      CASE WHEN last."status" = 'DONE_THIS_YEAR' AND last."year" <> ${period.year}
        THEN 'IN_PROGRESS'::"ReportedStatus" ELSE last."status" END,
      CASE WHEN last."status" = 'DONE_THIS_YEAR' AND last."year" <> ${period.year}
        THEN NULL ELSE last."percent" END,
      last."completedOn", last."results", last."difficulties", last."proposals", last."resultScope",
      last."id", last."authorId", last."updatedById", last."updatedAt"
    FROM (
      SELECT DISTINCT ON (u."organizationId", u."taskId", u."subjectKey") u.*, p."year"
      FROM "ProgressUpdate" u
      JOIN "ReportingPeriod" p ON p."id" = u."periodId"
      JOIN "AgencySubmission" s ON s."periodId" = u."periodId" AND s."organizationId" = u."organizationId"
      WHERE p."planId" = ${period.planId} AND p."id" <> ${period.id} AND p."cutoffDate" < ${period.cutoffDate}
        AND s."state" = 'ACCEPTED'
      ORDER BY u."organizationId", u."taskId", u."subjectKey", p."cutoffDate" DESC
    ) last
    JOIN "Task" t ON t."id" = last."taskId" AND t."retiredAt" IS NULL
    ON CONFLICT ("periodId", "organizationId", "taskId", "subjectKey") DO NOTHING`;
}
