/**
 * The matrix's server actions: one row per exported function of a "use server" module, in feature files
 * (actions-*.ts) assembled here in the matrix's order. Refused calls carry valid input (a validation
 * error would hide the policy); allowed ones are probed without disturbing the data other specs share
 * (see ActionRow.allowedProbe).
 */
import { passwordRows, personalRows, signInRows } from "./actions-account";
import { adminToolRows, userAdminRows } from "./actions-admin";
import { directiveRows } from "./actions-directives";
import { planImportRows, planRows } from "./actions-plans";
import { reportRows } from "./actions-report";
import { submissionRows } from "./actions-submissions";
import { updateRows } from "./actions-updates";
import type { ActionRow } from "./types";

export const actionRows: ActionRow[] = [
  ...signInRows,
  ...personalRows,
  ...adminToolRows,
  ...planRows,
  ...submissionRows,
  ...updateRows,
  ...directiveRows,
  ...planImportRows,
  ...userAdminRows,
  ...passwordRows,
  ...reportRows,
];
