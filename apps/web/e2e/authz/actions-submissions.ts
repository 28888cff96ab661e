/** The matrix's actions on agency reports: the focal agency's review and reminders, the agency's cover and submission. */
import { actionRow, orgId, p24, p26, STALE_DIGEST, stateForm, submissionSnapshot } from "./actions-shared";
import { agencyMember, member, only } from "./rules";
import type { ActionRow, Case } from "./types";

/** A return or acceptance of the addressed agency's 2026 report, as of the submission `sequence`. */
const reviewForm = (c: Case, sequence: string) =>
  stateForm({
    periodId: p26(c),
    organizationId: orgId(c),
    sequence,
    reason: "Ma trận phân quyền: lý do trả lại",
  });

/** The cover and submit form, on digests the report never had (so an allowed call changes nothing). */
const coverForm = (c: Case) =>
  stateForm({
    periodId: p26(c),
    organizationId: orgId(c),
    coverSummary: "Ma trận phân quyền",
    coverBase: STALE_DIGEST,
    reviewedDigest: STALE_DIGEST,
  });

export const submissionRows: ActionRow[] = [
  actionRow("submission-review", "remindAction", {
    scoped: true,
    other: "UBND-GIANGTHANH",
    page: (c) => `/periods/${p24(c)}/submissions`,
    // The 2024 period is closed: a compiler passes the policy and is told there is nothing to remind.
    args: (c) => stateForm({ periodId: p24(c), organizationId: orgId(c) }),
    allowed: only("compiler"),
    snapshot: () => `SELECT count(*) FROM "Notification" WHERE kind LIKE '%remind%'`,
    allowedProbe: (c) => stateForm({ periodId: p24(c), organizationId: orgId(c) }),
  }),
  ...(["returnSubmissionAction", "acceptSubmissionAction"] as const).map((name) =>
    actionRow("submission-review", name, {
      scoped: true,
      other: "UBND-GIONGRIENG",
      page: (c) => `/periods/${p26(c)}/submissions/${orgId(c)}`,
      args: (c) => reviewForm(c, "1"),
      // The focal compiler reviews every agency's report, Sở TN&MT's own included (the first run returned it).
      allowed: only("compiler"),
      snapshot: submissionSnapshot,
      // A sequence that was never sent: past the policy, refused as not the latest (CONFLICT).
      allowedProbe: (c) => reviewForm(c, "999"),
    }),
  ),
  ...(["saveCoverAction", "submitReportAction"] as const).map((name) =>
    actionRow("submissions", name, {
      scoped: true,
      page: (c) => `/periods/${p26(c)}/submission?org=${orgId(c)}`,
      args: coverForm,
      // The agency's staff (cover) and approver (submit) may, while the report is theirs to change; when it
      // is sent they are answered "not now" (CONFLICT), which the spec accepts only for them.
      allowed: (c) => (name === "saveCoverAction" ? agencyMember(c) : member(c) && c.caller === "approver"),
      snapshot: submissionSnapshot,
      allowedProbe: coverForm,
    }),
  ),
];
