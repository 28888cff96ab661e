/**
 * The real ids the matrix builds its URLs and bodies from, read once per worker from the e2e database
 * (seeded with plan 182 and the demo progress: 2026 open, 2021-2024 closed).
 *
 * The agencies were chosen because no other spec writes to them (grep the specs before changing them):
 * - UBND TP Phú Quốc: SUBMITTED its 2026 report, with an update on task II.3 (led by Sở TN&MT);
 * - UBND huyện Giồng Riềng: SUBMITTED its 2026 report;
 * - UBND huyện Giang Thành: nothing reported, no submission.
 */
import { account, type Role } from "../accounts";
import { lit, sql, sqlOne } from "./db";

export const ORG_CODES = [
  "UBND-KG",
  "STNMT",
  "UBND-PHUQUOC-TP",
  "UBND-GIONGRIENG",
  "UBND-GIANGTHANH",
] as const;
export type OrgCode = (typeof ORG_CODES)[number];

export interface MatrixIds {
  planId: string;
  focalOrganizationId: string;
  /** Year -> period id. */
  periods: Record<number, string>;
  orgs: Record<OrgCode, string>;
  /** Task II.3 (lead: Sở TN&MT), where both Sở TN&MT and Phú Quốc have a 2026 update. */
  taskId: string;
  /** 2026 updates on II.3 by organization code. */
  updates: Partial<Record<OrgCode, string>>;
  users: Record<Role, string>;
  /** Import drafts the focal compiler uploaded in the matrix's setup (drafts belong to their uploader). */
  drafts?: { importId: string; reimportId: string; reviewed: string };
  /** A frozen file of the finalized 2024 report (setup), for /report-files. */
  reportFileId?: string;
}

/** Read once per worker (the matrix fixture). */
export async function matrixIds(): Promise<MatrixIds> {
  const [plan] = await sql(`SELECT id, "focalOrganizationId" FROM "Plan" WHERE symbol = '182/KH-UBND'`);
  if (!plan?.[0] || !plan[1]) throw new Error("Plan 182/KH-UBND is not in the e2e database");
  const planId = plan[0];
  const periods = Object.fromEntries(
    (await sql(`SELECT year, id FROM "ReportingPeriod" WHERE "planId" = ${lit(planId)}`)).map(([y, id]) => [
      Number(y),
      id,
    ]),
  ) as Record<number, string>;
  const orgs = Object.fromEntries(
    (await sql(`SELECT code, id FROM "Organization" WHERE code IN (${ORG_CODES.map(lit).join(",")})`)).map(
      ([c, id]) => [c, id],
    ),
  ) as Record<OrgCode, string>;
  for (const code of ORG_CODES) if (!orgs[code]) throw new Error(`No organization ${code}`);
  const taskId = await sqlOne(`SELECT id FROM "Task" WHERE "planId" = ${lit(planId)} AND code = 'II.3'`);
  const periodId = periods[2026];
  if (!periodId) throw new Error("No 2026 period");
  const updates = Object.fromEntries(
    (
      await sql(
        `SELECT o.code, u.id FROM "ProgressUpdate" u JOIN "Organization" o ON o.id = u."organizationId"
         WHERE u."periodId" = ${lit(periodId)} AND u."taskId" = ${lit(taskId)} AND u."actionItemId" IS NULL`,
      )
    ).map(([c, id]) => [c, id]),
  ) as Partial<Record<OrgCode, string>>;
  const roles: Role[] = ["admin", "leader", "compiler", "approver", "staff", "viewer"];
  const users: Partial<Record<Role, string>> = {};
  for (const r of roles)
    users[r] = await sqlOne(`SELECT id FROM "User" WHERE email = ${lit(account(r).email)}`);
  return {
    planId,
    focalOrganizationId: plan[1],
    periods,
    orgs,
    taskId,
    updates,
    users: users as Record<Role, string>,
  };
}
