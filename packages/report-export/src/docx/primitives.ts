import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { FIRST_LINE_INDENT_MM, FONT, mmToTwips, PARAGRAPH_SPACING_PT, SIZE } from "../format";

/** Half-points, the unit of w:sz. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Twips from points (spacing). */
export const ptTwips = (pt: number): number => Math.round(pt * 20);

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A run in the document's font (set once in the document defaults, so each run stays small: a 1,000-task
 * report has tens of thousands), with its size only where it differs from the paragraph's style.
 */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    size: style.size === undefined ? undefined : halfPoints(style.size),
    bold: style.bold,
    italics: style.italic,
  });
}

/** Style ids of the document's own paragraph styles (editable in Word's style gallery). */
export const STYLE = { body: "BaoCaoNoiDung", cell: "BaoCaoO", cellCentre: "BaoCaoOGiua" } as const;

/**
 * The paragraph styles: body text justified, first line indented 1 cm, 6 pt after, line spacing a little
 * over single (Appendix I: at least single, at most 1.5 lines); table cells without spacing.
 */
export const PARAGRAPH_STYLES = [
  {
    id: STYLE.body,
    name: "Nội dung báo cáo",
    basedOn: "Normal",
    quickFormat: true,
    run: { font: FONT, size: halfPoints(SIZE.body) },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mmToTwips(FIRST_LINE_INDENT_MM) },
      spacing: { before: 0, after: ptTwips(PARAGRAPH_SPACING_PT), line: 276, lineRule: LineRuleType.AUTO },
    },
  },
  {
    id: STYLE.cell,
    name: "Ô bảng báo cáo",
    basedOn: "Normal",
    // Tables (the overview by section, the annex) print at 11 pt.
    run: { font: FONT, size: halfPoints(SIZE.table) },
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 } },
  },
  {
    id: STYLE.cellCentre,
    name: "Ô bảng báo cáo (giữa)",
    basedOn: STYLE.cell,
    paragraph: { alignment: AlignmentType.CENTER },
  },
];

/** A centred line, or lines broken within one paragraph (titles, header block, signature). */
export function centred(
  text: string | string[],
  style: RunStyle,
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  const lines = (Array.isArray(text) ? text : [text]).filter((line) => line !== "");
  return new Paragraph({
    children: lines.map(
      (line, index) =>
        new TextRun({
          text: line,
          size: halfPoints(style.size ?? SIZE.body),
          bold: style.bold,
          italics: style.italic,
          break: index > 0 ? 1 : undefined,
        }),
    ),
    alignment: AlignmentType.CENTER,
    spacing: { before: ptTwips(spacing.before ?? 0), after: ptTwips(spacing.after ?? 0) },
  });
}

/**
 * A short solid rule, centred in a column of `columnMm`, `lengthMm` long: an empty paragraph of exact 3 pt
 * height with a bottom border, indented from both sides. Real paragraph formatting, so Word and LibreOffice
 * keep it where it belongs when the text above is edited (a drawn line would float).
 */
export function rule(lengthMm: number, columnMm: number, after = 0): Paragraph {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    children: [],
    indent: { left: mmToTwips(side), right: mmToTwips(side) },
    spacing: { before: 0, after: ptTwips(after), line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

/** A table without borders laying out blocks side by side (header block, recipients and signature). */
export function layoutTable(columnsMm: number[], rows: Paragraph[][][]): Table {
  const widths = columnsMm.map(mmToTwips);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          // The signature never leaves its recipients' list behind on another page.
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                children: children.length > 0 ? children : [new Paragraph({})],
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                borders: TableBorders.NONE,
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
              }),
          ),
        }),
    ),
  });
}

/** A row short enough to move to the next page whole rather than break across two. */
export const keepRowWhole = (cells: readonly string[]): boolean => cells.every((c) => c.length < 400);

const GRID_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A bordered data table; `widthsMm` per column; the header row repeats on each page. */
export function gridTable(options: {
  widthsMm: number[];
  header: string[];
  rows: { cells: string[]; bold?: boolean; cantSplit?: boolean }[];
  align?: ("center" | "left")[];
}): Table {
  const widths = options.widthsMm.map(mmToTwips);
  // No per-cell width or run size: the grid and the cell style carry them, which keeps a 1,000-row annex
  // small enough to write in well under a second.
  const cell = (text: string, index: number, style: RunStyle, header: boolean) =>
    new TableCell({
      verticalAlign: header ? VerticalAlign.CENTER : undefined,
      children: (text === "" ? [""] : text.split("\n")).map(
        (line) =>
          new Paragraph({
            children: line === "" ? [] : [textRun(line, style)],
            style: header || options.align?.[index] === "center" ? STYLE.cellCentre : STYLE.cell,
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    borders: {
      top: GRID_BORDER,
      bottom: GRID_BORDER,
      left: GRID_BORDER,
      right: GRID_BORDER,
      insideHorizontal: GRID_BORDER,
      insideVertical: GRID_BORDER,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: options.header.map((text, index) => cell(text, index, { bold: true }, true)),
      }),
      ...options.rows.map(
        (row) =>
          new TableRow({
            cantSplit: (row.cantSplit ?? keepRowWhole(row.cells)) || undefined,
            children: row.cells.map((text, index) => cell(text, index, { bold: row.bold }, false)),
          }),
      ),
    ],
  });
}
