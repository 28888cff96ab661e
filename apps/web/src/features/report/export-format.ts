/** The formats the report's export route answers (the path's last segment). */
export const EXPORT_FORMATS = ["html", "docx", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The format a request asks for, or null. A list, not `format in RENDERERS`: `in` also finds the names an
 * object inherits ("toString", "constructor", "__proto__"), which then reached the renderer lookup.
 */
export function exportFormatOf(value: string): ExportFormat | null {
  return (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : null;
}
