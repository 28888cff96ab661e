/** The shape of the authorization matrix's rows and of the answers they expect. */
import type { Role } from "../accounts";
import type { ActionAnswer } from "./http";
import type { MatrixIds, OrgCode } from "./ids";
import type { MatrixState } from "./state";

/** The roles of the matrix (demo accounts): one per role, the agency ones in Sở TN&MT, the focal agency. */
export const MATRIX_ROLES = [
  "admin",
  "leader",
  "compiler",
  "approver",
  "staff",
  "viewer",
] as const satisfies Role[];
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export const CALLERS: readonly MatrixCaller[] = ["anonymous", ...MATRIX_ROLES];
export type MatrixCaller = MatrixRole | "anonymous";

/** Whose resource a case addresses: the caller's own organization's, or another agency's. */
export type Scope = "own" | "other";

/** The organization of each caller (its demo membership); anonymous callers are tried on Sở TN&MT's. */
export const OWN_ORG: Record<MatrixCaller, OrgCode> = {
  anonymous: "STNMT",
  admin: "UBND-KG",
  leader: "UBND-KG",
  viewer: "UBND-KG",
  compiler: "STNMT",
  approver: "STNMT",
  staff: "STNMT",
};

export interface Case {
  caller: MatrixCaller;
  scope: Scope;
  ids: MatrixIds;
  /** The organization the case addresses: OWN_ORG[caller] for "own", the row's other agency for "other". */
  org: OrgCode;
  /** Live state read just before the request (submission states change under other specs). */
  state: MatrixState;
}

/**
 * HTTP answers: "ok" 2xx; "notFound" 404 (how pages and files refuse, so ids cannot be probed);
 * "signIn" a redirect to /sign-in; "home" a redirect to /; "unauthorized" 401; "forbidden" 403;
 * "conflict" 409 (authorized, then refused for a stale version: proves the policy let it through);
 * "badRequest" 400 (authorized, then refused for its input, likewise).
 */
export type Outcome =
  | "ok"
  | "notFound"
  | "signIn"
  | "home"
  | "badRequest"
  | "unauthorized"
  | "forbidden"
  | "conflict";

export interface HttpRow {
  kind: "page" | "route";
  /** The file under src/app. */
  entry: string;
  method: "GET" | "POST" | "PUT";
  /** Rows whose resource belongs to an organization run once per scope; others once. */
  scoped: boolean;
  /** The agency "other" means for this row (default UBND-PHUQUOC-TP). */
  other?: OrgCode;
  path: (c: Case) => string;
  body?: (c: Case) => unknown;
  expect: (c: Case) => Outcome;
  /** Extra checks on an allowed answer (e.g. no other agency's draft in a list). */
  check?: (c: Case, body: string) => void;
}

export interface ActionRow {
  kind: "action";
  /** `features/<f>/actions.ts#<export>` under src. */
  entry: string;
  scoped: boolean;
  other?: OrgCode;
  /** The page to POST to (its bundle carries the action). */
  page: (c: Case) => string;
  /** The arguments as the form sends them: FormData entries, or the raw argument list. */
  args: (c: Case) => unknown[];
  /** Does the policy let this caller do it here? */
  allowed: (c: Case) => boolean;
  /** A query whose rows must be identical before and after a refused call. */
  snapshot: (c: Case) => string;
  /**
   * For allowed cases: how the spec checks it without disturbing shared data. "call" runs `args` and
   * expects success (the row only touches rows this spec owns); a function returns other arguments that
   * the policy allows but a later check refuses (the answer must not be a refusal); a string is why the
   * allowed side is not exercised over HTTP and where it is covered instead.
   */
  allowedProbe: "call" | ((c: Case) => unknown[]) | string;
  /**
   * A refusal this action answers in its own way, beyond the generic ones (an error code of the policy,
   * a redirect to sign in, a failure, or nothing at all): opening someone else's notification falls back
   * to the list. The unchanged snapshot is checked as well.
   */
  refusedWhen?: (answer: ActionAnswer) => boolean;
  /**
   * For an allowed probe that is refused after the policy (by its own check): the answer that shows the
   * policy let it through (locking oneself: FORBIDDEN for the reason "self"; a password confirmation that
   * differs: VALIDATION on that field).
   */
  passedPolicyWhen?: (answer: ActionAnswer) => boolean;
}

export type MatrixRow = HttpRow | ActionRow;
