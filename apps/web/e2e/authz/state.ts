/**
 * Live facts the expectations depend on, read just before each case: other specs move Sở TN&MT's 2026
 * report (accept, return) and publish plan 182 while this spec runs, and the policy's answer follows.
 */

import { lit, sql } from "./db";
import { type MatrixIds, ORG_CODES, type OrgCode } from "./ids";

export type SubmissionState = "NONE" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export interface MatrixState {
  /** 2026 submission state by organization. */
  submissions: Record<OrgCode, SubmissionState>;
  planPublic: boolean;
  /** The 2024 consolidated report (compiled by the matrix's setup). */
  report2024: "NONE" | "DRAFT" | "FINAL" | "SENT";
}

/** One query (it runs before every case): the 2026 submissions, the plan's publicity, the 2024 report. */
export async function readState(ids: MatrixIds): Promise<MatrixState> {
  const submissions = Object.fromEntries(ORG_CODES.map((c) => [c, "NONE"])) as Record<
    OrgCode,
    SubmissionState
  >;
  const rows = await sql(
    `SELECT 'submission', "organizationId", state::text FROM "AgencySubmission" WHERE "periodId" = ${lit(ids.periods[2026] ?? "")}
     UNION ALL SELECT 'plan', '', "isPublic"::text FROM "Plan" WHERE id = ${lit(ids.planId)}
     UNION ALL SELECT 'report', '', state::text FROM "ConsolidatedReport" WHERE "periodId" = ${lit(ids.periods[2024] ?? "")}`,
  );
  let planPublic = false;
  let report2024: MatrixState["report2024"] = "NONE";
  for (const [kind, orgId, value] of rows) {
    if (kind === "plan") planPublic = value === "true";
    else if (kind === "report") report2024 = value as MatrixState["report2024"];
    else {
      const code = ORG_CODES.find((c) => ids.orgs[c] === orgId);
      if (code) submissions[code] = value as SubmissionState;
    }
  }
  return { submissions, planPublic, report2024 };
}

/** Private to its agency: a draft, a returned report, or nothing sent yet (core's isAgencyPrivate). */
export function isPrivate(state: SubmissionState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}

/** Its updates may still be written (core's isAgencyEditable, with the 2026 period open). */
export function isEditable(state: SubmissionState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}
