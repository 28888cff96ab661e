import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exportReport } from "./export-report";
import { asciiSlug, reportFileName } from "./format";
import { sampleModel } from "./testing/sample-model";

describe("file names", () => {
  it("are ASCII without diacritics", () => {
    expect(reportFileName("182/KH-UBND", { year: 2026 }, "docx")).toBe("bao-cao-182-KH-UBND-nam-2026.docx");
    expect(reportFileName("182/KH-UBND", { year: 2026, label: "năm 2026" }, "pdf")).toBe(
      "bao-cao-182-KH-UBND-nam-2026.pdf",
    );
    expect(reportFileName("57/KH-UBND", { year: 2026, label: "quý IV/2026" }, "xlsx")).toBe(
      "bao-cao-57-KH-UBND-quy-IV-2026.xlsx",
    );
    expect(asciiSlug("Số 05/QĐ-UBND (Đắk Lắk)")).toBe("So-05-QD-UBND-Dak-Lak");
  });
});

describe("exportReport", () => {
  it("gives the three files with names, MIME types and the SHA-256 of their bytes", async () => {
    const files = await exportReport(sampleModel());
    expect(files.docx.fileName).toBe("bao-cao-182-KH-UBND-nam-2026.docx");
    expect(files.xlsx.fileName).toBe("bao-cao-182-KH-UBND-nam-2026.xlsx");
    expect(files.pdf.fileName).toBe("bao-cao-182-KH-UBND-nam-2026.pdf");
    expect(files.docx.mimeType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(files.xlsx.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(files.pdf.mimeType).toBe("application/pdf");
    for (const file of Object.values(files)) {
      expect(file.sha256).toBe(createHash("sha256").update(file.buffer).digest("hex"));
    }
    expect(files.docx.buffer.subarray(0, 2).toString()).toBe("PK");
    expect(files.xlsx.buffer.subarray(0, 2).toString()).toBe("PK");
    expect(files.pdf.buffer.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
