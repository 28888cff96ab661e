/** The matrix's actions on plans: publishing, reporting periods, the plan's lifecycle, importing a plan's text. */

import { actionRow, p24, stateForm, userOf } from "./actions-shared";
import { lit } from "./db";
import { only } from "./rules";
import type { ActionRow, Case } from "./types";

/** A period as the form types it (dates dd/MM/yyyy). */
const periodForm = (c: Case, year: number) =>
  stateForm({
    planId: c.ids.planId,
    year: String(year),
    cutoffDate: `15/11/${year}`,
    agencyDeadline: `25/11/${year}`,
    reportDueDate: `05/12/${year}`,
  });

export const planRows: ActionRow[] = [
  actionRow("public", "setPlanPublicAction", {
    page: (c) => `/plans/${c.ids.planId}`,
    args: (c) => stateForm({ planId: c.ids.planId, isPublic: "true" }),
    allowed: only("admin"),
    snapshot: (c) => `SELECT "isPublic" FROM "Plan" WHERE id = ${lit(c.ids.planId)}`,
    allowedProbe:
      "public-page.spec.ts publishes and hides plan 182 through the plan page's form; here it would show the shared plan to the public mid-run, and an unknown plan is NOT_FOUND (a refusal)",
  }),
  actionRow("periods", "openPeriodAction", {
    page: (c) => `/plans/${c.ids.planId}/periods`,
    args: (c) => periodForm(c, 2030),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT count(*) FROM "ReportingPeriod" WHERE "planId" = ${lit(c.ids.planId)}`,
    // 2026 is open already: the policy lets them through, the duplicate year is refused (CONFLICT).
    allowedProbe: (c) => periodForm(c, 2026),
  }),
  actionRow("periods", "changePeriodStateAction", {
    page: (c) => `/plans/${c.ids.planId}/periods`,
    args: (c) => stateForm({ periodId: p24(c), from: "CLOSED", to: "OPEN", planId: c.ids.planId }),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT state FROM "ReportingPeriod" WHERE id = ${lit(p24(c))}`,
    // A stale "from" (2024 is closed, not finalized): past the policy, refused as stale.
    allowedProbe: (c) =>
      stateForm({ periodId: p24(c), from: "FINALIZED", to: "CLOSED", planId: c.ids.planId }),
  }),
  actionRow("plan-lifecycle", "changePlanStatusAction", {
    page: (c) => `/plans/${c.ids.planId}`,
    // A stale "from" (plan 182 is in force): past the policy, refused as stale, and nothing changes.
    args: (c) =>
      stateForm({
        planId: c.ids.planId,
        from: "EXPIRED",
        status: "ACTIVE",
        endedOn: "",
        replacedById: "",
        replacedByText: "",
      }),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT status, "endedOn", "replacedById" FROM "Plan" WHERE id = ${lit(c.ids.planId)}`,
    allowedProbe: "call",
  }),
  actionRow("reporting-rule", "changeReportingRuleAction", {
    page: (c) => `/plans/${c.ids.planId}`,
    // A stale "from": past the policy, refused as stale, and the rule stays as it is.
    args: (c) =>
      stateForm({
        planId: c.ids.planId,
        from: "MONTHLY|1|1|1",
        cycles: "ANNUAL",
        reportDueDay: "5",
        reportDueMonth: "12",
        agencyDeadlineOffsetDays: "10",
      }),
    allowed: only("admin", "compiler"),
    snapshot: (c) =>
      `SELECT "reportingCycles", "reportDueDay", "reportDueMonth", "agencyDeadlineOffsetDays" FROM "Plan" WHERE id = ${lit(c.ids.planId)}`,
    allowedProbe: "call",
  }),
];

export const planImportRows: ActionRow[] = [
  actionRow("plan-import", "uploadPlanAction", {
    page: () => "/plans/import",
    args: () => stateForm({ text: "KẾ HOẠCH\nMa trận phân quyền\nI. MỤC ĐÍCH\n1. Một nhiệm vụ." }),
    allowed: only("admin", "compiler"),
    snapshot: (c) => `SELECT count(*) FROM "PlanImportDraft" WHERE "createdById" = ${lit(userOf(c))}`,
    allowedProbe: "call",
    // The text is parsed only once the policy let the caller through: "not a plan" proves it did.
    passedPolicyWhen: (answer) => (answer.value as { reason?: unknown } | undefined)?.reason === "NOT_A_PLAN",
  }),
  ...(["createPlanAction", "applyReimportAction"] as const).map((name) =>
    actionRow("plan-import", name, {
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
];
