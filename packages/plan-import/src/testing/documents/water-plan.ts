/**
 * WRITTEN FOR THE TESTS (not a real plan): Kế hoạch 25/KH-UBND "bảo vệ tài nguyên nước năm 2024", a DOCX
 * with 1./1.1./1.1.1. numbering whose tasks are partly numbered paragraphs and partly a table
 * (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm) inside 2.2.
 * Used by the browser test of the import screen (apps/web/e2e/plan-import.spec.ts) and by
 * ./water-plan.test.ts. The "revised" variant is its amendment (điều chỉnh, bổ sung): 2.1.2 dropped, the
 * deadline of 2.2.2 moved, a fourth table row added.
 */

import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const p = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, bold: options.bold, font: "Times New Roman", size: 26 })],
  });

const cell = (text: string) =>
  new TableCell({ children: [p(text)], width: { size: 16, type: WidthType.PERCENTAGE } });

export const WATER_PLAN_SYMBOL = "25/KH-UBND";

/** The table rows: STT, content, lead, coordinators, time, product. */
export const WATER_PLAN_TABLE: [string, string, string, string, string, string][] = [
  [
    "1",
    "Lập, phê duyệt danh mục nguồn nước nội tỉnh và danh mục hồ, ao không được san lấp",
    "Sở Tài nguyên và Môi trường",
    "Sở NN&PTNT; UBND các huyện, thành phố",
    "Quý II/2024",
    "Quyết định phê duyệt",
  ],
  [
    "2",
    "Xây dựng phương án cấp nước sinh hoạt ứng phó hạn hán, xâm nhập mặn mùa khô",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Xây dựng; Sở Tài chính",
    "trước ngày 30/6/2024",
    "Phương án được phê duyệt",
  ],
  [
    "3",
    "Rà soát, đề xuất nâng cấp các công trình cấp nước tập trung nông thôn xuống cấp",
    "Sở Xây dựng",
    "Sở Tài chính",
    "Quý III/2024",
    "Báo cáo rà soát",
  ],
];

/** The row the revised variant adds. */
export const WATER_PLAN_ADDED_ROW: (typeof WATER_PLAN_TABLE)[number] = [
  "4",
  "Kiểm kê tài nguyên nước mặt trên các sông, kênh chính của tỉnh",
  "Sở Tài nguyên và Môi trường",
  "UBND các huyện, thành phố",
  "Quý IV/2024",
  "Báo cáo kiểm kê",
];

export async function waterPlanDocx(variant: "original" | "revised" = "original"): Promise<Buffer> {
  const revised = variant === "revised";
  const rows = revised
    ? [
        ...WATER_PLAN_TABLE.map((row) =>
          row[0] === "2" ? ([...row.slice(0, 4), "trước ngày 31/7/2024", row[5]] as typeof row) : row,
        ),
        WATER_PLAN_ADDED_ROW,
      ]
    : WATER_PLAN_TABLE;
  const header = new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: [
              p("ỦY BAN NHÂN DÂN", { center: true }),
              p("TỈNH KIÊN GIANG", { bold: true, center: true }),
            ],
          }),
          new TableCell({
            children: [
              p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, center: true }),
              p("Độc lập - Tự do - Hạnh phúc", { bold: true, center: true }),
            ],
          }),
        ],
      }),
      new TableRow({
        children: [
          new TableCell({ children: [p(`Số: ${WATER_PLAN_SYMBOL}`, { center: true })] }),
          new TableCell({ children: [p("Kiên Giang, ngày 15 tháng 02 năm 2024", { center: true })] }),
        ],
      }),
    ],
  });
  const table = new Table({
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          "STT",
          "Nội dung nhiệm vụ",
          "Cơ quan chủ trì",
          "Cơ quan phối hợp",
          "Thời gian hoàn thành",
          "Sản phẩm",
        ].map(cell),
      }),
      ...rows.map((row) => new TableRow({ children: row.map(cell) })),
    ],
  });
  const body = [
    p("KẾ HOẠCH", { bold: true, center: true }),
    p("Bảo vệ tài nguyên nước trên địa bàn tỉnh năm 2024", { bold: true, center: true }),
    p(
      "Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023; Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo vệ tài nguyên nước năm 2024 như sau:",
    ),
    p("1. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
    p("1.1. Bảo đảm nguồn nước cho sinh hoạt và sản xuất trong mùa khô."),
    p("1.2. Phân công rõ trách nhiệm của các cơ quan, đơn vị."),
    p("2. NHIỆM VỤ", { bold: true }),
    p("2.1. Nhiệm vụ thường xuyên", { bold: true }),
    p(
      "2.1.1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra việc khai thác, sử dụng nước dưới đất của các tổ chức, cá nhân; thực hiện thường xuyên.",
    ),
    ...(revised
      ? []
      : [
          p(
            "2.1.2. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành, địa phương tuyên truyền sử dụng nước tiết kiệm, hiệu quả hàng năm.",
          ),
        ]),
    p("2.2. Nhiệm vụ cụ thể năm 2024", { bold: true }),
    table,
    p("3. TỔ CHỨC THỰC HIỆN", { bold: true }),
    p(
      "3.1. Sở Tài nguyên và Môi trường là cơ quan đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12 hàng năm.",
    ),
    p("Trên đây là Kế hoạch bảo vệ tài nguyên nước trên địa bàn tỉnh năm 2024./."),
  ];
  const signature = new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: [p("Nơi nhận:", { bold: true }), p("- Như trên;"), p("- Lưu: VT.")] }),
          new TableCell({
            children: [
              p("TM. ỦY BAN NHÂN DÂN", { bold: true, center: true }),
              p("KT. CHỦ TỊCH", { bold: true, center: true }),
              p("PHÓ CHỦ TỊCH", { bold: true, center: true }),
              p("Nguyễn Văn A", { bold: true, center: true }),
            ],
          }),
        ],
      }),
    ],
  });
  return Packer.toBuffer(new Document({ sections: [{ children: [header, ...body, signature] }] }));
}
