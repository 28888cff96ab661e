/**
 * The matrix's server actions: one row per exported function of a "use server" module. Refused calls
 * carry valid input (a validation error would hide the policy); allowed ones are probed without
 * disturbing the data other specs share (see ActionRow.allowedProbe).
 */
import { lit } from "./db";
import {
  agencyMember,
  everyone,
  member,
  only,
  readsSubmission,
  readsUpdate,
  target,
  writesUpdate,
} from "./rules";
import {
  CALENDAR_DAY_REFUSED_ADD,
  CALENDAR_DAY_REFUSED_REMOVE,
  CALENDAR_DAY_TO_ADD,
  CALENDAR_DAY_TO_REMOVE,
  DIRECTIVE_IDS,
  FILE_IDS,
  MATRIX_USERS,
  notificationIdFor,
  tokenIdFor,
} from "./setup";
import type { ActionRow, Case } from "./types";

const idle = { status: "idle" };
/** `(prevState, formData)`: the useActionState signature most actions have. */
const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const stateForm = (fields: Record<string, string | Blob>) => [idle, form(fields)];
const p26 = (c: Case) => c.ids.periods[2026] ?? "";
const p24 = (c: Case) => c.ids.periods[2024] ?? "";
const orgId = (c: Case) => c.ids.orgs[target(c)];
/** The caller's user id; anonymous callers address the staff member's things. */
const userOf = (c: Case) => c.ids.users[c.caller === "anonymous" ? "staff" : c.caller];
/** "other" addresses another user's: the administrator's, or the leader's for the administrator. */
const subjectUser = (c: Case) =>
  c.scope === "own" ? userOf(c) : c.ids.users[c.caller === "admin" ? "leader" : "admin"];
const STALE_DIGEST = "0".repeat(64);
/**
 * Refused cases on a user's token or notification address a row no allowed case touches (the owner's
 * allowed case revokes or reads its own row meanwhile, which a refused case's snapshot would see).
 */
const refusedCase = (c: Case) => c.caller === "anonymous" || c.scope === "other";
const tokenOf = (c: Case) => tokenIdFor(subjectUser(c), refusedCase(c));
const notificationOf = (c: Case) => notificationIdFor(subjectUser(c), refusedCase(c));
/** The allowed cases answer and close directives of their own; refused ones address untouched ones. */
const directiveToAnswer = (c: Case) =>
  c.scope === "other"
    ? DIRECTIVE_IDS["UBND-PHUQUOC-TP"]
    : agencyMember(c)
      ? DIRECTIVE_IDS.STNMT
      : DIRECTIVE_IDS.STNMT_REFUSED;
const directiveToClose = (c: Case) =>
  c.caller === "leader" ? DIRECTIVE_IDS.close : DIRECTIVE_IDS.closeRefused;
/** Texts a case writes carry its caller and scope: a refused case counts only its own. */
const mark = (c: Case) => `(${c.caller}, ${c.scope})`;

const update2026 = (c: Case) => c.ids.updates[target(c)] ?? "";
const updateSnapshot = (c: Case) =>
  `SELECT id, version, status, results, "updatedAt" FROM "ProgressUpdate" WHERE id = ${lit(update2026(c))}`;
const submissionSnapshot = (c: Case) =>
  `SELECT state, "coverSummary", "updatedAt" FROM "AgencySubmission" WHERE "periodId" = ${lit(p26(c))} AND "organizationId" = ${lit(orgId(c))}`;
const report2024Snapshot = (c: Case) =>
  `SELECT state, version, "updatedAt" FROM "ConsolidatedReport" WHERE "periodId" = ${lit(p24(c))}`;
const reportArgs = (version: string) => (c: Case) =>
  stateForm({
    periodId: p24(c),
    version,
    number: "12",
    sentOn: "2025-12-05",
    documentDate: "",
    signerAuthority: "",
    signerTitle: "",
    signerName: "",
    recipients: "",
    key: "introduction",
    text: "Ma trận",
  });

/** Report actions on the finalized 2024 report: the compiler passes the policy and meets the state (CONFLICT). */
const reportRow = (name: string, probeVersion: string): ActionRow => ({
  kind: "action",
  entry: `features/report/actions.ts#${name}`,
  scoped: false,
  page: (c) => `/periods/${p24(c)}/report`,
  args: reportArgs("1"),
  allowed: only("compiler"),
  snapshot: report2024Snapshot,
  allowedProbe: reportArgs(probeVersion),
});

export const actionRows: ActionRow[] = [
  {
    kind: "action",
    entry: "features/auth/actions.ts#signInAction",
    scoped: false,
    page: () => "/sign-in",
    // Public by nature: anyone may try; signing in with one's own password succeeds (a redirect).
    args: (c) =>
      stateForm({ email: `${c.caller === "anonymous" ? "xem" : ""}`, password: "", callbackUrl: "/" }),
    allowed: () => true,
    snapshot: () => "SELECT 1",
    allowedProbe:
      "sign-in.spec.ts and sign-in-errors.spec.ts drive it through the form; calling it here would count attempts against the shared 127.0.0.1 login throttle",
  },
  {
    kind: "action",
    entry: "features/auth/actions.ts#signOutAction",
    scoped: false,
    page: () => "/",
    args: () => [],
    allowed: () => true,
    snapshot: () => "SELECT 1",
    allowedProbe:
      "sign-in.spec.ts signs out through the header; here it would end the worker's shared session",
  },
  {
    kind: "action",
    entry: "features/locale/actions.ts#setLocaleAction",
    scoped: false,
    page: () => "/sign-in",
    args: () => [form({ locale: "vi" })],
    allowed: () => true,
    snapshot: () => "SELECT 1",
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/api-tokens/actions.ts#createApiTokenAction",
    scoped: false,
    page: () => "/settings/tokens",
    args: (c) => stateForm({ name: `Ma trận ${c.caller}`, expiresIn: "30" }),
    allowed: everyone,
    snapshot: (c) => `SELECT count(*) FROM "ApiToken" WHERE name = ${lit(`Ma trận ${c.caller}`)}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/api-tokens/actions.ts#revokeApiTokenAction",
    scoped: true,
    page: () => "/settings/tokens",
    args: (c) => stateForm({ tokenId: tokenOf(c) }),
    allowed: (c) => c.caller !== "anonymous" && c.scope === "own",
    snapshot: (c) => `SELECT "revokedAt" FROM "ApiToken" WHERE id = ${lit(tokenOf(c))}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/notifications/actions.ts#markNotificationReadAction",
    scoped: true,
    page: () => "/notifications",
    args: (c) => [form({ notificationId: notificationOf(c) })],
    allowed: (c) => c.caller !== "anonymous" && c.scope === "own",
    snapshot: (c) => `SELECT "readAt" FROM "Notification" WHERE id = ${lit(notificationOf(c))}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/notifications/actions.ts#openNotificationAction",
    scoped: true,
    page: () => "/notifications",
    args: (c) => [form({ notificationId: notificationOf(c) })],
    allowed: (c) => c.caller !== "anonymous" && c.scope === "own",
    snapshot: (c) => `SELECT "readAt" FROM "Notification" WHERE id = ${lit(notificationOf(c))}`,
    allowedProbe: "call",
    // Opened, it follows the notification's link ("/"); refused, it falls back to the list.
    refusedWhen: (answer) => answer.redirect === "/notifications",
  },
  {
    kind: "action",
    entry: "features/notifications/actions.ts#markAllNotificationsReadAction",
    scoped: false,
    page: () => "/notifications",
    args: () => [],
    allowed: everyone,
    // Signed out it can only fail; the staff member's untouched matrix notification stays unread.
    snapshot: (c) =>
      `SELECT "readAt" FROM "Notification" WHERE id = ${lit(notificationIdFor(c.ids.users.staff, true))}`,
    allowedProbe:
      "it takes no argument, so it can only touch one's own inbox; running it would mark the demo users' notifications read under directives.spec.ts and reminders.spec.ts",
  },
  {
    kind: "action",
    entry: "features/notification-settings/actions.ts#saveEmailChoicesAction",
    scoped: false,
    page: () => "/settings/notifications",
    args: () => stateForm({}),
    allowed: everyone,
    snapshot: (c) =>
      `SELECT kind, email FROM "NotificationPreference" WHERE "userId" = ${lit(userOf(c))} ORDER BY kind`,
    allowedProbe:
      "it only ever writes the caller's own preferences; saving here would turn off the demo users' reminder emails that reminders.spec.ts expects",
  },
  {
    kind: "action",
    entry: "features/calendar-admin/actions.ts#addCalendarDayAction",
    scoped: false,
    page: () => "/admin/calendar",
    args: (c) =>
      stateForm({
        date: c.caller === "admin" ? CALENDAR_DAY_TO_ADD : CALENDAR_DAY_REFUSED_ADD,
        kind: "DAY_OFF",
        name: "Ma trận phân quyền",
      }),
    allowed: only("admin"),
    snapshot: (c) =>
      `SELECT date, kind FROM "CalendarDay" WHERE date = ${lit(c.caller === "admin" ? CALENDAR_DAY_TO_ADD : CALENDAR_DAY_REFUSED_ADD)}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/calendar-admin/actions.ts#removeCalendarDayAction",
    scoped: false,
    page: () => "/admin/calendar",
    args: (c) => [
      form({ date: c.caller === "admin" ? CALENDAR_DAY_TO_REMOVE : CALENDAR_DAY_REFUSED_REMOVE }),
    ],
    allowed: only("admin"),
    snapshot: (c) =>
      `SELECT date, kind FROM "CalendarDay" WHERE date = ${lit(c.caller === "admin" ? CALENDAR_DAY_TO_REMOVE : CALENDAR_DAY_REFUSED_REMOVE)}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/jobs-admin/actions.ts#runJobNowAction",
    scoped: false,
    page: () => "/admin/jobs",
    args: () => stateForm({ queue: "outbox-send" }),
    allowed: only("admin"),
    // A queued run is recorded (jobs.run); the e2e server runs no worker, so the administrator is told so.
    snapshot: (c) =>
      `SELECT count(*) FROM "AuditEvent" WHERE action = 'jobs.run' AND "actorId" = ${lit(userOf(c))}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/public/actions.ts#setPlanPublicAction",
    scoped: false,
    page: (c) => `/plans/${c.ids.planId}`,
    args: (c) => stateForm({ planId: c.ids.planId, isPublic: "true" }),
    allowed: only("admin"),
    snapshot: (c) => `SELECT "isPublic" FROM "Plan" WHERE id = ${lit(c.ids.planId)}`,
    allowedProbe:
      "public-page.spec.ts publishes and hides plan 182 through the plan page's form; here it would show the shared plan to the public mid-run, and an unknown plan is NOT_FOUND (a refusal)",
  },
  {
    kind: "action",
    entry: "features/periods/actions.ts#openPeriodAction",
    scoped: false,
    page: (c) => `/plans/${c.ids.planId}/periods`,
    args: (c) =>
      stateForm({
        planId: c.ids.planId,
        year: "2030",
        // Typed as the form's fields take them (dd/MM/yyyy).
        cutoffDate: "15/11/2030",
        agencyDeadline: "25/11/2030",
        reportDueDate: "05/12/2030",
      }),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT count(*) FROM "ReportingPeriod" WHERE "planId" = ${lit(c.ids.planId)}`,
    // 2026 is open already: the policy lets them through, the duplicate year is refused (CONFLICT).
    allowedProbe: (c) =>
      stateForm({
        planId: c.ids.planId,
        year: "2026",
        cutoffDate: "15/11/2026",
        agencyDeadline: "25/11/2026",
        reportDueDate: "05/12/2026",
      }),
  },
  {
    kind: "action",
    entry: "features/periods/actions.ts#changePeriodStateAction",
    scoped: false,
    page: (c) => `/plans/${c.ids.planId}/periods`,
    args: (c) => stateForm({ periodId: p24(c), from: "CLOSED", to: "OPEN", planId: c.ids.planId }),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT state FROM "ReportingPeriod" WHERE id = ${lit(p24(c))}`,
    // A stale "from" (2024 is closed, not finalized): past the policy, refused as stale.
    allowedProbe: (c) =>
      stateForm({ periodId: p24(c), from: "FINALIZED", to: "CLOSED", planId: c.ids.planId }),
  },
  {
    kind: "action",
    entry: "features/submission-review/actions.ts#remindAction",
    scoped: true,
    other: "UBND-GIANGTHANH",
    page: (c) => `/periods/${p24(c)}/submissions`,
    // The 2024 period is closed: a compiler passes the policy and is told there is nothing to remind.
    args: (c) => stateForm({ periodId: p24(c), organizationId: orgId(c) }),
    allowed: only("compiler"),
    snapshot: () => `SELECT count(*) FROM "Notification" WHERE kind LIKE '%remind%'`,
    allowedProbe: (c) => stateForm({ periodId: p24(c), organizationId: orgId(c) }),
  },
  ...(["returnSubmissionAction", "acceptSubmissionAction"] as const).map(
    (name): ActionRow => ({
      kind: "action",
      entry: `features/submission-review/actions.ts#${name}`,
      scoped: true,
      other: "UBND-GIONGRIENG",
      page: (c) => `/periods/${p26(c)}/submissions/${orgId(c)}`,
      args: (c) =>
        stateForm({
          periodId: p26(c),
          organizationId: orgId(c),
          sequence: "1",
          reason: "Ma trận phân quyền: lý do trả lại",
        }),
      // The focal compiler reviews every agency's report, Sở TN&MT's own included (the first run returned it).
      allowed: only("compiler"),
      snapshot: submissionSnapshot,
      // A sequence that was never sent: past the policy, refused as not the latest (CONFLICT).
      allowedProbe: (c) =>
        stateForm({
          periodId: p26(c),
          organizationId: orgId(c),
          sequence: "999",
          reason: "Ma trận phân quyền: lý do trả lại",
        }),
    }),
  ),
  ...(["saveCoverAction", "submitReportAction"] as const).map(
    (name): ActionRow => ({
      kind: "action",
      entry: `features/submissions/actions.ts#${name}`,
      scoped: true,
      page: (c) => `/periods/${p26(c)}/submission?org=${orgId(c)}`,
      args: (c) =>
        stateForm({
          periodId: p26(c),
          organizationId: orgId(c),
          coverSummary: "Ma trận phân quyền",
          coverBase: STALE_DIGEST,
          reviewedDigest: STALE_DIGEST,
        }),
      // The agency's staff (cover) and approver (submit) may, while the report is theirs to change; when it
      // is sent they are answered "not now" (CONFLICT), which the spec accepts only for them.
      allowed: (c) => (name === "saveCoverAction" ? agencyMember(c) : member(c) && c.caller === "approver"),
      snapshot: submissionSnapshot,
      allowedProbe: (c) =>
        stateForm({
          periodId: p26(c),
          organizationId: orgId(c),
          coverSummary: "Ma trận phân quyền",
          coverBase: STALE_DIGEST,
          reviewedDigest: STALE_DIGEST,
        }),
    }),
  ),
  {
    kind: "action",
    entry: "features/updates/actions.ts#saveUpdateAction",
    scoped: true,
    page: (c) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`,
    args: (c) => [
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
    ],
    allowed: writesUpdate,
    snapshot: updateSnapshot,
    // The update exists (version ≥ 1): version 0 is stale, refused after the policy (CONFLICT).
    allowedProbe: (c) => [
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
    ],
  },
  {
    kind: "action",
    entry: "features/attachments/actions.ts#uploadEvidenceAction",
    scoped: true,
    page: (c) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`,
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
  },
  {
    kind: "action",
    entry: "features/attachments/actions.ts#removeEvidenceAction",
    scoped: true,
    page: (c) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`,
    args: (c) => [FILE_IDS[target(c)] ?? ""],
    allowed: writesUpdate,
    snapshot: (c) => `SELECT "deletedAt" FROM "Attachment" WHERE id = ${lit(FILE_IDS[target(c)] ?? "")}`,
    allowedProbe:
      "allowed only while Sở TN&MT's report is a draft, and removing the matrix's file would break its own /files cases; covered by features/attachments integration tests",
  },
  {
    kind: "action",
    entry: "features/comments/actions.ts#createCommentAction",
    scoped: true,
    page: (c) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`,
    args: (c) =>
      stateForm({ targetKind: "update", targetId: update2026(c), body: `Ý kiến của ma trận ${mark(c)}` }),
    // Whoever reads the update may speak on it, except viewers.
    allowed: (c) => c.caller !== "viewer" && readsUpdate(c),
    snapshot: (c) =>
      `SELECT count(*) FROM "Comment" WHERE body = ${lit(`Ý kiến của ma trận ${mark(c)}`)} AND "updateId" = ${lit(update2026(c))}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/directives/actions.ts#createDirectiveAction",
    scoped: false,
    page: () => "/dashboard",
    args: (c) =>
      stateForm({
        planId: c.ids.planId,
        organizationId: c.ids.orgs["UBND-GIANGTHANH"],
        body: `Chỉ đạo của ma trận ${mark(c)}`,
      }),
    allowed: only("leader"),
    snapshot: (c) => `SELECT count(*) FROM "Directive" WHERE body = ${lit(`Chỉ đạo của ma trận ${mark(c)}`)}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/directives/actions.ts#answerDirectiveAction",
    scoped: true,
    page: () => "/",
    args: (c) => stateForm({ directiveId: directiveToAnswer(c), response: "Trả lời của ma trận" }),
    allowed: agencyMember,
    snapshot: (c) => `SELECT state, response FROM "Directive" WHERE id = ${lit(directiveToAnswer(c))}`,
    // Staff and approver share the one directive: whichever answers second meets the state (CONFLICT).
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/directives/actions.ts#closeDirectiveAction",
    scoped: false,
    page: () => "/dashboard",
    args: (c) => stateForm({ directiveId: directiveToClose(c) }),
    allowed: only("leader"),
    snapshot: (c) => `SELECT state FROM "Directive" WHERE id = ${lit(directiveToClose(c))}`,
    allowedProbe: "call",
  },
  {
    kind: "action",
    entry: "features/plan-import/actions.ts#uploadPlanAction",
    scoped: false,
    page: () => "/plans/import",
    args: () => [idle, form({ text: "KẾ HOẠCH\nMa trận phân quyền\nI. MỤC ĐÍCH\n1. Một nhiệm vụ." })],
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT count(*) FROM "PlanImportDraft" WHERE "createdById" = ${lit(userOf(c))}`,
    allowedProbe: "call",
  },
  ...(["createPlanAction", "applyReimportAction"] as const).map(
    (name): ActionRow => ({
      kind: "action",
      entry: `features/plan-import/actions.ts#${name}`,
      scoped: false,
      page: () => "/plans/import",
      // The compiler's draft: a draft is its uploader's alone, so everyone else is answered NOT_FOUND.
      args: (c) =>
        stateForm({
          draftId:
            name === "createPlanAction" ? (c.ids.drafts?.importId ?? "") : (c.ids.drafts?.reimportId ?? ""),
          reviewed: c.ids.drafts?.reviewed ?? "{}",
        }),
      allowed: only("compiler"),
      snapshot: () => `SELECT count(*), max("updatedAt") FROM "Plan"`,
      allowedProbe:
        "it would create a plan or re-import plan 182 under the other specs; plan-import.spec.ts does both through these actions as the compiler",
    }),
  ),
  {
    kind: "action",
    entry: "features/users-admin/actions.ts#setUserLockAction",
    scoped: false,
    page: () => "/admin/users",
    args: () => stateForm({ userId: MATRIX_USERS.refused.id, locked: "1" }),
    allowed: only("admin"),
    snapshot: () => `SELECT "lockedAt" FROM "User" WHERE id = ${lit(MATRIX_USERS.refused.id)}`,
    // Locking oneself: past the policy, refused for what it is (selfLock).
    allowedProbe: (c) => stateForm({ userId: c.ids.users.admin, locked: "1" }),
  },
  {
    kind: "action",
    entry: "features/users-admin/actions.ts#sendResetLinkAction",
    scoped: false,
    page: () => "/admin/users",
    args: () => stateForm({ userId: MATRIX_USERS.refused.id }),
    allowed: only("admin"),
    snapshot: () =>
      `SELECT count(*) FROM "PasswordResetToken" WHERE "userId" = ${lit(MATRIX_USERS.refused.id)}`,
    allowedProbe: () => stateForm({ userId: MATRIX_USERS.allowed.id }),
  },
  {
    kind: "action",
    entry: "features/users-admin/actions.ts#createUserAction",
    scoped: false,
    page: () => "/admin/users",
    args: (c) =>
      stateForm({
        email: "ma-tran-nguoi-moi@kiengiang.example",
        name: "Người mới của ma trận",
        organizationId: c.ids.orgs["UBND-GIANGTHANH"],
        role: "STAFF",
      }),
    allowed: only("admin"),
    snapshot: () => `SELECT count(*) FROM "User" WHERE email = 'ma-tran-nguoi-moi@kiengiang.example'`,
    // An address already taken: past the policy, refused as a duplicate (CONFLICT).
    allowedProbe: (c) =>
      stateForm({
        email: MATRIX_USERS.refused.email,
        name: "Người mới của ma trận",
        organizationId: c.ids.orgs["UBND-GIANGTHANH"],
        role: "STAFF",
      }),
  },
  {
    kind: "action",
    entry: "features/accounts/actions.ts#changePasswordAction",
    scoped: false,
    page: () => "/settings/password",
    args: () =>
      stateForm({
        currentPassword: "Sai@2026-ma-tran",
        newPassword: "Ma-tran@2026-moi",
        confirmPassword: "Ma-tran@2026-moi",
      }),
    // One's own password only, so any signed-in caller; signed out, sent to sign in.
    allowed: everyone,
    snapshot: (c) => `SELECT "passwordHash", "sessionsValidFrom" FROM "User" WHERE id = ${lit(userOf(c))}`,
    // Confirmation differs: past the session check, refused by the form's own check (no password tried,
    // so nothing counts against the sign-in throttle the other specs share).
    allowedProbe: () =>
      stateForm({
        currentPassword: "Sai@2026-ma-tran",
        newPassword: "Ma-tran@2026-moi",
        confirmPassword: "Ma-tran@2026-khac",
      }),
  },
  {
    kind: "action",
    entry: "features/accounts/actions.ts#forgotPasswordAction",
    scoped: false,
    page: () => "/forgot-password",
    args: () => stateForm({ email: "khong-co-ai@kiengiang.example" }),
    // Public by nature: it asks for a link to the address's own mailbox.
    allowed: () => true,
    snapshot: () => "SELECT 1",
    allowedProbe:
      "public (it only ever mails the address typed); accounts.spec.ts drives it through the form, and each call here would count against the per-address reset-request limit of 127.0.0.1 that spec shares",
  },
  {
    kind: "action",
    entry: "features/accounts/actions.ts#resetPasswordAction",
    scoped: false,
    page: () => "/reset-password/ma-tran",
    // Public: the emailed token is the authority. An unknown token is answered as such for everyone.
    args: () =>
      stateForm({
        token: "A".repeat(43),
        newPassword: "Ma-tran@2026-moi",
        confirmPassword: "Ma-tran@2026-moi",
      }),
    allowed: () => true,
    snapshot: () => "SELECT 1",
    allowedProbe: "call",
  },
  reportRow("compileReportAction", "1"),
  reportRow("saveBlockAction", "1"),
  reportRow("saveSettingsAction", "1"),
  reportRow("finalizeReportAction", "1"),
  reportRow("markSentAction", "999"),
  reportRow("reopenReportAction", "999"),
];
