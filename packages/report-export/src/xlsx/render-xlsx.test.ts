import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ANNEX_COLUMNS } from "../outline";
import { HOSTILE_TEXT, sampleModel } from "../testing/sample-model";
import { ANNEX_COLUMN_WIDTHS, ANNEX_HEADER_ROW, renderReportXlsx } from "./render-xlsx";

const model = sampleModel();
const workbook = new ExcelJS.Workbook();
// ExcelJS's load accepts a Buffer although its type names ArrayBuffer only (not a JSON column).
await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer);
const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;

describe("renderReportXlsx", () => {
  it("names the plan and the year above the header", () => {
    expect(sheet.getCell("A1").value).toBe("PHỤ LỤC");
    expect(sheet.getCell("A2").value).toBe(
      "Kết quả thực hiện các nhiệm vụ của Kế hoạch số 182/KH-UBND năm 2026",
    );
  });

  it("has the header row with the annex columns, frozen, and a filter over header and tasks", () => {
    const header = sheet.getRow(ANNEX_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual([...ANNEX_COLUMNS]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: ANNEX_HEADER_ROW });
    expect(sheet.autoFilter).toBe(`A${ANNEX_HEADER_ROW}:H${ANNEX_HEADER_ROW + model.annex.length}`);
  });

  it("sets column widths, Times New Roman and wrapped text", () => {
    expect(sheet.columns.map((c) => c.width)).toEqual([...ANNEX_COLUMN_WIDTHS]);
    const content = sheet.getCell(`C${ANNEX_HEADER_ROW + 1}`);
    expect(content.font?.name).toBe("Times New Roman");
    expect(content.alignment?.wrapText).toBe(true);
    expect(sheet.getCell(`A${ANNEX_HEADER_ROW}`).font?.bold).toBe(true);
  });

  it("has one row per task with the official category label and the percent as a number", () => {
    expect(sheet.rowCount).toBe(ANNEX_HEADER_ROW + model.annex.length);
    const first = sheet.getRow(ANNEX_HEADER_ROW + 1).values as unknown[];
    expect(first.slice(1)).toEqual([
      1,
      "II.1.a",
      model.annex[0]?.content,
      "Sở Thông tin và Truyền thông",
      "Sở Tài nguyên và Môi trường, Ủy ban nhân dân thành phố Rạch Giá",
      "Thực hiện thường xuyên",
      100,
      HOSTILE_TEXT,
    ]);
    const unreported = sheet.getRow(ANNEX_HEADER_ROW + 6);
    expect(unreported.getCell(2).value).toBe("II.4.b");
    expect(unreported.getCell(6).value).toBe("Quá hạn chưa hoàn thành");
    expect(unreported.getCell(7).value).toBeNull();
  });

  it("writes the same bytes for the same model", async () => {
    const again = await renderReportXlsx(model);
    expect(again.equals(await renderReportXlsx(model))).toBe(true);
  });
});
