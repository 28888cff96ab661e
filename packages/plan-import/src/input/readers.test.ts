import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { sniff } from "./read-document";
import { readDocx } from "./read-docx";
import { readMarkdown } from "./read-markdown";
import { readText } from "./read-text";

const texts = (doc: { lines: { text: string }[] }) => doc.lines.map((l) => l.text);

describe("readText", () => {
  it("keeps one paragraph per line and joins a sentence cut by a page break", () => {
    const doc = readText(
      "a) Sở X chủ trì:\n\nTuyên truyền Chương trình\n\n\n\nhành động số 39-CTr/TU.\n\n- Tham mưu",
    );
    expect(texts(doc)).toEqual([
      "a) Sở X chủ trì:",
      "Tuyên truyền Chương trình hành động số 39-CTr/TU.",
      "- Tham mưu",
    ]);
    expect(doc.text).toBe(texts(doc).join("\n"));
    expect(doc.lines[1]).toMatchObject({ start: 17, end: 17 + 49 });
  });

  it("rebuilds paragraphs of PDF text: wrapped lines, indented starts, two columns, page furniture", () => {
    // Lines as a PDF extraction prints them: about 75 characters wide, paragraphs indented.
    const pdf = [
      "   ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "     TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc",
      "     Số:        /UBND-KT                Lào Cai, ngày     tháng    năm 2026",
      "      1. Sở Xây dựng",
      "      - Chủ trì, phối hợp với các cơ quan liên quan rà soát các bến bãi tập",
      "kết cát, sỏi trên địa bàn tỉnh, kịp thời xử lý các trường hợp vi phạm, đặc",
      "biệt là: (i) Khai thác khoáng sản1",
      "",
      "   1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 và các văn bản",
      "hướng dẫn thi hành.",
      "                                        2",
      "",
      "trái phép; (ii) Vận chuyển khoáng sản không rõ nguồn gốc. Xử lý nghiêm",
      "Các trường hợp cố tình vi phạm theo quy định của pháp luật hiện hành về",
      "khoáng sản.",
      "      - Tăng cường kiểm tra việc sử dụng khoáng sản làm vật liệu xây dựng",
      "trong các dự án đầu tư xây dựng trên địa bàn tỉnh.",
    ].join("\n");
    const doc = readText(pdf);
    expect(texts(doc)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TỈNH LÀO CAI",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: /UBND-KT",
      "Lào Cai, ngày tháng năm 2026",
      "1. Sở Xây dựng",
      "- Chủ trì, phối hợp với các cơ quan liên quan rà soát các bến bãi tập kết cát, sỏi trên địa bàn tỉnh, kịp thời xử lý các trường hợp vi phạm, đặc biệt là: (i) Khai thác khoáng sản trái phép; (ii) Vận chuyển khoáng sản không rõ nguồn gốc. Xử lý nghiêm Các trường hợp cố tình vi phạm theo quy định của pháp luật hiện hành về khoáng sản.",
      "- Tăng cường kiểm tra việc sử dụng khoáng sản làm vật liệu xây dựng trong các dự án đầu tư xây dựng trên địa bàn tỉnh.",
    ]);
    expect(doc.notes).toEqual([
      "1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 và các văn bản hướng dẫn thi hành.",
    ]);
  });
});

describe("readMarkdown", () => {
  it("strips headings and emphasis, remembers bold, and breaks lines at hard breaks", () => {
    const doc = readMarkdown(
      "**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**\n\n### **KẾ HOẠCH**\n\n**Tiêu đề**\n\nĐoạn *nghiêng* thường\nnối dòng.\n\n#### **I. MỤC ĐÍCH**\n",
    );
    expect(doc.lines.map((l) => [l.text, l.bold, l.heading])).toEqual([
      ["ỦY BAN NHÂN DÂN", true, false],
      ["TỈNH KIÊN GIANG", true, false],
      ["KẾ HOẠCH", true, true],
      ["Tiêu đề", true, false],
      ["Đoạn nghiêng thường nối dòng.", false, false],
      ["I. MỤC ĐÍCH", true, true],
    ]);
  });

  it("reads pipe tables as tables", () => {
    const doc = readMarkdown("| STT | Nội dung |\n|---|---|\n| 1 | Việc A<br>dòng hai |\n");
    expect(doc.tables[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["STT", "Nội dung"],
      ["1", "Việc A\ndòng hai"],
    ]);
  });
});

describe("readDocx", () => {
  it("reads paragraphs and tables in order, with line breaks as lines and merged cells by grid column", async () => {
    const buffer = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Table({
                rows: [
                  new TableRow({
                    children: [
                      new TableCell({
                        children: [
                          new Paragraph({
                            children: [
                              new TextRun({ text: "THỦ TƯỚNG", bold: true }),
                              new TextRun({ text: "--------", break: 1 }),
                            ],
                          }),
                        ],
                      }),
                      new TableCell({ children: [new Paragraph("Hà Nội, ngày 02 tháng 03 năm 2012")] }),
                    ],
                  }),
                  new TableRow({
                    children: [new TableCell({ columnSpan: 2, children: [new Paragraph("gộp hai cột")] })],
                  }),
                ],
              }),
              new Paragraph({ children: [new TextRun("Tuyên truyền\tChương trình")] }),
              new Paragraph("hành động số 39."),
            ],
          },
        ],
      }),
    );
    const doc = await readDocx(buffer);
    expect(doc.lines.map((l) => [l.text, l.cell?.col ?? null, l.bold])).toEqual([
      ["THỦ TƯỚNG", 0, true],
      ["Hà Nội, ngày 02 tháng 03 năm 2012", 1, false],
      ["gộp hai cột", 0, false],
      ["Tuyên truyền Chương trình hành động số 39.", null, false],
    ]);
    expect(doc.tables[0]?.columns).toBe(2);
    expect(doc.tables[0]?.rows[1]?.[0]?.colSpan).toBe(2);
  });

  it("rebuilds Word's automatic numbering and says so", async () => {
    const buffer = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: "plan",
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
                { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.START },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: "Sở Xây dựng:", numbering: { reference: "plan", level: 0 } }),
              new Paragraph({ text: "Rà soát quy hoạch.", numbering: { reference: "plan", level: 1 } }),
              new Paragraph({ text: "Kiểm tra công trình.", numbering: { reference: "plan", level: 1 } }),
              new Paragraph({ text: "Sở Tài chính:", numbering: { reference: "plan", level: 0 } }),
            ],
          },
        ],
      }),
    );
    const doc = await readDocx(buffer);
    expect(texts(doc)).toEqual([
      "1. Sở Xây dựng:",
      "a) Rà soát quy hoạch.",
      "b) Kiểm tra công trình.",
      "2. Sở Tài chính:",
    ]);
    expect(doc.warnings[0]).toMatch(/đánh số tự động của Word/);
  });
});

describe("sniff", () => {
  it("tells formats by content", () => {
    const b = (...x: number[]) => Uint8Array.from(x);
    expect(sniff(new TextEncoder().encode("%PDF-1.4"))).toBe("pdf");
    expect(sniff(b(0x50, 0x4b, 0x03, 0x04))).toBe("zip");
    expect(sniff(b(0xd0, 0xcf, 0x11, 0xe0))).toBe("ole");
    expect(sniff(b(0xff, 0xd8, 0xff, 0xe0))).toBe("image");
    expect(sniff(new TextEncoder().encode("Kế hoạch"))).toBe("text");
  });
});
