import {
  type Attributed,
  type CategoryCounts,
  OFFICIAL_CATEGORIES,
  type OfficialCategory,
  REPORT_MODEL_SCHEMA,
  type ReportModel,
  type ReportTask,
  type TextBlock,
} from "@plan-tracker/core";

/**
 * A consolidated report of Kế hoạch 182/KH-UBND for 2026 as compilation would produce it: tasks of sections
 * II.1, II.2 and II.4 with the plan's own wording, several agencies, one agency still missing, and one
 * agency text carrying markup and an ampersand (which every renderer must print as text).
 */

export const HOSTILE_TEXT =
  'Đã tổ chức 12 hội nghị <script>alert("x")</script> & phát 5.000 tờ rơi "Chống rác thải nhựa" <b>đậm</b>';

const block = (key: string, text: string): TextBlock => ({
  key,
  generated: text,
  text,
  edited: false,
  stale: false,
});

const STNMT = { id: "org-stnmt", name: "Sở Tài nguyên và Môi trường" };
const STTTT = { id: "org-stttt", name: "Sở Thông tin và Truyền thông" };
const SKHDT = { id: "org-skhdt", name: "Sở Kế hoạch và Đầu tư" };
const SNNPTNT = { id: "org-snn", name: "Sở Nông nghiệp và Phát triển nông thôn" };
const SCT = { id: "org-sct", name: "Sở Công Thương" };
const SXD = { id: "org-sxd", name: "Sở Xây dựng" };
const STC = { id: "org-stc", name: "Sở Tài chính" };
const UBND_RG = { id: "org-rg", name: "Ủy ban nhân dân thành phố Rạch Giá" };
const UBND_PQ = { id: "org-pq", name: "Ủy ban nhân dân thành phố Phú Quốc" };

function contribution(
  org: { id: string; name: string },
  taskCode: string,
  text: string,
  role: Attributed["role"] = "coordinate",
): Attributed {
  return { organizationId: org.id, organization: org.name, role, taskCode, text };
}

interface TaskSpec {
  code: string;
  content: string;
  lead: { id: string; name: string };
  coordinators: { id: string; name: string }[];
  category: OfficialCategory;
  status: ReportTask["status"];
  percent: number | null;
  results: string;
  contributions?: Attributed[];
  missingFrom?: string[];
}

const TASKS: { section: { code: string; title: string }; tasks: TaskSpec[] }[] = [
  {
    section: {
      code: "II.1",
      title:
        "Tăng cường hiệu quả quản lý nhà nước về tài nguyên và bảo vệ môi trường, nâng cao nhận thức và ý thức trách nhiệm về chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu",
    },
    tasks: [
      {
        code: "II.1.a",
        content:
          "Tập trung tuyên truyền quán triệt sâu rộng Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương, Kết luận số 56-KL/TW của Bộ Chính trị và Chương trình hành động số 39-CTr/TU ngày 27-8-2013 của Tỉnh ủy trong hệ thống chính trị các cấp và quần chúng Nhân dân.",
        lead: STTTT,
        coordinators: [STNMT, UBND_RG],
        category: "RECURRING",
        status: "DONE_THIS_YEAR",
        percent: 100,
        results: HOSTILE_TEXT,
        contributions: [
          contribution(
            UBND_RG,
            "II.1.a",
            "Phối hợp Đài Truyền thanh thành phố phát 48 tin, bài về ứng phó biến đổi khí hậu; tổ chức ra quân Ngày Chủ nhật xanh tại 11 phường.",
          ),
        ],
      },
      {
        code: "II.1.b",
        content:
          "Tổ chức thực hiện việc lồng ghép yêu cầu về phòng, chống thiên tai, yếu tố ứng phó với biến đổi khí hậu vào công tác lập quy hoạch, kế hoạch phát triển kinh tế - xã hội tỉnh.",
        lead: SKHDT,
        coordinators: [STNMT, STC],
        category: "IN_PROGRESS_ON_TIME",
        status: "IN_PROGRESS",
        percent: 70,
        results:
          "Đã lồng ghép nội dung ứng phó biến đổi khí hậu vào dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2027; thực hiện sàng lọc 23 dự án đầu tư công theo tiêu chí môi trường.",
        contributions: [
          contribution(
            STC,
            "II.1.b",
            "Bố trí 2,5 tỷ đồng kinh phí sự nghiệp môi trường cho các nhiệm vụ lồng ghép năm 2026.",
          ),
        ],
      },
    ],
  },
  {
    section: {
      code: "II.2",
      title:
        "Tiếp tục thực hiện có hiệu quả chính sách pháp luật về ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường",
    },
    tasks: [
      {
        code: "II.2.a",
        content:
          "Triển khai xây dựng quy hoạch, kế hoạch phát triển kinh tế - xã hội phù hợp cho giai đoạn 2020 - 2025; rà soát, điều chỉnh quy hoạch, kế hoạch phát triển của các ngành và địa phương phù hợp với quy hoạch tỉnh.",
        lead: SKHDT,
        coordinators: [SXD],
        category: "COMPLETED_LATE",
        status: "COMPLETED",
        percent: 100,
        results:
          "Quy hoạch tỉnh Kiên Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt; hoàn thành rà soát 15 quy hoạch ngành.",
      },
      {
        code: "II.2.b",
        content:
          "Tăng cường, nâng cao hiệu quả hợp tác quốc tế, tranh thủ các nguồn lực cộng đồng quốc tế trong việc chủ động ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường.",
        lead: STNMT,
        coordinators: [SKHDT],
        category: "RECURRING",
        status: "DONE_THIS_YEAR",
        percent: 100,
        results:
          "Tiếp nhận và triển khai dự án hỗ trợ kỹ thuật của GIZ về quản lý tổng hợp vùng ven biển (giai đoạn 2024 - 2027).",
      },
    ],
  },
  {
    section: { code: "II.4", title: "Một số nhiệm vụ cụ thể cấp bách" },
    tasks: [
      {
        code: "II.4.a",
        content:
          "Tiếp tục đẩy mạnh công tác tuyên truyền nâng cao nhận thức, ý thức chấp hành các quy định pháp luật về bảo vệ môi trường và ứng phó với biến đổi khí hậu; phát động phong trào toàn dân tham gia chống rác thải nhựa và kiểm soát ô nhiễm môi trường biển.",
        lead: STNMT,
        coordinators: [UBND_PQ, UBND_RG],
        category: "IN_PROGRESS_ON_TIME",
        status: "IN_PROGRESS",
        percent: 80,
        results:
          "Hoàn thành Dự án xây dựng hệ thống hồ sơ địa chính và cơ sở dữ liệu đất đai tại 9/15 huyện, thành phố; vận hành 12 trạm quan trắc tự động nước mặt và nước dưới đất.\nPhát động phong trào chống rác thải nhựa tại 144 xã, phường, thị trấn.",
        contributions: [
          contribution(
            UBND_PQ,
            "II.4.a",
            "Thu gom, xử lý 185 tấn rác thải nhựa trôi dạt ven biển; kiểm tra 42 cơ sở kinh doanh du lịch về bảo vệ môi trường.",
          ),
        ],
        missingFrom: [UBND_RG.name],
      },
      {
        code: "II.4.b",
        content:
          "Thực hiện tốt Đề án tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới; xây dựng và thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.",
        lead: SNNPTNT,
        coordinators: [STC],
        category: "OVERDUE",
        status: null,
        percent: null,
        results: "",
        missingFrom: [SNNPTNT.name],
      },
      {
        code: "II.4.c",
        content:
          "Đẩy mạnh phát triển các ngành công nghiệp theo quy hoạch, trong đó ưu tiên phát triển các ngành công nghiệp sạch, công nghiệp thân thiện môi trường.",
        lead: SCT,
        coordinators: [],
        category: "COMPLETED_ON_TIME",
        status: "COMPLETED",
        percent: 100,
        results:
          "Hoàn thành hệ thống xử lý nước thải tập trung của Khu công nghiệp Thạnh Lộc; hỗ trợ 8 doanh nghiệp đánh giá sản xuất sạch hơn.",
      },
      {
        code: "II.4.đ",
        content:
          "Nghiên cứu, ứng dụng các giải pháp chủ động ứng phó với biến đổi khí hậu, nước biển dâng của ngành xây dựng.",
        lead: SXD,
        coordinators: [UBND_RG],
        category: "IN_PROGRESS_ON_TIME",
        status: "BLOCKED",
        percent: 35,
        results:
          "Đang phối hợp Cục Phát triển đô thị - Bộ Xây dựng xây dựng cơ sở dữ liệu cảnh báo rủi ro đô thị (Atlas đô thị và khí hậu) cho thành phố Rạch Giá.",
      },
    ],
  },
];

function emptyCounts(): CategoryCounts {
  return Object.fromEntries(OFFICIAL_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
}

function countOf(tasks: TaskSpec[]): CategoryCounts {
  const counts = emptyCounts();
  for (const t of tasks) counts[t.category] += 1;
  return counts;
}

function meanPercent(tasks: TaskSpec[]): number | null {
  const values = tasks.map((t) => t.percent).filter((p): p is number => p !== null);
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function sampleModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const allTasks = TASKS.flatMap((s) => s.tasks);
  const model: ReportModel = {
    schema: REPORT_MODEL_SCHEMA,
    plan: {
      id: "plan-182",
      number: "182/KH-UBND",
      issuedAt: "2020-11-27",
      issuer: "Ủy ban nhân dân tỉnh Kiên Giang",
      title:
        "Thực hiện Kế hoạch số 211-KH/TU ngày 11-6-2020 của Tỉnh ủy Kiên Giang về Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về việc tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
    },
    period: {
      id: "period-2026",
      year: 2026,
      cutoffDate: "2026-11-15",
      agencyDeadline: "2026-11-25",
      reportDueDate: "2026-12-05",
    },
    header: {
      parentAgency: "UBND TỈNH KIÊN GIANG",
      agency: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
      number: "123",
      symbol: "BC-STNMT",
      place: "Kiên Giang",
      date: "2026-12-05",
      summary:
        "Kết quả thực hiện Kế hoạch số 182/KH-UBND ngày 27/11/2020 của Ủy ban nhân dân tỉnh về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường năm 2026",
    },
    introduction: block(
      "introduction",
      "Thực hiện Kế hoạch số 182/KH-UBND ngày 27/11/2020 của Ủy ban nhân dân tỉnh Kiên Giang, Sở Tài nguyên và Môi trường tổng hợp kết quả thực hiện năm 2026 từ báo cáo của các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố như sau:",
    ),
    overview: {
      taskCount: allTasks.length,
      byCategory: countOf(allTasks),
      notReported: allTasks.filter((t) => t.status === null).length,
      percent: meanPercent(allTasks),
      bySection: TASKS.map(({ section, tasks }) => ({
        code: section.code,
        title: section.title,
        taskCount: tasks.length,
        byCategory: countOf(tasks),
        percent: meanPercent(tasks),
      })),
      agencies: { expected: 9, submitted: 8, accepted: 7 },
    },
    sections: TASKS.map(({ section, tasks }) => ({
      code: section.code,
      title: section.title,
      summary: block(
        `section:${section.code}`,
        `Mục ${section.code} có ${tasks.length} nhiệm vụ; tiến độ bình quân ${meanPercent(tasks) ?? 0}%.`,
      ),
      tasks: tasks.map((t) => ({
        id: `task-${t.code}`,
        code: t.code,
        content: t.content,
        lead: t.lead.name,
        coordinators: t.coordinators.map((c) => c.name),
        category: t.category,
        status: t.status,
        percent: t.percent,
        results: block(`results:${t.code}`, t.results),
        contributions: t.contributions ?? [],
        missingFrom: t.missingFrom ?? [],
      })),
    })),
    difficultiesSummary: block(
      "difficulties",
      "Nguồn lực đầu tư cho ứng phó biến đổi khí hậu còn hạn chế; tình trạng sạt lở bờ biển, xâm nhập mặn diễn biến phức tạp.",
    ),
    difficulties: [
      {
        code: "II.4",
        title: "Một số nhiệm vụ cụ thể cấp bách",
        items: [
          contribution(
            STNMT,
            "II.4.a",
            "Kinh phí vận hành hệ thống quan trắc tự động chưa được bố trí đủ.",
            "lead",
          ),
          contribution(
            UBND_PQ,
            "II.4.a",
            "Lượng rác thải nhựa trôi dạt vào mùa gió Tây Nam vượt năng lực thu gom & xử lý.",
          ),
          contribution(SXD, "II.4.đ", "Thiếu dữ liệu kịch bản biến đổi khí hậu chi tiết cấp đô thị.", "lead"),
        ],
      },
    ],
    proposalsSummary: block(
      "proposals",
      "Kiến nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí và chỉ đạo các địa phương phối hợp chặt chẽ hơn.",
    ),
    proposals: [
      {
        code: "II.4",
        title: "Một số nhiệm vụ cụ thể cấp bách",
        items: [
          contribution(
            STNMT,
            "II.4.a",
            "Đề nghị bố trí 4,2 tỷ đồng cho vận hành mạng lưới quan trắc năm 2027.",
            "lead",
          ),
        ],
      },
      {
        code: "",
        title: "Kiến nghị chung",
        items: [
          {
            organizationId: SKHDT.id,
            organization: SKHDT.name,
            role: "lead",
            taskCode: null,
            text: "Sớm ban hành quy định về cơ chế chính sách thực hiện nhiệm vụ của Kế hoạch.",
          },
        ],
      },
    ],
    nextYear: block(
      "nextYear",
      "Năm 2027, Sở Tài nguyên và Môi trường tiếp tục phối hợp các sở, ngành và địa phương tập trung thực hiện các nhiệm vụ sau:\n- Hoàn thành cơ sở dữ liệu đất đai tại các huyện còn lại;\n- Triển khai Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang;\n- Đẩy mạnh phân loại chất thải rắn sinh hoạt tại nguồn.",
    ),
    annex: allTasks.map((t) => ({
      code: t.code,
      content: t.content.length > 200 ? `${t.content.slice(0, 197)}…` : t.content,
      lead: t.lead.name,
      coordinators: t.coordinators.map((c) => c.name).join(", "),
      category: t.category,
      percent: t.percent,
      results: t.results,
    })),
    recipients: [
      "UBND tỉnh (b/c)",
      "Bộ Tài nguyên và Môi trường",
      "Các sở, ban, ngành tỉnh",
      "UBND các huyện, thành phố",
      "Ban Giám đốc Sở",
    ],
    signer: { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn Bình" },
    missing: [
      {
        organizationId: SNNPTNT.id,
        organization: SNNPTNT.name,
        state: "RETURNED",
        taskCodes: ["II.4.b"],
      },
      {
        organizationId: UBND_RG.id,
        organization: UBND_RG.name,
        state: null,
        taskCodes: ["II.4.a"],
      },
    ],
    compiledAt: "2026-12-01T09:30:00+07:00",
  };
  return { ...model, ...overrides };
}
