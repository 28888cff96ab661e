/**
 * What the matrix's action rows (actions-*.ts) share: how the forms' arguments are built, the ids a case
 * addresses, the snapshots refused calls are checked against, and the row shapes that recur.
 */
import { lit } from "./db";
import { target } from "./rules";
import { notificationIdFor, tokenIdFor } from "./setup";
import type { ActionRow, Case } from "./types";

const idle = { status: "idle" };

/** A FormData of the fields, as a form posts it. */
export const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** `(prevState, formData)`: the useActionState signature most actions have. */
export const stateForm = (fields: Record<string, string | Blob>) => [idle, form(fields)];

export const p26 = (c: Case) => c.ids.periods[2026] ?? "";
export const p24 = (c: Case) => c.ids.periods[2024] ?? "";
export const orgId = (c: Case) => c.ids.orgs[target(c)];

/** The caller's user id; anonymous callers address the staff member's things. */
export const userOf = (c: Case) => c.ids.users[c.caller === "anonymous" ? "staff" : c.caller];

/** "other" addresses another user's: the administrator's, or the leader's for the administrator. */
const subjectUser = (c: Case) =>
  c.scope === "own" ? userOf(c) : c.ids.users[c.caller === "admin" ? "leader" : "admin"];

export const STALE_DIGEST = "0".repeat(64);

/**
 * Refused cases on a user's token or notification address a row no allowed case touches (the owner's
 * allowed case revokes or reads its own row meanwhile, which a refused case's snapshot would see).
 */
const refusedCase = (c: Case) => c.caller === "anonymous" || c.scope === "other";
export const tokenOf = (c: Case) => tokenIdFor(subjectUser(c), refusedCase(c));
export const notificationOf = (c: Case) => notificationIdFor(subjectUser(c), refusedCase(c));

/** Texts a case writes carry its caller and scope: a refused case counts only its own. */
export const mark = (c: Case) => `(${c.caller}, ${c.scope})`;

export const update2026 = (c: Case) => c.ids.updates[target(c)] ?? "";
/** The editor page of task II.3 for the addressed agency, in 2026. */
export const taskPage = (c: Case) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`;

export const updateSnapshot = (c: Case) =>
  `SELECT id, version, status, results, "updatedAt" FROM "ProgressUpdate" WHERE id = ${lit(update2026(c))}`;
export const submissionSnapshot = (c: Case) =>
  `SELECT state, "coverSummary", "updatedAt" FROM "AgencySubmission" WHERE "periodId" = ${lit(p26(c))} AND "organizationId" = ${lit(orgId(c))}`;

/** The caller's own token or notification, signed in; anyone else's is refused. */
export const ownOnly = (c: Case) => c.caller !== "anonymous" && c.scope === "own";

type RowSpec = Omit<ActionRow, "kind" | "entry" | "scoped"> & { scoped?: boolean };

/** A row of `features/<feature>/actions.ts#<name>`; rows are unscoped unless they say otherwise. */
export const actionRow = (feature: string, name: string, spec: RowSpec): ActionRow => ({
  kind: "action",
  entry: `features/${feature}/actions.ts#${name}`,
  scoped: false,
  ...spec,
});

/** Public by nature (anyone may try; the input is the authority): nothing to snapshot. */
export const publicRow = (
  feature: string,
  name: string,
  spec: Pick<ActionRow, "page" | "args" | "allowedProbe" | "passedPolicyWhen">,
): ActionRow => actionRow(feature, name, { ...spec, allowed: () => true, snapshot: () => "SELECT 1" });
