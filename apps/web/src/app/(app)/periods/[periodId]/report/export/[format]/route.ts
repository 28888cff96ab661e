import { isAppError } from "@plan-tracker/core";
import {
  exportedFile,
  renderReportDocx,
  renderReportHtml,
  renderReportPdf,
  renderReportXlsx,
} from "@plan-tracker/report-export";
import { getTranslations } from "next-intl/server";
import { authenticatedRoute } from "@/features/api/handler";
import { loadReportPage } from "@/features/report/data";
import { type ExportFormat, exportFormatOf } from "@/features/report/export-format";
import { prisma } from "@/server/db";

const RENDERERS = {
  docx: renderReportDocx,
  xlsx: renderReportXlsx,
  pdf: renderReportPdf,
} as const satisfies Record<Exclude<ExportFormat, "html">, unknown>;

/**
 * The report as it stands (draft or not) in one format, for whoever may read it. Finalized versions are
 * downloaded from /report-files/<id>, byte for byte as they were frozen.
 */
export const GET = authenticatedRoute<{ periodId: string; format: string }>(
  { auth: "session", answer: "text" },
  async ({ actor, params }) => {
    const format = exportFormatOf(params.format);
    if (!format) return new Response("Not found", { status: 404 });
    const { periodId } = params;
    const view = await loadReportPage(prisma, actor, periodId).catch((error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
      throw error;
    });
    if (!view?.model) return new Response("Not found", { status: 404 });
    if (format === "html") {
      return new Response(renderReportHtml(view.model), {
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
      });
    }
    const kind = format;
    const rendered = await RENDERERS[kind](view.model).catch(async (error: unknown) => {
      if (!isAppError(error) || error.details?.reason !== "pdfRendererMissing") throw error;
      const t = await getTranslations("report.errors");
      return new Response(t("pdfRendererMissing"), {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    });
    if (rendered instanceof Response) return rendered;
    const file = exportedFile(view.model, kind, rendered);
    return new Response(new Uint8Array(file.buffer), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.buffer.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
