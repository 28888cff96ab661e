/** Why a report action was refused, beyond its AppError code (keys under `report.errors`). */
export const REPORT_REFUSALS = [
  "staleVersion",
  "notDraft",
  "notFinal",
  "notCompiled",
  "unknownBlock",
  "pdfRendererMissing",
] as const;
export type ReportRefusal = (typeof REPORT_REFUSALS)[number];
