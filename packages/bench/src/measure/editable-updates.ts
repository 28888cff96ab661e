import type { ClientBase } from "pg";

/** An agency's update that its staff can still save, with those staff (user ids, by email). */
export interface EditableUpdate {
  updateId: string;
  periodId: string;
  taskId: string;
  organizationId: string;
  version: number;
  staff: string[];
}

/**
 * The updates the save run and the fault script's clients write to: a task's update in an open period
 * whose agency report is still a draft or returned (a submitted one refuses saves), of an agency with at
 * least one staff member whose email matches `staffEmailLike`. In a fixed pseudo-random order (md5 of the
 * id), so runs on one data set pick the same rows; `onePerAgency` keeps each agency's first.
 */
export async function editableUpdates(
  client: ClientBase,
  {
    staffEmailLike = "%",
    onePerAgency = false,
    limit = null,
  }: { staffEmailLike?: string; onePerAgency?: boolean; limit?: number | null } = {},
): Promise<EditableUpdate[]> {
  const { rows } = await client.query<EditableUpdate>(
    `SELECT ${onePerAgency ? `DISTINCT ON (pu."organizationId")` : ""}
            pu.id AS "updateId", pu."periodId", pu."taskId", pu."organizationId", pu.version, st.staff
       FROM "ProgressUpdate" pu
       JOIN "ReportingPeriod" r ON r.id = pu."periodId" AND r.state = 'OPEN'
       JOIN "AgencySubmission" s ON s."periodId" = pu."periodId" AND s."organizationId" = pu."organizationId"
                                AND s.state IN ('DRAFT', 'RETURNED')
       JOIN LATERAL (SELECT array_agg(u.id ORDER BY u.email) AS staff
                       FROM "Membership" m JOIN "User" u ON u.id = m."userId"
                      WHERE m."organizationId" = pu."organizationId" AND m.role = 'STAFF' AND u.email LIKE $1) st
         ON st.staff IS NOT NULL
      WHERE pu."subjectKey" = 'task'
      ORDER BY ${onePerAgency ? `pu."organizationId", ` : ""}md5(pu.id)
      LIMIT $2`,
    [staffEmailLike, limit],
  );
  return rows;
}
