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

export function readState(ids: MatrixIds): MatrixState {
  const submissions = Object.fromEntries(ORG_CODES.map((c) => [c, "NONE"])) as Record<
    OrgCode,
    SubmissionState
  >;
  for (const [orgId, state] of sql(
    `SELECT "organizationId", state FROM "AgencySubmission" WHERE "periodId" = ${lit(ids.periods[2026] ?? "")}`,
  )) {
    const code = ORG_CODES.find((c) => ids.orgs[c] === orgId);
    if (code) submissions[code] = state as SubmissionState;
  }
  const [plan] = sql(`SELECT "isPublic" FROM "Plan" WHERE id = ${lit(ids.planId)}`);
  const [report] = sql(
    `SELECT state FROM "ConsolidatedReport" WHERE "periodId" = ${lit(ids.periods[2024] ?? "")}`,
  );
  return {
    submissions,
    planPublic: plan?.[0] === "t",
    report2024: (report?.[0] as MatrixState["report2024"] | undefined) ?? "NONE",
  };
}

/** Private to its agency: a draft, a returned report, or nothing sent yet (core's isAgencyPrivate). */
export function isPrivate(state: SubmissionState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}

/** Its updates may still be written (core's isAgencyEditable, with the 2026 period open). */
export function isEditable(state: SubmissionState): boolean {
  return state === "NONE" || state === "DRAFT" || state === "RETURNED";
}
