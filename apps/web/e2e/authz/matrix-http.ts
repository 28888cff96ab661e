/** The matrix's pages and route handlers (API included): one row per file under src/app and method. */
import { expect } from "@playwright/test";
import {
  agencyMember,
  api,
  everyone,
  file,
  only,
  page,
  readsReport2024,
  readsSubmission,
  readsUpdate,
  target,
  writesUpdate,
} from "./rules";
import { FILE_IDS, OUTBOX_EMAIL_ID } from "./setup";
import type { Case, HttpRow, Outcome } from "./types";

const p26 = (c: Case) => c.ids.periods[2026];
const p24 = (c: Case) => c.ids.periods[2024];
const orgId = (c: Case) => c.ids.orgs[target(c)];
const same = (outcome: Outcome) => () => outcome;

const signedInPage = (path: string, entry: string): HttpRow => ({
  kind: "page",
  entry,
  method: "GET",
  scoped: false,
  path: () => path,
  expect: page(everyone),
});

export const httpRows: HttpRow[] = [
  signedInPage("/", "(app)/page.tsx"),
  signedInPage("/my-tasks", "(app)/my-tasks/page.tsx"),
  signedInPage("/notifications", "(app)/notifications/page.tsx"),
  signedInPage("/organizations", "(app)/organizations/page.tsx"),
  signedInPage("/plans", "(app)/plans/page.tsx"),
  signedInPage("/search?q=tai%20nguyen", "(app)/search/page.tsx"),
  signedInPage("/settings/notifications", "(app)/settings/notifications/page.tsx"),
  signedInPage("/settings/tokens", "(app)/settings/tokens/page.tsx"),
  signedInPage("/settings/password", "(app)/settings/password/page.tsx"),
  { ...signedInPage("", "(app)/plans/[planId]/page.tsx"), path: (c) => `/plans/${c.ids.planId}` },
  { ...signedInPage("", "(app)/tasks/[taskId]/page.tsx"), path: (c) => `/tasks/${c.ids.taskId}` },
  ...(["audit", "calendar", "jobs", "outbox", "users"] as const).map(
    (name): HttpRow => ({
      kind: "page",
      entry: `(app)/admin/${name}/page.tsx`,
      method: "GET",
      scoped: false,
      path: () => `/admin/${name}`,
      expect: page(only("admin")),
    }),
  ),
  {
    kind: "page",
    entry: "(app)/admin/outbox/[emailId]/page.tsx",
    method: "GET",
    scoped: false,
    path: () => `/admin/outbox/${OUTBOX_EMAIL_ID}`,
    expect: page(only("admin")),
  },
  {
    kind: "page",
    entry: "(app)/dashboard/page.tsx",
    method: "GET",
    scoped: false,
    path: () => "/dashboard",
    expect: page(only("admin", "leader", "compiler", "viewer")),
  },
  {
    kind: "page",
    entry: "(app)/plans/[planId]/periods/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/plans/${c.ids.planId}/periods`,
    expect: page(only("admin", "leader", "compiler")),
  },
  {
    kind: "page",
    entry: "(app)/plans/[planId]/reimport/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/plans/${c.ids.planId}/reimport`,
    expect: page(only("admin", "compiler")),
  },
  {
    kind: "page",
    entry: "(app)/plans/import/page.tsx",
    method: "GET",
    scoped: false,
    path: () => "/plans/import",
    expect: page(only("admin", "compiler")),
  },
  // The compiler's drafts (setup): a draft is shown to its uploader only, administrator included.
  {
    kind: "page",
    entry: "(app)/plans/import/[draftId]/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/plans/import/${c.ids.drafts?.importId}`,
    expect: page(only("compiler")),
  },
  {
    kind: "page",
    entry: "(app)/plans/[planId]/reimport/[draftId]/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/plans/${c.ids.planId}/reimport/${c.ids.drafts?.reimportId}`,
    expect: page(only("compiler")),
  },
  {
    kind: "page",
    entry: "(app)/periods/[periodId]/submissions/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/periods/${p26(c)}/submissions`,
    expect: page(only("admin", "leader", "compiler")),
  },
  {
    kind: "page",
    entry: "(app)/periods/[periodId]/submission/page.tsx",
    method: "GET",
    scoped: true,
    path: (c) => `/periods/${p26(c)}/submission?org=${orgId(c)}`,
    // One's own agency's report only, whatever the role: staff and approver of Sở TN&MT.
    expect: page(agencyMember),
  },
  {
    kind: "page",
    entry: "(app)/periods/[periodId]/submissions/[organizationId]/page.tsx",
    method: "GET",
    scoped: true,
    other: "UBND-GIONGRIENG",
    path: (c) => `/periods/${p26(c)}/submissions/${orgId(c)}`,
    expect: page(readsSubmission),
  },
  {
    kind: "page",
    entry: "(app)/periods/[periodId]/tasks/[taskId]/page.tsx",
    method: "GET",
    scoped: true,
    path: (c) => `/periods/${p26(c)}/tasks/${c.ids.taskId}?org=${orgId(c)}`,
    // The update editor is the agency's own page: its staff and approver only. Others who may read the
    // update (leadership, the focal compiler, the lead agency) read it on /tasks/<id> and in the
    // submission review; the first run showed 404 for them here, which is this page's design.
    expect: page(agencyMember),
  },
  {
    kind: "page",
    entry: "(app)/periods/[periodId]/report/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/periods/${p24(c)}/report`,
    expect: page(readsReport2024),
  },
  {
    kind: "route",
    entry: "(app)/periods/[periodId]/report/export/[format]/route.ts",
    method: "GET",
    scoped: false,
    path: (c) => `/periods/${p24(c)}/report/export/html`,
    expect: file(readsReport2024),
  },
  {
    kind: "route",
    entry: "report-files/[attachmentId]/route.ts",
    method: "GET",
    scoped: false,
    path: (c) => `/report-files/${c.ids.reportFileId}`,
    expect: file(readsReport2024),
  },
  {
    kind: "route",
    entry: "files/[attachmentId]/route.ts",
    method: "GET",
    scoped: true,
    path: (c) => `/files/${FILE_IDS[target(c)]}`,
    expect: file(readsUpdate),
  },
  {
    kind: "route",
    entry: "(app)/admin/audit/export.csv/route.ts",
    method: "GET",
    scoped: false,
    // A malformed filter: the administrator passes the policy and is told to fix it (400), so the run adds
    // no export to the audit log the audit spec reads.
    path: () => "/admin/audit/export.csv?from=ma-tran",
    expect: (c) => (c.caller === "anonymous" ? "signIn" : c.caller === "admin" ? "badRequest" : "notFound"),
  },
  {
    kind: "page",
    entry: "(auth)/forgot-password/page.tsx",
    method: "GET",
    scoped: false,
    path: () => "/forgot-password",
    expect: same("ok"),
  },
  {
    kind: "page",
    entry: "(auth)/reset-password/[token]/page.tsx",
    method: "GET",
    scoped: false,
    // The emailed token is the authority: an unknown one is shown as such, to anyone.
    path: () => `/reset-password/${"A".repeat(43)}`,
    expect: same("ok"),
  },
  {
    kind: "route",
    entry: "api/health/route.ts",
    method: "GET",
    scoped: false,
    path: () => "/api/health",
    // For load balancers: public, and says nothing about the data.
    expect: same("ok"),
  },
  {
    kind: "page",
    entry: "(auth)/sign-in/page.tsx",
    method: "GET",
    scoped: false,
    path: () => "/sign-in",
    expect: (c) => (c.caller === "anonymous" ? "ok" : "home"),
  },
  {
    kind: "page",
    entry: "(public)/public/plans/[planId]/page.tsx",
    method: "GET",
    scoped: false,
    path: (c) => `/public/plans/${c.ids.planId}`,
    // Public or not is the plan's setting (publish: administrator), the same for every caller.
    expect: (c) => (c.state.planPublic ? "ok" : "notFound"),
  },
  {
    kind: "route",
    entry: "api/auth/[...nextauth]/route.ts",
    method: "GET",
    scoped: false,
    path: () => "/api/auth/session",
    expect: same("ok"),
  },
  {
    kind: "route",
    entry: "api/auth/[...nextauth]/route.ts",
    method: "POST",
    scoped: false,
    // Without the CSRF token next-auth refuses to sign out (a cross-site form cannot end a session): it
    // sends the browser to sign-in?error=MissingCSRF, and the caller's session serves its next cases.
    path: () => "/api/auth/signout",
    expect: same("signIn"),
  },
  {
    kind: "route",
    entry: "api/bench/query-count/route.ts",
    method: "GET",
    scoped: false,
    path: () => "/api/bench/query-count",
    // Off unless BENCH_QUERY_COUNT=1 (never in production): nobody reads it here.
    expect: same("notFound"),
  },
  {
    kind: "route",
    entry: "api/v1/openapi.json/route.ts",
    method: "GET",
    scoped: false,
    path: () => "/api/v1/openapi.json",
    expect: same("ok"),
  },
  ...(
    [
      ["api/v1/organizations/route.ts", () => "/api/v1/organizations"],
      ["api/v1/plans/route.ts", () => "/api/v1/plans"],
      ["api/v1/plans/[id]/route.ts", (c: Case) => `/api/v1/plans/${c.ids.planId}`],
      ["api/v1/periods/route.ts", () => "/api/v1/periods"],
      ["api/v1/periods/[id]/submissions/route.ts", (c: Case) => `/api/v1/periods/${p26(c)}/submissions`],
    ] as const
  ).map(
    ([entry, path]): HttpRow => ({
      kind: "route",
      entry,
      method: "GET",
      scoped: false,
      path,
      expect: api(everyone),
    }),
  ),
  {
    kind: "route",
    entry: "api/v1/me/tasks/route.ts",
    method: "GET",
    scoped: false,
    path: () => "/api/v1/me/tasks",
    // The caller's own agency's tasks: only its staff and approver belong to a reporting agency; anyone
    // else (oversight, the focal compiler as such, the viewer) is refused.
    expect: api(only("staff", "approver")),
  },
  {
    kind: "route",
    entry: "api/v1/periods/[id]/updates/route.ts",
    method: "GET",
    scoped: false,
    path: (c) => `/api/v1/periods/${p26(c)}/updates`,
    expect: api(everyone),
    // Everyone may list, but never sees another agency's draft: checked on the answer itself.
    check: (c, body) => {
      const rows = (JSON.parse(body) as { data: { organization?: { code?: string } }[] }).data;
      const own = c.caller === "staff" || c.caller === "approver" || c.caller === "compiler" ? "STNMT" : null;
      const leaked = rows.filter((r) => {
        const code = r.organization?.code;
        const state =
          code && code in c.state.submissions
            ? c.state.submissions[code as keyof typeof c.state.submissions]
            : null;
        return code !== own && (state === "DRAFT" || state === "RETURNED");
      });
      expect(leaked, "another agency's draft in the list").toEqual([]);
    },
  },
  {
    kind: "route",
    entry: "api/v1/updates/route.ts",
    method: "PUT",
    scoped: true,
    path: () => "/api/v1/updates",
    // A stale version (0 for an update that exists): allowed callers reach the version check (409) and
    // nothing is written; refused ones are stopped by the policy first (403).
    body: (c) => ({
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
    }),
    expect: (c) => (c.caller === "anonymous" ? "unauthorized" : writesUpdate(c) ? "conflict" : "forbidden"),
  },
];
