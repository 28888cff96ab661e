import { can } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { authenticatedRoute } from "@/features/api/handler";
import { AUDIT_CSV_COLUMNS, auditCsvHeader, auditCsvRows, UTF8_BOM } from "@/features/audit-log/csv";
import { allAuditEvents } from "@/features/audit-log/data";
import { parseAuditFilter } from "@/features/audit-log/schema";
import { auditRequestContext, recordAudit } from "@/server/audit";
import { prisma } from "@/server/db";

export const dynamic = "force-dynamic";

/**
 * Every audit event matching the page's filters as CSV, streamed in batches (the log can be large).
 * Administrators only (others get the same 404 as a page they may not see); the export is itself audited.
 */
export const GET = authenticatedRoute(
  { auth: "session", answer: "text", signedOut: notFound },
  async ({ request, actor }) => {
    if (!can(actor, "audit.read")) return notFound();
    const url = new URL(request.url);
    const { filter, errors } = parseAuditFilter(Object.fromEntries(url.searchParams));
    if (errors.length > 0) {
      const text = errors.map((error) => `${error.field}: ${error.message}`).join("\n");
      return new Response(`Bộ lọc không hợp lệ, hãy sửa rồi xuất lại:\n${text}`, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    const t = await getTranslations("auditLog.csv");
    const header = auditCsvHeader(
      Object.fromEntries(AUDIT_CSV_COLUMNS.map((column) => [column, t(column)])) as Record<
        (typeof AUDIT_CSV_COLUMNS)[number],
        string
      >,
    );
    const context = await auditRequestContext();
    await recordAudit(prisma, {
      actorId: actor.userId,
      action: "audit.export",
      entityType: "AuditEvent",
      entityId: "*",
      after: filter,
      ...context,
    });

    const encoder = new TextEncoder();
    const batches = allAuditEvents(prisma, actor, filter);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + header));
      },
      async pull(controller) {
        try {
          const next = await batches.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(auditCsvRows(next.value)));
        } catch (error) {
          console.error("[audit export]", error);
          controller.error(error);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="nhat-ky-he-thong-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);

function notFound(): Response {
  return new Response("Không tìm thấy.", { status: 404 });
}
