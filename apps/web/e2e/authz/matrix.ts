/**
 * The authorization matrix: every page, route handler (API included) and server action of the app, each
 * with how to address it for the caller's own organization and another's, and what each role must get.
 * e2e/authz-matrix.spec.ts generates one test per row × caller × scope and checks that nothing in
 * src/app or in a "use server" module is missing from here. docs/security.md, "Authorization matrix".
 */

import type { MatrixIds } from "./ids";
import { actionRows } from "./matrix-actions";
import { httpRows } from "./matrix-http";
import type { MatrixState } from "./state";
import { CALLERS, type Case, type MatrixCaller, type MatrixRow, OWN_ORG, type Scope } from "./types";

export const matrix: MatrixRow[] = [...httpRows, ...actionRows];

export function scopesOf(row: MatrixRow): Scope[] {
  return row.scoped ? ["own", "other"] : ["own"];
}

export function caseFor(
  row: MatrixRow,
  caller: MatrixCaller,
  scope: Scope,
  ids: MatrixIds,
  state: MatrixState,
): Case {
  return {
    caller,
    scope,
    ids,
    state,
    org: scope === "own" ? OWN_ORG[caller] : (row.other ?? "UBND-PHUQUOC-TP"),
  };
}

export function rowName(row: MatrixRow): string {
  return row.kind === "action" ? `action ${row.entry}` : `${row.kind} ${row.method} ${row.entry}`;
}

export { CALLERS };
