import type { ReportModel } from "@plan-tracker/core";
import ExcelJS from "exceljs";
import { categoryLabel, FONT } from "../format";
import { ANNEX_COLUMNS, annexReference } from "../layout";
import { annexSubtitle } from "../outline";

/** Column widths in characters, in ANNEX_COLUMNS order: long texts wide, codes and numbers narrow. */
export const ANNEX_COLUMN_WIDTHS = [6, 12, 60, 26, 32, 24, 10, 60] as const;

/** Rows above the header: title, subtitle, reference. The header is the row after them. */
export const ANNEX_HEADER_ROW = 4;

const thin = { style: "thin", color: { argb: "FF000000" } } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const CELL_FONT = { name: FONT, size: 12 };
const CENTRED = { vertical: "top", horizontal: "center", wrapText: true } as const;
const LEFT = { vertical: "top", horizontal: "left", wrapText: true } as const;

/**
 * The annex as a workbook: one row per task under a frozen header with a filter, so the compiler can sort
 * and filter the tasks; the title rows above name the plan and the year.
 */
export async function renderReportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.header.agency;
  // A fixed date keeps the file the same for the same model (its SHA-256 is printed and compared).
  workbook.created = new Date(model.compiledAt);
  workbook.modified = workbook.created;

  const sheet = workbook.addWorksheet("Phụ lục", {
    views: [
      { state: "frozen", xSplit: 0, ySplit: ANNEX_HEADER_ROW, topLeftCell: `A${ANNEX_HEADER_ROW + 1}` },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${ANNEX_HEADER_ROW}:${ANNEX_HEADER_ROW}`,
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.39, footer: 0.39 },
    },
  });
  sheet.columns = ANNEX_COLUMN_WIDTHS.map((width) => ({ width }));
  const lastColumn = String.fromCharCode("A".charCodeAt(0) + ANNEX_COLUMNS.length - 1);

  const titles = [
    { text: "PHỤ LỤC", font: { name: FONT, size: 14, bold: true } },
    { text: annexSubtitle(model), font: { name: FONT, size: 14, bold: true } },
    { text: annexReference(model), font: { name: FONT, size: 13, italic: true } },
  ];
  titles.forEach((title, index) => {
    const row = index + 1;
    sheet.mergeCells(`A${row}:${lastColumn}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = title.text;
    cell.font = title.font;
    cell.alignment = { horizontal: "center", vertical: "middle" };
  });

  const header = sheet.getRow(ANNEX_HEADER_ROW);
  header.values = [...ANNEX_COLUMNS];
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } };
  });

  model.annex.forEach((task, index) => {
    const row = sheet.addRow([
      index + 1,
      task.code,
      task.content,
      task.lead,
      task.coordinators,
      categoryLabel(task.category),
      task.percent === null ? null : Math.round(task.percent),
      task.results,
    ]);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // Shared style objects: exceljs deduplicates styles per object, and a 1,000-row annex has 8,000 cells.
      cell.font = CELL_FONT;
      cell.border = BORDER;
      cell.alignment = column === 1 || column === 2 || column === 7 ? CENTRED : LEFT;
    });
  });

  sheet.autoFilter = {
    from: { row: ANNEX_HEADER_ROW, column: 1 },
    to: { row: ANNEX_HEADER_ROW + model.annex.length, column: ANNEX_COLUMNS.length },
  };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
