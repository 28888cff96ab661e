// The consolidated report model to files: DOCX (Decree 30/2020/NĐ-CP), XLSX annex, HTML preview and PDF.
export { renderReportDocx } from "./docx/render-docx";
export {
  type ExportedFile,
  type ExportFormat,
  exportedFile,
  exportReport,
  MIME_TYPES,
} from "./export-report";
export { asciiSlug, numberLine, placeDateLine, reportFileName } from "./format";
export { escapeHtml } from "./html/escape";
export { renderReportFragment, renderReportHtml } from "./html/render-html";
export { REPORT_CSS } from "./html/style";
export { closePdfBrowsers, type PdfOptions, printHtmlToPdf, renderReportPdf } from "./pdf/render-pdf";
export { renderReportXlsx } from "./xlsx/render-xlsx";
