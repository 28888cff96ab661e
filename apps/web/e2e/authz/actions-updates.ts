/** The matrix's actions on an agency's update of task II.3: saving it, its evidence, comments on it. */

import {
  actionRow,
  form,
  mark,
  orgId,
  p26,
  stateForm,
  taskPage,
  update2026,
  updateSnapshot,
} from "./actions-shared";
import { lit } from "./db";
import { readsUpdate, target, writesUpdate } from "./rules";
import { FILE_IDS } from "./setup";
import type { ActionRow, Case } from "./types";

/** A save of version 0: refused callers change nothing; for allowed ones the update exists, so it is stale. */
const staleSave = (c: Case) => [
  {
    periodId: p26(c),
    taskId: c.ids.taskId,
    actionItemId: null,
    organizationId: orgId(c),
    expectedVersion: 0,
    status: "IN_PROGRESS",
    percent: 10,
    completedOn: null,
    results: "Ma trận phân quyền",
    difficulties: "",
    proposals: "",
    citedDocuments: [],
    indicatorValues: [],
  },
];
const matrixFile = (c: Case) => FILE_IDS[target(c)] ?? "";
const comment = (c: Case) => `Ý kiến của ma trận ${mark(c)}`;

export const updateRows: ActionRow[] = [
  actionRow("updates", "saveUpdateAction", {
    scoped: true,
    page: taskPage,
    args: staleSave,
    allowed: writesUpdate,
    snapshot: updateSnapshot,
    // The update exists (version ≥ 1): version 0 is stale, refused after the policy (CONFLICT).
    allowedProbe: staleSave,
  }),
  actionRow("attachments", "uploadEvidenceAction", {
    scoped: true,
    page: taskPage,
    args: (c) => [
      form({
        updateId: update2026(c),
        file: new File([Buffer.from("%PDF-1.4\n% ma tran\n%%EOF\n")], "ma-tran.pdf", {
          type: "application/pdf",
        }),
      }),
    ],
    allowed: writesUpdate,
    snapshot: (c) => `SELECT count(*) FROM "Attachment" WHERE "updateId" = ${lit(update2026(c))}`,
    allowedProbe:
      "allowed only while Sở TN&MT's report is a draft, and an upload adds evidence to an update other specs read; the allowed upload is covered by agency-reporting.spec.ts and features/attachments integration tests",
  }),
  actionRow("attachments", "removeEvidenceAction", {
    scoped: true,
    page: taskPage,
    args: (c) => [matrixFile(c)],
    allowed: writesUpdate,
    snapshot: (c) => `SELECT "deletedAt" FROM "Attachment" WHERE id = ${lit(matrixFile(c))}`,
    allowedProbe:
      "allowed only while Sở TN&MT's report is a draft, and removing the matrix's file would break its own /files cases; covered by features/attachments integration tests",
  }),
  actionRow("comments", "createCommentAction", {
    scoped: true,
    page: taskPage,
    args: (c) => stateForm({ targetKind: "update", targetId: update2026(c), body: comment(c) }),
    // Whoever reads the update may speak on it, except viewers.
    allowed: (c) => c.caller !== "viewer" && readsUpdate(c),
    snapshot: (c) =>
      `SELECT count(*) FROM "Comment" WHERE body = ${lit(comment(c))} AND "updateId" = ${lit(update2026(c))}`,
    allowedProbe: "call",
  }),
];
