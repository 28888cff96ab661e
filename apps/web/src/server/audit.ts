import "server-only";
import { clientAddress, userAgent } from "./request-info";

// One writer of the audit trail for the app, the command lines and the jobs.
export { type AuditEntry, type AuditWriter, recordAudit } from "@plan-tracker/db/audit";

/** Where the request came from, for the audit trail (call it in a server action or route handler). */
export async function auditRequestContext(): Promise<{ ip: string; userAgent: string | null }> {
  return { ip: await clientAddress(), userAgent: await userAgent() };
}
