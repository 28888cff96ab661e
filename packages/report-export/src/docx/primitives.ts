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
import type { Run } from "../outline";

/** Half-points, the unit of w:sz. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Twips from points (spacing). */
export const ptTwips = (pt: number): number => Math.round(pt * 20);

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPoints(style.size ?? SIZE.body),
    bold: style.bold,
    italics: style.italic,
  });
}

export function runsOf(runs: Run[], size: number = SIZE.body): TextRun[] {
  return runs.map((r) => textRun(r.text, { size, bold: r.bold, italic: r.italic }));
}

/** Body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing a little over single. */
export function bodyParagraph(
  children: TextRun[],
  options: { keepNext?: boolean; keepLines?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(FIRST_LINE_INDENT_MM) },
    spacing: { before: 0, after: ptTwips(PARAGRAPH_SPACING_PT), line: 276, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext,
    keepLines: options.keepLines,
  });
}

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
          font: FONT,
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

const GRID_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** A bordered data table; `widthsMm` per column; the header row repeats on each page. */
export function gridTable(options: {
  widthsMm: number[];
  header: string[];
  rows: { cells: string[]; bold?: boolean }[];
  size: number;
  align?: ("center" | "left" | "justify")[];
}): Table {
  const widths = options.widthsMm.map(mmToTwips);
  const cell = (text: string, index: number, style: RunStyle, header: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 80, right: 80, top: 30, bottom: 30 },
      children: (text === "" ? [""] : text.split("\n")).map(
        (line) =>
          new Paragraph({
            children: line === "" ? [] : [textRun(line, style)],
            alignment:
              header || options.align?.[index] === "center"
                ? AlignmentType.CENTER
                : options.align?.[index] === "justify"
                  ? AlignmentType.JUSTIFIED
                  : AlignmentType.LEFT,
            spacing: { before: 0, after: 0 },
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
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
        children: options.header.map((text, index) =>
          cell(text, index, { size: options.size, bold: true }, true),
        ),
      }),
      ...options.rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.cells.every((c) => c.length < 400),
            children: row.cells.map((text, index) =>
              cell(text, index, { size: options.size, bold: row.bold }, false),
            ),
          }),
      ),
    ],
  });
}
