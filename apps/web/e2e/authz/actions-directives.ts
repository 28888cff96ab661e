/** The matrix's actions on leadership's directives: giving, answering and closing them. */

import { actionRow, mark, stateForm } from "./actions-shared";
import { lit } from "./db";
import { agencyMember, only } from "./rules";
import { DIRECTIVE_IDS } from "./setup";
import type { ActionRow, Case } from "./types";

/** The allowed cases answer and close directives of their own; refused ones address untouched ones. */
const directiveToAnswer = (c: Case) =>
  c.scope === "other"
    ? DIRECTIVE_IDS["UBND-PHUQUOC-TP"]
    : agencyMember(c)
      ? DIRECTIVE_IDS.STNMT
      : DIRECTIVE_IDS.STNMT_REFUSED;
const directiveToClose = (c: Case) =>
  c.caller === "leader" ? DIRECTIVE_IDS.close : DIRECTIVE_IDS.closeRefused;
const directive = (c: Case) => `Chỉ đạo của ma trận ${mark(c)}`;

export const directiveRows: ActionRow[] = [
  actionRow("directives", "createDirectiveAction", {
    page: () => "/dashboard",
    args: (c) =>
      stateForm({
        planId: c.ids.planId,
        organizationId: c.ids.orgs["UBND-GIANGTHANH"],
        body: directive(c),
      }),
    allowed: only("leader"),
    snapshot: (c) => `SELECT count(*) FROM "Directive" WHERE body = ${lit(directive(c))}`,
    allowedProbe: "call",
  }),
  actionRow("directives", "answerDirectiveAction", {
    scoped: true,
    page: () => "/",
    args: (c) => stateForm({ directiveId: directiveToAnswer(c), response: "Trả lời của ma trận" }),
    allowed: agencyMember,
    snapshot: (c) => `SELECT state, response FROM "Directive" WHERE id = ${lit(directiveToAnswer(c))}`,
    // Staff and approver share the one directive: whichever answers second meets the state (CONFLICT).
    allowedProbe: "call",
  }),
  actionRow("directives", "closeDirectiveAction", {
    page: () => "/dashboard",
    args: (c) => stateForm({ directiveId: directiveToClose(c) }),
    allowed: only("leader"),
    snapshot: (c) => `SELECT state FROM "Directive" WHERE id = ${lit(directiveToClose(c))}`,
    allowedProbe: "call",
  }),
];
