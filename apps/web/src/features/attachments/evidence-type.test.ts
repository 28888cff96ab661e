import { describe, expect, it } from "vitest";
import { detectEvidenceType, safeFileName } from "./evidence-type";

const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);
const exe = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  0,
  0,
  ...new Array(64).fill(0),
]);

describe("detectEvidenceType", () => {
  it("accepts a PDF and a PNG by their content", async () => {
    expect(await detectEvidenceType(pdf)).toBe("application/pdf");
    expect(await detectEvidenceType(png)).toBe("image/png");
  });
  it("refuses an executable, plain text and an empty file whatever their names", async () => {
    expect(await detectEvidenceType(exe)).toBeNull();
    expect(await detectEvidenceType(new TextEncoder().encode("just text, not a document"))).toBeNull();
    expect(await detectEvidenceType(new Uint8Array())).toBeNull();
  });
});

describe("safeFileName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\a\\Báo cáo.pdf", "Báo cáo.pdf"],
    ["bao\u0000cao\u001f.pdf", "baocao.pdf"],
    ["", "tep-dinh-kem"],
    ["   ", "tep-dinh-kem"],
  ])("%j → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
  it("keeps Vietnamese names in composed form and bounds their length", () => {
    expect(safeFileName("Ba\u0301o ca\u0301o.docx")).toBe("Báo cáo.docx");
    expect(safeFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
  });
});
