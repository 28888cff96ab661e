/**
 * The rules the matrix expects, stated once more independently of packages/core (which decides them):
 * who may read or write what, in terms of the matrix's callers, and how pages, routes and the API answer.
 */
import type { OrgCode } from "./ids";
import { isEditable, isPrivate } from "./state";
import type { Case, MatrixCaller, Outcome } from "./types";

export type Rule = (c: Case) => boolean;

export const everyone: Rule = (c) => c.caller !== "anonymous";
export const only =
  (...callers: MatrixCaller[]): Rule =>
  (c) =>
    callers.includes(c.caller);
export const nobody: Rule = () => false;

/**
 * The agency a case addresses. Callers of UBND tỉnh (administrator, leadership, viewer) belong to no
 * reporting agency: their "own" case addresses Sở TN&MT's, the focal agency's, resources.
 */
export const target = (c: Case): OrgCode => (c.org === "UBND-KG" ? "STNMT" : c.org);

/** The caller belongs to the addressed agency (compiler, approver and staff of Sở TN&MT, own scope). */
export const member: Rule = (c) =>
  c.scope === "own" && target(c) === "STNMT" && ["compiler", "approver", "staff"].includes(c.caller);

const AGENCY_ROLES: MatrixCaller[] = ["staff", "approver"];
const OVERSIGHT: MatrixCaller[] = ["admin", "leader", "compiler"];

/** update.read on task II.3 (lead: Sở TN&MT) of the addressed agency. */
export const readsUpdate: Rule = (c) => {
  if (member(c)) return true;
  const state = c.state.submissions[target(c)];
  if (isPrivate(state)) return false;
  // Leadership, the administrator, the focal compiler; and the lead agency (Sở TN&MT), which reads its
  // coordinators' contributions.
  if (OVERSIGHT.includes(c.caller) || AGENCY_ROLES.includes(c.caller)) return true;
  return state === "ACCEPTED" && c.caller === "viewer";
};

/** update.write: the agency's own staff and approver, while its report is not sent. */
export const writesUpdate: Rule = (c) =>
  member(c) && AGENCY_ROLES.includes(c.caller) && isEditable(c.state.submissions[target(c)]);

/** The agency's own staff and approver, whatever the report's state (then "not now", a CONFLICT). */
export const agencyMember: Rule = (c) => member(c) && AGENCY_ROLES.includes(c.caller);

/** submission.read: the agency itself; once sent, the administrator, leadership and the focal compiler. */
export const readsSubmission: Rule = (c) => {
  const state = c.state.submissions[target(c)];
  if (state === "NONE") return false;
  if (member(c)) return true;
  if (state === "DRAFT") return false;
  return OVERSIGHT.includes(c.caller);
};

/** report.read of the 2024 report: administrator, leadership, focal compiler; viewers once it is final. */
export const readsReport2024: Rule = (c) =>
  ["admin", "leader", "compiler"].includes(c.caller) ||
  (c.caller === "viewer" && (c.state.report2024 === "FINAL" || c.state.report2024 === "SENT"));

/** Pages refuse with a 404 (ids cannot be probed); signed out, one is sent to sign in. */
export const page =
  (rule: Rule) =>
  (c: Case): Outcome =>
    c.caller === "anonymous" ? "signIn" : rule(c) ? "ok" : "notFound";

/** The JSON API: 401 without a session or token, 403 when the policy refuses. */
export const api =
  (rule: Rule) =>
  (c: Case): Outcome =>
    c.caller === "anonymous" ? "unauthorized" : rule(c) ? "ok" : "forbidden";

/**
 * File downloads and exports: signed out, the proxy sends the browser to sign in before the route's own
 * 401; refused, 404 (like a missing file).
 */
export const file =
  (rule: Rule) =>
  (c: Case): Outcome =>
    c.caller === "anonymous" ? "signIn" : rule(c) ? "ok" : "notFound";
