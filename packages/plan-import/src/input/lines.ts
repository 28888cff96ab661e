/**
 * The common shape every reader produces: the document as normalised paragraphs ("lines"), in document
 * order, tables included (each cell paragraph is a line that remembers its table, row and column), joined
 * into one text so that every later span is an offset into the same string.
 */

import { isDecoration, normaliseInline } from "../text-utils";

export type SourceFormat = "docx" | "text" | "markdown";

export interface CellRef {
  table: number;
  row: number;
  /** Grid column (merged cells counted by their span). */
  col: number;
}

export interface DocLine {
  index: number;
  text: string;
  /** Offsets of `text` in DocumentLines.text. */
  start: number;
  end: number;
  /** Every letter of the paragraph is bold (titles, headings in DOCX and Markdown). */
  bold: boolean;
  /** A Markdown heading ("#### ..."). */
  heading: boolean;
  cell?: CellRef;
}

export interface DocCell {
  col: number;
  colSpan: number;
  /** Cell paragraphs joined with "\n". */
  text: string;
  lines: number[];
}

export interface DocTable {
  index: number;
  /** Number of grid columns. */
  columns: number;
  rows: DocCell[][];
}

export interface DocumentLines {
  format: SourceFormat;
  /** The normalised text: lines joined with "\n". Spans in the parse refer to it. */
  text: string;
  lines: DocLine[];
  tables: DocTable[];
  /** Footnotes taken out of the running text (PDF extractions print them mid-sentence). */
  notes: string[];
  /** Vietnamese notes on what reading had to guess. */
  warnings: string[];
}

export interface RawParagraph {
  text: string;
  bold?: boolean;
  heading?: boolean;
  cell?: CellRef & { colSpan?: number };
}

/** Builds DocumentLines from paragraphs already split and joined by a reader. */
export function buildDocumentLines(
  format: SourceFormat,
  paragraphs: RawParagraph[],
  extra: { notes?: string[]; warnings?: string[] } = {},
): DocumentLines {
  const lines: DocLine[] = [];
  const tables: DocTable[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const text = normaliseInline(paragraph.text);
    if (text === "" || isDecoration(text)) continue;
    const line: DocLine = {
      index: lines.length,
      text,
      start: offset,
      end: offset + text.length,
      bold: paragraph.bold ?? false,
      heading: paragraph.heading ?? false,
    };
    if (paragraph.cell) {
      const { table, row, col } = paragraph.cell;
      line.cell = { table, row, col };
      addToTable(tables, paragraph.cell, line);
    }
    lines.push(line);
    offset = line.end + 1;
  }
  return {
    format,
    text: lines.map((l) => l.text).join("\n"),
    lines,
    tables: tables
      .filter((t) => t !== undefined)
      .map((t) => ({ ...t, rows: Array.from(t.rows, (r) => (r ?? []).sort((a, b) => a.col - b.col)) })),
    notes: extra.notes ?? [],
    warnings: extra.warnings ?? [],
  };
}

function addToTable(tables: DocTable[], ref: CellRef & { colSpan?: number }, line: DocLine): void {
  let table = tables[ref.table];
  if (!table) {
    table = { index: ref.table, columns: 0, rows: [] };
    tables[ref.table] = table;
  }
  const row = table.rows[ref.row] ?? [];
  table.rows[ref.row] = row;
  let cell = row.find((c) => c.col === ref.col);
  if (!cell) {
    cell = { col: ref.col, colSpan: ref.colSpan ?? 1, text: "", lines: [] };
    row.push(cell);
  }
  cell.text = cell.text === "" ? line.text : `${cell.text}\n${line.text}`;
  cell.lines.push(line.index);
  table.columns = Math.max(table.columns, ref.col + (ref.colSpan ?? 1));
}

/** Lines of multi-column tables are layout or data, never part of the running text of the plan. */
export function inMultiColumnTable(doc: DocumentLines, line: DocLine): boolean {
  if (!line.cell) return false;
  const table = doc.tables.find((t) => t.index === line.cell?.table);
  return (table?.columns ?? 1) > 1;
}
