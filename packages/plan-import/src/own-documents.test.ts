/**
 * Shapes the real documents lack, in documents WRITTEN FOR THESE TESTS (not real plans): 1./1.1./1.1.1.
 * numbering with "+" bullets and deadlines, a Markdown action programme whose tasks sit in a table inside
 * section II, and a decision (Quyết định) that issues a plan in its appendix.
 */

import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { importPlanText } from "./index";
import { type ParsedPlan, parsedPlanSchema } from "./schema";
import { spanProblems } from "./test-fixtures";

function parse(text: string, format: "text" | "markdown" = "text"): ParsedPlan {
  const result = importPlanText(text, { directory: organizations, format });
  if (!result.ok) throw new Error(result.error.message);
  const plan = parsedPlanSchema.parse(result.value);
  expect(spanProblems(plan)).toEqual([]);
  return plan;
}

const task = (plan: ParsedPlan, code: string) => {
  const found = plan.tasks.find((t) => t.code === code);
  if (!found) throw new Error(`no task ${code} in ${plan.tasks.map((t) => t.code).join(", ")}`);
  return found;
};

// Written for the tests: decimal multi-level numbering, "+" bullets, "Quý I/2021", "trước ngày 15/12 hàng năm".
const MULTI_LEVEL = `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Kiên Giang, ngày 05 tháng 3 năm 2021

KẾ HOẠCH
Triển khai công tác quản lý chất thải rắn sinh hoạt năm 2021

Căn cứ Quyết định số 491/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ phê duyệt điều chỉnh Chiến lược quốc gia về quản lý tổng hợp chất thải rắn;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. MỤC ĐÍCH, YÊU CẦU
1.1. Nâng cao hiệu quả thu gom, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh.
1.2. Xác định rõ trách nhiệm của các cơ quan, đơn vị.
2. NHIỆM VỤ CỤ THỂ
2.1. Công tác quản lý nhà nước
2.1.1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng và UBND các huyện, thành phố rà soát quy hoạch các khu xử lý chất thải rắn, báo cáo Ủy ban nhân dân tỉnh trong Quý I/2021.
2.1.2. Sở Tài chính chủ trì tham mưu bố trí kinh phí thu gom, vận chuyển chất thải rắn sinh hoạt; hoàn thành trước ngày 30/6/2021.
2.2. Công tác tuyên truyền
2.2.1. Sở TT&TT:
+ Chỉ đạo các cơ quan báo chí đưa tin về phân loại rác tại nguồn;
+ Phối hợp với Sở TN&MT xây dựng tài liệu tuyên truyền, thường xuyên cập nhật trên cổng thông tin điện tử.
2.2.2. UBND các huyện, thành phố phối hợp với các sở, ngành tổ chức ra quân làm sạch môi trường hàng năm.
3. TỔ CHỨC THỰC HIỆN
3.1. Sở Tài nguyên và Môi trường là cơ quan đầu mối theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh trước ngày 15/12 hàng năm.
3.2. Các sở, ngành, địa phương gửi báo cáo kết quả về Sở Tài nguyên và Môi trường trước ngày 30/11 hàng năm.

Trên đây là Kế hoạch triển khai công tác quản lý chất thải rắn sinh hoạt năm 2021./.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
`;

describe("a plan numbered 1./1.1./1.1.1. with + bullets (written for the tests)", () => {
  const plan = parse(MULTI_LEVEL);

  it("reads the header and the basis document", () => {
    expect(plan).toMatchObject({ number: "45/KH-UBND", issuedAt: "2021-03-05", documentType: "KE_HOACH" });
    expect(plan.issuer?.code).toBe("UBND-KG");
    expect(plan.title).toBe("Triển khai công tác quản lý chất thải rắn sinh hoạt năm 2021");
    expect(plan.basisDocuments[0]).toMatchObject({
      symbol: "491/QĐ-TTg",
      issuedOn: "2018-05-07",
      issuerName: "Thủ tướng Chính phủ",
    });
    expect(plan.signer).toEqual({ name: "Trần Văn Bình", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" });
  });

  it("nests 1.1.1. under 1.1. under 1. and keeps aims out of the tasks", () => {
    expect(plan.sections.map((s) => [s.code, s.parentCode])).toEqual([
      ["1", null],
      ["2", null],
      ["2.1", "2"],
      ["2.2", "2"],
      ["3", null],
    ]);
    expect(plan.sections[0]?.body).toContain("1.1. Nâng cao hiệu quả");
    expect(plan.tasks.map((t) => t.code)).toEqual(["2.1.1", "2.1.2", "2.2.1", "2.2.2", "3.1", "3.2"]);
  });

  it("reads explicit leads, named and generic coordinators, and a quarter deadline", () => {
    const t = task(plan, "2.1.1");
    expect(t.lead).toMatchObject({ org: { code: "STNMT" }, implied: false, rule: "EXPLICIT", confidence: 1 });
    expect(t.coordinators.map((c) => c.code)).toEqual(["SXD"]);
    expect(t.genericCoordinators).toMatchObject([
      { phrase: "UBND các huyện, thành phố", scope: "DISTRICTS" },
    ]);
    expect(t.deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2021-03-31", text: "trong Quý I/2021" });
    expect(task(plan, "2.1.2").deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2021-06-30" });
  });

  it("matches abbreviated names and numbers the + bullets as items", () => {
    const t = task(plan, "2.2.1");
    expect(t.heading).toBe("Sở TT&TT:");
    expect(t.lead).toMatchObject({
      org: { code: "STTTT", name: "Sở TT&TT" },
      implied: true,
      rule: "HEADING_UNIT",
    });
    expect(t.coordinators).toMatchObject([{ code: "STNMT", name: "Sở TN&MT" }]);
    expect(t.items.map((i) => [i.code, i.marker])).toEqual([
      ["2.2.1.1", "+"],
      ["2.2.1.2", "+"],
    ]);
    expect(t.kind).toBe("CONTINUOUS");
    expect(t.timeTexts).toEqual(["thường xuyên"]);
  });

  it("takes a generic group as lead and a yearly deadline as recurring", () => {
    const t = task(plan, "2.2.2");
    expect(t.lead).toMatchObject({
      org: null,
      generic: { phrase: "UBND các huyện, thành phố", scope: "DISTRICTS" },
      implied: true,
    });
    expect(t.kind).toBe("RECURRING");
    expect(task(plan, "3.1").deadline).toMatchObject({
      kind: "RECURRING",
      dueDay: 15,
      dueMonth: 12,
      frequency: "ANNUAL",
    });
  });

  it("reads the reporting rule from the focal agency's task", () => {
    expect(plan.reportingRule).toMatchObject({
      focal: { code: "STNMT" },
      dueDay: 15,
      dueMonth: 12,
      frequency: "ANNUAL",
    });
  });
});

// Written for the tests: an action programme in Markdown whose tasks are a table inside section II.
const TABLE_IN_BODY = `**ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG**

Số: 12/CTr-UBND

*Kiên Giang, ngày 10 tháng 01 năm 2022*

### **CHƯƠNG TRÌNH HÀNH ĐỘNG**

**Thực hiện Nghị quyết số 05-NQ/TU ngày 20/12/2021 của Tỉnh ủy Kiên Giang về giảm thiểu rác thải nhựa**

#### **I. MỤC TIÊU**

Giảm 10% lượng rác thải nhựa phát sinh so với năm 2021.

#### **II. NHIỆM VỤ**

Các nhiệm vụ cụ thể tại bảng sau:

| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Xây dựng đề án giảm rác thải nhựa | Sở TNMT | Sở KH&ĐT; UBND các huyện, thành phố | Quý II/2022 | Đề án được phê duyệt |
| 2 | Kiểm tra cơ sở sản xuất túi ni lông | Sở Công thương | Sở TN&MT | Hàng năm | Báo cáo kiểm tra |

#### **III. TỔ CHỨC THỰC HIỆN**

Sở Tài nguyên và Môi trường theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 20/12 hàng năm.
`;

describe("an action programme with a task table inside section II (written for the tests)", () => {
  const plan = parse(TABLE_IN_BODY, "markdown");

  it("reads the type from the heading and the title from the bold line", () => {
    expect(plan.documentType).toBe("CHUONG_TRINH_HANH_DONG");
    expect(plan.number).toBe("12/CTr-UBND");
    expect(plan.issuedAt).toBe("2022-01-10");
    expect(plan.title).toBe(
      "Thực hiện Nghị quyết số 05-NQ/TU ngày 20/12/2021 của Tỉnh ủy Kiên Giang về giảm thiểu rác thải nhựa",
    );
  });

  it("numbers table rows under the section holding the table, with columns as lead, coordinators, time", () => {
    expect(plan.tasks.map((t) => t.code)).toEqual(["III", "II.1", "II.2"]);
    const first = task(plan, "II.1");
    expect(first).toMatchObject({
      source: "table",
      sectionCode: "II",
      content: "Xây dựng đề án giảm rác thải nhựa",
    });
    expect(first.lead).toMatchObject({
      org: { code: "STNMT", name: "Sở TNMT" },
      rule: "EXPLICIT",
      implied: false,
    });
    expect(first.coordinators.map((c) => c.code)).toEqual(["SKHDT"]);
    expect(first.genericCoordinators).toMatchObject([
      { phrase: "UBND các huyện, thành phố", scope: "DISTRICTS" },
    ]);
    expect(first.deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2022-06-30", text: "Quý II/2022" });
    expect(first.extra).toEqual({ "Sản phẩm": "Đề án được phê duyệt" });
    expect(task(plan, "II.2").lead?.org?.code).toBe("SCT");
    expect(task(plan, "II.2").kind).toBe("RECURRING");
  });

  it("takes the unit a whole section's sentence starts with as an implied lead", () => {
    expect(task(plan, "III").lead).toMatchObject({ org: { code: "STNMT" }, implied: true, rule: "SUBJECT" });
    expect(plan.reportingRule).toMatchObject({ focal: { code: "STNMT" }, dueDay: 20, dueMonth: 12 });
  });
});

describe("reporting cycles named together", () => {
  it.each([
    [
      "Định kỳ 6 tháng và năm, Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
      ["SEMIANNUAL", "ANNUAL"],
    ],
    [
      "Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý, năm.",
      ["QUARTERLY", "ANNUAL"],
    ],
    [
      "Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng.",
      ["MONTHLY"],
    ],
    [
      "Định kỳ trước ngày 05 tháng 12 hằng năm, Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
      ["ANNUAL"],
    ],
  ])("%s → %o", (sentence, cycles) => {
    const plan = parse(`ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 9/KH-UBND
Kiên Giang, ngày 02 tháng 01 năm 2026
KẾ HOẠCH
Kiểm thử chu kỳ báo cáo
I. NHIỆM VỤ
1. Sở Tài nguyên và Môi trường chủ trì rà soát các điểm ô nhiễm, hoàn thành trong năm 2026.
II. TỔ CHỨC THỰC HIỆN
${sentence}
`);
    expect(plan.reportingRule?.frequencies).toEqual(cycles);
  });

  it("reads the day of a monthly report, with no month of its own", () => {
    const plan = parse(`ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 9/KH-UBND
Kiên Giang, ngày 02 tháng 01 năm 2026
KẾ HOẠCH
Kiểm thử chu kỳ báo cáo
I. NHIỆM VỤ
1. Sở Tài nguyên và Môi trường chủ trì rà soát các điểm ô nhiễm, hoàn thành trong năm 2026.
II. TỔ CHỨC THỰC HIỆN
Sở Tài nguyên và Môi trường tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng.
`);
    expect(plan.reportingRule).toMatchObject({ dueDay: 20, dueMonth: null, frequencies: ["MONTHLY"] });
  });
});

// Written for the tests: a decision issuing a plan, the plan itself after the decision's signature.
const DECISION = `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 2345/QĐ-UBND
Kiên Giang, ngày 15 tháng 10 năm 2021
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện phong trào chống rác thải nhựa
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện phong trào chống rác thải nhựa.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình
KẾ HOẠCH
Thực hiện phong trào chống rác thải nhựa
(Ban hành kèm theo Quyết định số 2345/QĐ-UBND ngày 15/10/2021 của UBND tỉnh Kiên Giang)
I. NHIỆM VỤ
1. Sở Tài nguyên và Môi trường chủ trì tổ chức phát động phong trào, hoàn thành trong Quý IV/2021.
2. Sở Giáo dục và Đào tạo phối hợp với UBND các huyện, thành phố tuyên truyền trong trường học.
II. TỔ CHỨC THỰC HIỆN
Sở Tài nguyên và Môi trường tổng hợp, báo cáo UBND tỉnh trước ngày 10/12 hàng năm.
`;

describe("a decision issuing a plan in its appendix (written for the tests)", () => {
  const plan = parse(DECISION);

  it("keeps the decision's number and date and reads the plan from the appendix", () => {
    expect(plan).toMatchObject({
      documentType: "QUYET_DINH",
      number: "2345/QĐ-UBND",
      issuedAt: "2021-10-15",
    });
    expect(plan.title).toBe("Thực hiện phong trào chống rác thải nhựa");
    expect(plan.tasks.map((t) => t.code)).toEqual(["I.1", "I.2", "II"]);
    expect(plan.signer.name).toBe("Lê Văn Bình");
  });

  it("proposes an agency the directory lacks instead of forcing a match", () => {
    const t = task(plan, "I.2");
    expect(t.lead).toMatchObject({
      org: { code: null, name: "Sở Giáo dục và Đào tạo" },
      rule: "FIRST_WITH_COORDINATION",
      implied: true,
    });
    expect(plan.proposedOrganizations).toEqual([{ name: "Sở Giáo dục và Đào tạo", kind: "DEPARTMENT" }]);
    expect(task(plan, "I.1").deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2021-12-31" });
  });
});
