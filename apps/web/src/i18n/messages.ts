import enAccounts from "../../messages/en/accounts.json";
import enAuditLog from "../../messages/en/audit-log.json";
import enDashboard from "../../messages/en/dashboard.json";
import enDirectives from "../../messages/en/directives.json";
import enJobs from "../../messages/en/jobs.json";
import enNotificationSettings from "../../messages/en/notification-settings.json";
import enPeriods from "../../messages/en/periods.json";
import enPlanImport from "../../messages/en/plan-import.json";
import enPublic from "../../messages/en/public.json";
import enReport from "../../messages/en/report.json";
import enSubmissions from "../../messages/en/submissions.json";
import enUpdates from "../../messages/en/updates.json";
import enBase from "../../messages/en.json";
import viAccounts from "../../messages/vi/accounts.json";
import viAuditLog from "../../messages/vi/audit-log.json";
import viDashboard from "../../messages/vi/dashboard.json";
import viDirectives from "../../messages/vi/directives.json";
import viJobs from "../../messages/vi/jobs.json";
import viNotificationSettings from "../../messages/vi/notification-settings.json";
import viPeriods from "../../messages/vi/periods.json";
import viPlanImport from "../../messages/vi/plan-import.json";
import viPublic from "../../messages/vi/public.json";
import viReport from "../../messages/vi/report.json";
import viSubmissions from "../../messages/vi/submissions.json";
import viUpdates from "../../messages/vi/updates.json";
import viBase from "../../messages/vi.json";

/**
 * UI text by locale. Each capability may keep its namespaces in messages/<locale>/<feature>.json;
 * list them here so both catalogs stay complete (a test compares their keys).
 */
const catalogs = {
  vi: [
    viBase,
    viUpdates,
    viPeriods,
    viSubmissions,
    viDashboard,
    viDirectives,
    viPublic,
    viPlanImport,
    viReport,
    viJobs,
    viNotificationSettings,
    viAccounts,
    viAuditLog,
  ],
  en: [
    enBase,
    enUpdates,
    enPeriods,
    enSubmissions,
    enDashboard,
    enDirectives,
    enPublic,
    enPlanImport,
    enReport,
    enJobs,
    enNotificationSettings,
    enAccounts,
    enAuditLog,
  ],
} as const;

export type Messages = typeof viBase;

export function messagesFor(locale: "vi" | "en"): Record<string, unknown> {
  return Object.assign({}, ...catalogs[locale]);
}
