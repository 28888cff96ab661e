import { formatDate, vnDateTimeParts } from "@plan-tracker/core";
import { stringify } from "csv-stringify/sync";
import type { AuditRow } from "./data";

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark; without it Vietnamese is garbled. */
export const UTF8_BOM = "\uFEFF";

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one) gets
 * a leading apostrophe, so an audited value like "=HYPERLINK(…)" is shown, never executed (CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "05/12/2026 14:30:07": Vietnam time, to the second (an audit trail orders events that close). */
export function auditTime(at: Date): string {
  const { hour, minute, second } = vnDateTimeParts(at);
  return `${formatDate(at)} ${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export const AUDIT_CSV_COLUMNS = [
  "id",
  "at",
  "actor",
  "actorEmail",
  "organization",
  "action",
  "entityType",
  "entityId",
  "planId",
  "before",
  "after",
  "ip",
  "userAgent",
] as const;

function cells(row: AuditRow): string[] {
  return [
    row.id.toString(),
    auditTime(row.at),
    row.actorName ?? "",
    row.actorEmail ?? "",
    row.actorOrgName ?? "",
    row.action,
    row.entityType,
    row.entityId,
    row.planId ?? "",
    json(row.before),
    json(row.after),
    row.ip ?? "",
    row.userAgent ?? "",
  ];
}

/** RFC 4180 lines (CRLF, fields with a quote, comma or line break quoted, quotes doubled). */
export function csvLines(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralizeFormula)),
    { record_delimiter: "\r\n", quoted_match: /[",\r\n]/ },
  );
}

export function auditCsvHeader(labels: Record<(typeof AUDIT_CSV_COLUMNS)[number], string>): string {
  return csvLines([AUDIT_CSV_COLUMNS.map((column) => labels[column])]);
}

export function auditCsvRows(rows: AuditRow[]): string {
  return rows.length ? csvLines(rows.map(cells)) : "";
}
