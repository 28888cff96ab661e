/**
 * Real documents of UBND tỉnh Lào Cai and the Prime Minister (fixtures/corpus/, with their origin). The
 * directory is still Kiên Giang's seed: agencies it has (Sở Công Thương, Sở Xây dựng, Sở Tài chính, Bộ Chỉ
 * huy Quân sự tỉnh, Thủ tướng Chính phủ, Bộ Tài nguyên và Môi trường, Bộ Xây dựng) match; the rest are
 * proposed as new organizations. Each expectation was checked against the document's text.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { importPlan } from "./index";
import { type ParsedPlan, parsedPlanSchema } from "./schema";
import { CORPUS_DIR, spanProblems } from "./test-fixtures";

async function parse(file: string): Promise<ParsedPlan> {
  const result = await importPlan(readFileSync(join(CORPUS_DIR, file)), {
    directory: organizations,
    fileName: file,
  });
  if (!result.ok) throw new Error(result.error.message);
  const plan = parsedPlanSchema.parse(result.value);
  expect(spanProblems(plan)).toEqual([]);
  return plan;
}

function task(plan: ParsedPlan, code: string) {
  const found = plan.tasks.find((t) => t.code === code);
  if (!found) throw new Error(`no task ${code} in ${plan.tasks.map((t) => t.code).join(", ")}`);
  return found;
}

const leadName = (plan: ParsedPlan, code: string) => {
  const lead = task(plan, code).lead;
  return lead?.org?.name ?? lead?.generic?.phrase ?? null;
};

describe("KH triển khai Chỉ thị 11-CT/TU (DOCX draft, tasks also in an appendix table)", async () => {
  const plan = await parse("KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx");

  it("reads a draft header: blank number and day, the masthead table, the three-line title", () => {
    expect(plan).toMatchObject({
      documentType: "KE_HOACH",
      number: null,
      symbol: "KH-UBND",
      issuedAt: null,
      issuedYear: 2026,
      place: "Lào Cai",
    });
    expect(plan.issuer).toMatchObject({
      code: null,
      name: "Ủy ban nhân dân tỉnh Lào Cai",
      proposed: { kind: "PROVINCIAL_PC" },
    });
    expect(plan.title).toBe(
      "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh Lào Cai",
    );
    expect(plan.basisDocuments).toMatchObject([
      { symbol: "11-CT/TU", issuedOn: "2026-01-04", issuerName: "Ban Thường vụ Tỉnh ủy" },
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["DRAFT_NUMBER", "DRAFT_DATE"]));
    expect(plan.signer).toEqual({
      name: "Nguyễn Thành Sinh",
      title: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    });
    expect(plan.recipients).toHaveLength(11);
  });

  it("builds the I./1./- tree; aims, funding and reporting are sections, not tasks", () => {
    expect(plan.sections.filter((s) => s.parentCode === null).map((s) => s.code)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
    ]);
    expect(plan.tasks.some((t) => t.code.startsWith("I.") || t.code === "III" || t.code === "V")).toBe(false);
    expect(plan.tasks.filter((t) => t.code.startsWith("II.")).map((t) => t.code)).toEqual([
      "II.1",
      "II.2",
      "II.3",
      "II.4",
      "II.5",
      "II.6",
      "II.7",
      "II.8",
    ]);
    // II lists work without naming who leads it: left for the review.
    expect(task(plan, "II.1").lead).toBeNull();
    expect(task(plan, "II.1").items).toHaveLength(3);
  });

  it("reads the agency headings of IV: 'Chủ trì, …' bullets make the lead explicit", () => {
    expect(plan.tasks.filter((t) => t.code.startsWith("IV.")).map((t) => t.heading)).toEqual([
      "Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:",
      "Sở Nông nghiệp và Môi trường",
      "Sở Công Thương",
      "Sở Xây dựng",
      "Sở Tài chính",
      "Sở Nội vụ",
      "Sở Khoa học và Công nghệ",
      "Thanh tra tỉnh",
      "Thuế tỉnh",
      "Công an tỉnh",
      "Bộ Chỉ huy Quân sự tỉnh",
      "Ủy ban nhân dân các xã, phường",
    ]);
    expect(task(plan, "IV.1").lead).toMatchObject({
      rule: "GENERIC",
      generic: { scope: "DEPARTMENTS_AND_DISTRICTS" },
    });
    expect(task(plan, "IV.3").lead).toMatchObject({
      org: { code: "SCT" },
      rule: "EXPLICIT_CONTEXT",
      implied: false,
    });
    expect(task(plan, "IV.11").lead).toMatchObject({
      org: { code: "BCHQS" },
      rule: "HEADING_UNIT",
      implied: true,
    });
    expect(task(plan, "IV.12").lead?.generic).toMatchObject({
      phrase: "Ủy ban nhân dân các xã, phường",
      scope: "DISTRICTS",
    });
    expect(task(plan, "IV.2").coordinators.map((c) => c.name)).toEqual([
      "Thuế tỉnh",
      "Sở Công Thương",
      "Sở Xây dựng",
    ]);
  });

  it("reads the fourteen rows of the appendix table with lead, coordinators and timing columns", () => {
    const rows = plan.tasks.filter((t) => t.source === "table");
    expect(rows.map((t) => t.code)).toEqual(Array.from({ length: 14 }, (_, i) => `PL.${i + 1}`));
    expect(leadName(plan, "PL.1")).toBe("Các Sở, ban, ngành; UBND các xã, phường");
    expect(task(plan, "PL.2")).toMatchObject({
      content:
        "Rà soát, điều chỉnh, cập nhật bổ sung phương án quản lý về địa chất, khoáng sản để tích hợp vào điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021–2030, tầm nhìn đến năm 2050.",
      lead: {
        org: { name: "Sở Nông nghiệp và Môi trường", code: null, proposed: { kind: "DEPARTMENT" } },
        implied: false,
      },
      deadline: { text: "Xong trong tháng 5/2026", kind: "ONE_OFF", dueDate: "2026-05-31" },
    });
    expect(task(plan, "PL.5").deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2030-01-01" });
    expect(task(plan, "PL.6").lead?.org?.code).toBe("SCT");
    expect(
      plan.warnings.some(
        (w) =>
          w.code === "SEVERAL_LEADS" &&
          w.message.startsWith("Nhiệm vụ PL.6:") &&
          w.message.includes("Sở Xây dựng"),
      ),
    ).toBe(true);
    expect(task(plan, "PL.9")).toMatchObject({
      kind: "RECURRING",
      lead: { org: { name: "Thanh tra tỉnh" } },
    });
    expect(task(plan, "PL.11").deadline).toMatchObject({ dueDate: "2026-06-30" });
    expect(task(plan, "PL.12").coordinators.map((c) => c.name)).toEqual(["Sở Nông nghiệp và Môi trường"]);
    expect(task(plan, "PL.12").genericCoordinators.map((g) => g.phrase)).toEqual(["các Sở, ban, ngành"]);
    expect(plan.tasks).toHaveLength(8 + 12 + 14);
  });

  it("reads the reporting rule of V: yearly before 10/12, through Sở Nông nghiệp và Môi trường", () => {
    expect(plan.reportingRule).toMatchObject({
      focal: { name: "Sở Nông nghiệp và Môi trường" },
      dueDay: 10,
      dueMonth: 12,
      frequency: "ANNUAL",
    });
  });
});

describe("Công văn 5973/UBND-KT (text extracted from a PDF)", async () => {
  const plan = await parse("CV-5973-UBND-KT-11-6-2026-tang-cuong-thanh-kiem-tra-KS.txt");

  it("reads the two-column masthead and the subject line", () => {
    expect(plan).toMatchObject({
      documentType: "CONG_VAN",
      number: "5973/UBND-KT",
      issuedAt: "2026-06-11",
      place: "Lào Cai",
    });
    expect(plan.title).toBe(
      "tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản trên địa bàn tỉnh Lào Cai",
    );
    expect(plan.basisDocuments.map((d) => [d.symbol, d.issuedOn, d.issuerName])).toEqual([
      ["4250/BNNMT-ĐCKS", "2026-04-29", "Bộ Nông nghiệp và Môi trường"],
      ["4643/VPCP-CN", "2026-05-20", "Văn phòng Chính phủ"],
    ]);
    expect(plan.signer).toEqual({ name: "Nguyễn Thành Sinh", title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" });
    expect(plan.recipients[0]).toBe("Như trên;");
    expect(plan.recipients).toHaveLength(7);
  });

  it("takes out page numbers and the footnote, and rejoins the sentence they cut", () => {
    const first = task(plan, "1");
    expect(first.content).toContain("quản lý nhà nước về địa chất, khoáng sản.\n\n");
    expect(first.content).toContain(
      "đặc biệt là: (i) Khai thác khoáng sản trái phép; (ii) Khai thác không đúng nội dung giấy phép;",
    );
    expect(plan.sourceText).not.toContain("Các quy định của Luật Địa chất và Khoáng sản năm 2024");
    expect(plan.sourceText.split("\n")).not.toContain("2");
    expect(plan.warnings.some((w) => w.message.includes("chú thích cuối trang"))).toBe(true);
  });

  it("makes one task per agency heading, the bullets its items", () => {
    expect(plan.tasks.map((t) => [t.code, t.heading])).toEqual([
      ["1", "Trách nhiệm chung của các cơ quan, đơn vị"],
      ["2", "Thanh tra tỉnh"],
      ["3", "Sở Nông nghiệp và Môi trường"],
      ["4", "Sở Công Thương"],
      ["5", "Sở Xây dựng"],
      ["6", "Sở Tài chính"],
      ["7", "Thuế tỉnh"],
      ["8", "Công an tỉnh"],
      ["9", "Ủy ban nhân dân các xã, phường"],
    ]);
    expect(plan.tasks.map((t) => t.items.length)).toEqual([5, 4, 6, 4, 6, 2, 3, 3, 5]);
    expect(task(plan, "1").lead).toMatchObject({
      rule: "GENERIC",
      generic: { phrase: "các cơ quan, đơn vị", scope: "RELATED_UNITS" },
    });
    expect(task(plan, "2").lead).toMatchObject({
      org: { name: "Thanh tra tỉnh", code: null },
      rule: "EXPLICIT_CONTEXT",
      implied: false,
    });
    expect(task(plan, "4").lead?.org?.code).toBe("SCT");
    expect(task(plan, "5").lead?.org?.code).toBe("SXD");
    expect(task(plan, "6").lead?.org?.code).toBe("STC");
    expect(task(plan, "8").lead).toMatchObject({
      org: { name: "Công an tỉnh" },
      rule: "HEADING_UNIT",
      implied: true,
    });
    expect(task(plan, "9").lead?.generic?.scope).toBe("DISTRICTS");
    expect(task(plan, "9").coordinators.map((c) => c.name)).toEqual([
      "Công an tỉnh",
      "Sở Nông nghiệp và Môi trường",
    ]);
  });

  it("keeps a date on the one bullet that has it; the agency's other duties stay standing", () => {
    const t = task(plan, "5");
    expect(t.kind).toBe("CONTINUOUS");
    expect(t.items.find((i) => i.timeTexts.includes("xong trong tháng 6/2026"))?.code).toBe("5.1");
  });
});

describe("Công văn bảo vệ khoáng sản chưa khai thác (DOCX, agency by agency)", async () => {
  const plan = await parse("CV-UBND-bao-ve-khoang-san-chua-khai-thac.docx");

  it("reads the header table and the subject line", () => {
    expect(plan).toMatchObject({
      documentType: "CONG_VAN",
      number: null,
      symbol: "UBND-KT",
      issuedYear: 2026,
    });
    expect(plan.title).toBe("tăng cường công tác quản lý bảo vệ khoáng sản chưa khai thác trên địa bàn");
    expect(plan.recipients).toHaveLength(6);
  });

  it("assigns each numbered agency its duties", () => {
    expect(plan.tasks.map((t) => t.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    expect(task(plan, "1").lead).toMatchObject({
      org: { name: "Sở Nông nghiệp và Môi trường" },
      implied: true,
    });
    expect(task(plan, "2").lead).toMatchObject({ org: { code: "SCT" }, rule: "EXPLICIT_CONTEXT" });
    expect(task(plan, "3").coordinators.map((c) => c.name)).toEqual([
      "Sở Nông nghiệp và Môi trường",
      "Công an tỉnh",
    ]);
    expect(task(plan, "5").items.find((i) => i.timeTexts.includes("xong trong quý II/2026"))).toBeDefined();
    expect(task(plan, "6").lead?.org?.code).toBe("BCHQS");
    expect(task(plan, "7").lead?.generic).toMatchObject({
      phrase: "UBND các xã, phường",
      scope: "DISTRICTS",
    });
    expect(task(plan, "8").lead?.generic).toMatchObject({ scope: "DEPARTMENTS" });
    expect(task(plan, "10").lead).toMatchObject({
      org: { name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai" },
      rule: "HEADING_UNIT",
    });
    expect(task(plan, "10").genericCoordinators.map((g) => g.phrase)).toEqual(["các cơ quan liên quan"]);
  });
});

describe("Chỉ thị 07/CT-TTg (DOCX, ministries and provinces each assigned)", async () => {
  const plan = await parse("CT-07-2012-TTg-chan-chinh-KKT-KCN-CCN.docx");

  it("reads the Prime Minister's header", () => {
    expect(plan).toMatchObject({
      documentType: "CHI_THI",
      number: "07/CT-TTg",
      issuedAt: "2012-03-02",
      place: "Hà Nội",
    });
    expect(plan.issuer).toMatchObject({ code: "TTG", name: "Thủ tướng Chính phủ" });
    expect(plan.title).toMatch(/^VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ/);
    expect(plan.signer).toEqual({ name: "Nguyễn Tấn Dũng", title: "THỦ TƯỚNG" });
    expect(plan.recipients).toHaveLength(19);
    expect(plan.closing).toMatch(/^Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng dẫn/);
  });

  it("numbers 1./a)–đ) with no Roman parts and reads each ministry's tasks", () => {
    expect(plan.tasks.map((t) => t.code)).toEqual([
      "1.a",
      "1.b",
      "1.c",
      "1.d",
      "1.đ",
      "2",
      "3",
      "4",
      "5",
      "6.a",
      "6.b",
      "7",
      "8.a",
      "8.b",
      "8.c",
      "8.d",
      "8.đ",
      "8.e",
      "8.g",
      "9",
    ]);
    expect(task(plan, "1.a").lead).toMatchObject({
      org: { name: "Bộ Kế hoạch và Đầu tư", proposed: { kind: "CENTRAL" } },
      rule: "EXPLICIT_CONTEXT",
    });
    expect(task(plan, "1.a").deadline).toMatchObject({ kind: "ONE_OFF", dueDate: "2012-09-30" });
    expect(task(plan, "1.d").lead).toMatchObject({ rule: "INHERITED", implied: true });
    expect(task(plan, "1.d").kind).toBe("RECURRING");
    expect(task(plan, "3").lead?.org?.code).toBe("BTNMT");
    expect(task(plan, "3").coordinators.map((c) => c.name)).toEqual([
      "Bộ Kế hoạch và Đầu tư",
      "Bộ Công Thương",
    ]);
    expect(task(plan, "4").lead?.org?.code).toBe("BXD");
    expect(task(plan, "8.g").lead?.generic?.phrase).toBe(
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    );
    expect(task(plan, "9").lead?.generic?.scope).toBe("DEPARTMENTS_AND_DISTRICTS");
  });
});
