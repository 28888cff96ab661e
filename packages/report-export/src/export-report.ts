import { createHash } from "node:crypto";
import type { ReportModel } from "@plan-tracker/core";
import { renderReportDocx } from "./docx/render-docx";
import { reportFileName } from "./format";
import { type PdfOptions, renderReportPdf } from "./pdf/render-pdf";
import { renderReportXlsx } from "./xlsx/render-xlsx";

export const MIME_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

export type ExportFormat = keyof typeof MIME_TYPES;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  buffer: Buffer;
  /** Hex SHA-256 of the bytes, to record with a finalized report and compare later. */
  sha256: string;
}

export function exportedFile(model: ReportModel, format: ExportFormat, buffer: Buffer): ExportedFile {
  return {
    fileName: reportFileName(model.plan.number, model.period, format),
    mimeType: MIME_TYPES[format],
    buffer,
    sha256: createHash("sha256").update(buffer).digest("hex"),
  };
}

/** The three files of a report: the editable DOCX, the XLSX annex and the PDF. */
export async function exportReport(
  model: ReportModel,
  options: PdfOptions = {},
): Promise<Record<ExportFormat, ExportedFile>> {
  // DOCX and XLSX are CPU work in this process; the PDF waits on Chromium, so it runs alongside them.
  const [docx, xlsx, pdf] = await Promise.all([
    renderReportDocx(model),
    renderReportXlsx(model),
    renderReportPdf(model, options),
  ]);
  return {
    docx: exportedFile(model, "docx", docx),
    xlsx: exportedFile(model, "xlsx", xlsx),
    pdf: exportedFile(model, "pdf", pdf),
  };
}
